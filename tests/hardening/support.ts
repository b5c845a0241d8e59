// Helpers shared by the hardening tests.
import { expect } from 'vitest';
import { TaxonomyValidationError } from '../../src/index.js';

/** The error classes a public function may throw; anything else (a raw crash) is a bug. */
export const ALLOWED_ERRORS = [TypeError, RangeError, TaxonomyValidationError] as const;

/** Calls `f` and returns what it threw, or undefined when it returned. */
export function thrown(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * Asserts that `error` is absent, a TaxonomyValidationError, or a TypeError/RangeError of our own: one whose message
 * starts with the name of the public function called ("search: …"), not a crash deep inside ("Cannot read …").
 */
export function expectOwnError(fn: string, error: unknown): void {
  if (error === undefined || error instanceof TaxonomyValidationError) return;
  expect(error, `${fn} threw ${String(error)}`).toSatisfy((e: unknown) => e instanceof TypeError || e instanceof RangeError);
  expect((error as Error).message.startsWith(`${fn}: `), `${fn} threw ${String(error)}`).toBe(true);
}

/** The time of the fastest of `runs` calls, in milliseconds (the minimum is the least noisy on a loaded machine). */
export function fastest(f: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Tries to change everything reachable from `value` that is not frozen: pushes onto arrays, overwrites and adds
 * properties. Frozen parts (the taxonomy's own data) refuse with a TypeError, which is fine: they cannot change.
 */
export function scribble(value: unknown): void {
  const seen = new Set<unknown>();
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
    if (Object.isFrozen(v)) continue;
    try {
      if (Array.isArray(v)) {
        v.reverse();
        v.push('scribbled');
      } else {
        for (const key of Object.keys(v)) (v as Record<string, unknown>)[key] = 'scribbled';
        (v as Record<string, unknown>)['scribbled'] = true;
      }
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
}

/** A plain-data picture of a result, to compare before and after (getters are read, functions dropped). */
export const picture = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null)) as unknown;
