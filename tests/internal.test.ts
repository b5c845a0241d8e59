import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeName } from '../src/internal/normalize.js';
import { closest, editDistance, quote } from '../src/internal/suggest.js';

describe('normalizeName', () => {
  it.each([
    ['Sci-Kit Learn', 'scikitlearn'],
    ['scikit learn', 'scikitlearn'],
    ['C++', 'c++'],
    ['C#', 'c#'],
    ['.NET', 'net'],
    ['Node.js', 'nodejs'],
    ['Café Überfluss', 'cafeuberfluss'],
    ['東京 AI', '東京ai'],
    ['', ''],
  ])('%s → %s', (input, expected) => expect(normalizeName(input)).toBe(expected));

  it('agrees between its ASCII and Unicode paths, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once)).toBe(once);
        expect(normalizeName(s + 'é').startsWith(once)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('editDistance and closest', () => {
  it('counts a swap of neighbours as one edit and stops early past max', () => {
    expect(editDistance('pytroch', 'pytorch')).toBe(1);
    expect(editDistance('seniour', 'senior')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('suggests the closest candidates first', () => {
    expect(closest('seniour', ['entry', 'mid', 'senior', 'staff'])).toEqual(['senior']);
    expect(closest('zzzz', ['entry', 'senior'])).toEqual([]);
  });
});

describe('quote', () => {
  it('names values as they are, shortened', () => {
    expect([quote('x'), quote(NaN), quote(Infinity), quote(10n), quote(null), quote(undefined), quote({ a: 1 })]).toEqual(["'x'", 'NaN', 'Infinity', '10', 'null', 'undefined', '{"a":1}']);
    expect(quote('y'.repeat(200)).length).toBe(78);
  });
});
