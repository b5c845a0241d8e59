/** A JSON value, as the exporters return and the diff compares. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** The JSON type of a value, telling arrays and `null` apart from objects. */
export type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'undefined';

/** The JSON type of a value. */
export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : 'undefined';
}

/** Whether a value is a plain object (not an array, not null). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Deep equality of JSON values: object keys in any order, arrays in order. Iterative, so a deeply nested
 * hostile document cannot overflow the stack.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    const tx = jsonType(x);
    if (tx !== jsonType(y) || (tx !== 'array' && tx !== 'object')) return false;
    if (tx === 'array') {
      const xs = x as unknown[];
      const ys = y as unknown[];
      if (xs.length !== ys.length) return false;
      for (let i = 0; i < xs.length; i++) stack.push([xs[i], ys[i]]);
    } else {
      const xo = x as Record<string, unknown>;
      const yo = y as Record<string, unknown>;
      const keys = Object.keys(xo).filter((k) => xo[k] !== undefined);
      if (keys.length !== Object.keys(yo).filter((k) => yo[k] !== undefined).length) return false;
      for (const k of keys) {
        if (!Object.prototype.hasOwnProperty.call(yo, k)) return false;
        stack.push([xo[k], yo[k]]);
      }
    }
  }
  return true;
}
