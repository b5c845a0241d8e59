// Megabyte strings from users cost linear time: twice the input, at most about twice the time (measured as the
// fastest of three runs, with 3× and a small constant as slack for a loaded two-core machine), and never seconds.
import { describe, expect, it } from 'vitest';
import { gapAnalysis, generateJobDescription, getSkill, learningPath, resolve, search, taxonomy, validateTaxonomy } from '../../src/index.js';
import { fastest, thrown } from './support.js';

const MB = 1 << 20;
const x = <V>(value: V): never => value as never;

/** Deterministic "random" Unicode: code points from every plane in use, no lone surrogates. */
function randomUnicode(n: number, seed = 7): string {
  let s = seed;
  let out = '';
  while (out.length < n) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const cp = s % 0x2ffff;
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    out += String.fromCodePoint(cp);
  }
  return out.slice(0, n);
}
const repeat = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const INPUTS: Record<string, (n: number) => string> = {
  'one letter': repeat('a'),
  'spaces around a name': (n) => `${' '.repeat(n / 2)}pytorch${' '.repeat(n / 2)}`,
  'a name, then spaces': (n) => `pytorch${' '.repeat(n)}`,
  'an accented letter': repeat('é'),
  'combining marks': repeat('a\u0301\u0308'),
  'alias fragments': repeat('scikit-learn sklearn k8s/'),
  'random Unicode': (n) => randomUnicode(n),
};

const FUNCTIONS: Record<string, (text: string) => unknown> = {
  resolve: (t) => resolve(t),
  lookup: (t) => taxonomy.lookup(t),
  search: (t) => search(t),
  'gapAnalysis profile names': (t) => gapAnalysis([t, { skill: t }, 'algorithms'], { level: 'senior' }),
  // Error paths build "did you mean" messages from the input.
  'getSkill (unknown id)': (t) => thrown(() => getSkill(x(t))),
  'learningPath (unknown target)': (t) => thrown(() => learningPath([t])),
  'generateJobDescription (unknown emphasis, long company)': (t) => [thrown(() => generateJobDescription({ emphasize: [t] })), thrown(() => generateJobDescription({ company: t }))],
};

const linear = (f: () => unknown, g: () => unknown): { one: number; two: number } => {
  f(); // warm up: lazy indexes, JIT
  return { one: fastest(f), two: fastest(g) };
};

describe('1 MB and 2 MB strings', () => {
  for (const [input, make] of Object.entries(INPUTS)) {
    const one = make(MB);
    const two = make(2 * MB);
    it.each(Object.keys(FUNCTIONS))(`%s: ${input}`, (name) => {
      const f = FUNCTIONS[name]!;
      const t = linear(() => f(one), () => f(two));
      expect(t.one, `${name} took ${t.one.toFixed(0)} ms for 1 MB`).toBeLessThan(1_000);
      expect(t.two, `${name}: ${t.one.toFixed(1)} ms for 1 MB, ${t.two.toFixed(1)} ms for 2 MB`).toBeLessThan(3 * t.one + 50);
    });
  }
});

describe('1 MB and 2 MB fields in a document', () => {
  const document = (n: number) => ({
    id: `${'a'.repeat(n)}-`, // almost kebab-case: the id pattern must fail fast
    name: 'n'.repeat(n),
    version: `1.0.0-${'a.'.repeat(n / 2)}!`,
    schemaVersion: 1,
    sources: [{ title: 't', url: `https://${'a'.repeat(n)} x` }],
    skillCategories: [{ id: 'core', name: 'Core', description: 'd'.repeat(n), aliases: [repeat('k8s ')(n)] }],
  });
  it('validateTaxonomy', () => {
    const one = document(MB);
    const two = document(2 * MB);
    const t = linear(() => validateTaxonomy(one), () => validateTaxonomy(two));
    expect(validateTaxonomy(one).ok).toBe(false);
    expect(t.one).toBeLessThan(1_000);
    expect(t.two, `${t.one.toFixed(1)} ms for 1 MB, ${t.two.toFixed(1)} ms for 2 MB`).toBeLessThan(3 * t.one + 50);
  });
});
