import { didYouMean, quote } from './suggest.js';

/** Throws a TypeError unless `value` is a string; names the parameter and what was given. */
export function expectString(fn: string, param: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${fn}: ${param} must be a string, got ${quote(value)}`);
}

/** Throws a TypeError unless `value` is a plain object or undefined. */
export function expectOptions(fn: string, param: string, value: unknown): void {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new TypeError(`${fn}: ${param} must be an object, got ${quote(value)}`);
  }
}

/**
 * Throws a RangeError for a key of the options object `value` that is not in `allowed`, with "did you mean": a
 * misspelt option (`{ onlyNwe: true }`) must not be silently ignored.
 */
export function expectKnownKeys(fn: string, param: string, value: unknown, allowed: readonly string[]): void {
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new RangeError(`${fn}: unknown option ${quote(key)} in ${param}${didYouMean(key, allowed)} (valid: ${allowed.join(', ')})`);
    }
  }
}

/** Throws a TypeError unless `value` is a boolean or undefined. */
export function expectBoolean(fn: string, param: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') throw new TypeError(`${fn}: ${param} must be true or false, got ${quote(value)}`);
}

/** Throws a RangeError unless `value` is a positive integer or undefined. */
export function expectCount(fn: string, param: string, value: unknown): void {
  if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
    throw new RangeError(`${fn}: ${param} must be a whole number of at least 0, got ${quote(value)}`);
  }
}

/** Throws a RangeError unless `value` is one of `allowed`, with "did you mean" and the valid set. */
export function expectOneOf<T extends string>(fn: string, param: string, value: unknown, allowed: readonly T[], what = 'value'): T {
  expectString(fn, param, value);
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new RangeError(unknownMessage(fn, param, value, allowed, what));
}

/** "fn: unknown career level 'seniour' for level; did you mean 'senior'? (valid: entry, mid, …)" */
export function unknownMessage(fn: string, param: string, value: string, valid: readonly string[], what: string): string {
  const shown = valid.length > 12 ? `${valid.slice(0, 12).join(', ')}, … (${valid.length} in all)` : valid.join(', ');
  return `${fn}: unknown ${what} ${quote(value)} for ${param}${didYouMean(value, valid)}${valid.length ? ` (valid: ${shown})` : ''}`;
}
