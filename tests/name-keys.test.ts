import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameHash, normalizeName } from '../src/internal/normalize.js';
import { NameIndex, NameTexts, SortedKeys } from '../src/internal/name-keys.js';

/** Texts as records with a name each, so that positions are the texts' indexes. */
const asTexts = (texts: readonly string[]): NameTexts => new NameTexts(texts.map((name) => ({ name })));

// Texts over a tiny alphabet, with case and punctuation, so that many share a key.
const text = fc.stringMatching(/^[aAbB \-.é+#]{0,6}$/);

describe('nameHash', () => {
  it('is the hash of the key: texts with one key hash alike, an empty key hashes to 0', () => {
    fc.assert(
      // Past 512 characters normalizeName takes its Unicode path even for ASCII; the hash must still agree.
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ minLength: 500, maxLength: 700 })), (s) => {
        const key = normalizeName(s);
        expect(nameHash(s)).toBe(nameHash(key));
        expect(nameHash(s) === 0).toBe(key === '');
      }),
      { numRuns: 1000 },
    );
    expect(nameHash('Sci-Kit Learn')).toBe(nameHash('scikit learn'));
    expect(nameHash('C++')).not.toBe(nameHash('C#'));
  });
});

describe('NameTexts', () => {
  it("numbers each record's name, then its aliases, in document order", () => {
    const texts = new NameTexts([{ name: 'PyTorch', aliases: ['torch', 'Py-Torch'] }, { name: 'NumPy' }, { name: 'R', aliases: [] }]);
    expect(Array.from({ length: texts.size }, (_, p) => texts.text(p))).toEqual(['PyTorch', 'torch', 'Py-Torch', 'NumPy', 'R']);
    expect(Array.from({ length: texts.size }, (_, p) => texts.ownerOf(p))).toEqual([0, 0, 0, 1, 2]);
    expect(Array.from({ length: texts.size }, (_, p) => texts.aliasOf(p))).toEqual([-1, 0, 1, -1, -1]);
    expect(texts.hashes[0]).toBe(texts.hashes[2]);
    expect(texts.hashes[0]).toBe(nameHash('pytorch') >>> 0);
  });
});

describe('SortedKeys.forEachRepeat', () => {
  it('reports exactly the groups of texts that share a non-empty key, in document order', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), (texts) => {
        const expected = new Map<string, number[]>();
        texts.forEach((t, i) => {
          const key = normalizeName(t);
          if (key !== '') expected.set(key, [...(expected.get(key) ?? []), i]);
        });
        const groups: number[][] = [];
        new SortedKeys(asTexts(texts)).forEachRepeat((g) => groups.push([...g]));
        const want = [...expected.values()].filter((g) => g.length > 1);
        const byFirst = (a: number[], b: number[]): number => a[0]! - b[0]!;
        expect(groups.sort(byFirst)).toEqual(want.sort(byFirst));
      }),
      { numRuns: 500 },
    );
  });
});

describe('SortedKeys on many texts (the radix sort, not the small-list sort)', () => {
  it('groups 6,000 texts with repeated keys as a Map of keys would', () => {
    const texts = Array.from({ length: 6000 }, (_, i) => `${i % 7 === 0 ? 'Name' : 'name'}-${(i * 7919) % 2500}`);
    const expected = new Map<string, number[]>();
    texts.forEach((t, i) => expected.set(normalizeName(t), [...(expected.get(normalizeName(t)) ?? []), i]));
    const groups: number[][] = [];
    new SortedKeys(asTexts(texts)).forEachRepeat((g) => groups.push([...g]));
    const byFirst = (a: number[], b: number[]): number => a[0]! - b[0]!;
    expect(groups.sort(byFirst)).toEqual([...expected.values()].filter((g) => g.length > 1).sort(byFirst));
    const index = new NameIndex(asTexts(texts), () => false);
    const wrong = texts.filter((t) => index.find(t.toUpperCase()) !== expected.get(normalizeName(t))![0]);
    expect(wrong).toEqual([]);
  });
});

describe('NameIndex', () => {
  it('finds, for any text, the preferred text with the same key — as a Map of keys would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.boolean()), { maxLength: 60 }), fc.array(text, { maxLength: 20 }), (entries, queries) => {
        const texts = entries.map(([t]) => t);
        const preferred = (p: number): boolean => entries[p]![1];
        // Reference: the first preferred text of each key, else the first text of that key.
        const ref = new Map<string, number>();
        texts.forEach((t, p) => {
          const key = normalizeName(t);
          if (key === '') return;
          const prev = ref.get(key);
          if (prev === undefined || (!preferred(prev) && preferred(p))) ref.set(key, p);
        });
        const index = new NameIndex(asTexts(texts), (a, b) => preferred(a) && !preferred(b));
        for (const q of [...queries, ...texts]) expect(index.find(q)).toBe(ref.get(normalizeName(q)) ?? -1);
      }),
      { numRuns: 500 },
    );
  });

  it('tells apart keys whose hashes collide', () => {
    // Hashes are seeded per process, so colliding keys are found here, by a birthday search over random words.
    const seen = new Map<number, string>();
    const pairs: [string, string][] = [];
    let state = 12345;
    const word = (): string => {
      let w = '';
      for (let k = 0; k < 8; k++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        w += String.fromCharCode(97 + ((state >>> 8) % 26));
      }
      return w;
    };
    for (let i = 0; i < 400_000 && pairs.length < 3; i++) {
      const w = word();
      const h = nameHash(w);
      const other = seen.get(h);
      if (other !== undefined && other !== w) pairs.push([other, w]);
      seen.set(h, w);
    }
    expect(pairs.length).toBe(3); // about 18 collisions are expected among 400,000 words; fewer than 3 is ~1e-5
    const texts = pairs.flatMap(([a, b]) => [a, b, a.toUpperCase(), `${b[0]}-${b.slice(1)}`]);
    const index = new NameIndex(asTexts(texts), () => false);
    const found = pairs.flatMap(([a, b]) => [index.find(a), index.find(b.toUpperCase())]);
    expect(found).toEqual([0, 1, 4, 5, 8, 9]);
    const groups: number[][] = [];
    new SortedKeys(asTexts(texts)).forEachRepeat((g) => groups.push([...g]));
    expect(groups.sort((x, y) => x[0]! - y[0]!)).toEqual([[0, 2], [1, 3], [4, 6], [5, 7], [8, 10], [9, 11]]);
    expect(index.find(`${pairs[0]![0]}x`)).toBe(-1);
  });
});
