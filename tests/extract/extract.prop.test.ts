import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractSkills } from '../../src/extract/extract-skills.js';

// Text made of names, their near misses and separators, so that matches and rules are exercised, mixed with
// arbitrary UTF-16 code units (lone surrogates included).
const pieces = fc.constantFrom(
  'Python', 'python3', 'C++', 'C#', 'C', 'R', 'R&D', 'Go', 'go-to', 'Spark', 'Apache Spark Streaming', 'PyTorch',
  'PyTorchExperience', 'Sci-Kit-Learn', 'Node.js', 'Node', '.NET', 'LLMs', 'AWS SageMaker', 'Azure DevOps', 'Excel',
  'excel at', 'Transformers', 'DoorDash', 'https://x.io/pytorch', 'a@b.com', 'www.', 'k8s', '🚀', '\u00e9', '\ud800',
  '\udfff', ' ', '  ', '\n', '-', '.', '/', '&', ',', ' and ', '(', ')', '+', '#', 's', '2.x', '3', 'Ü', 'ß', 'ﬁ',
);
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((a) => String.fromCharCode(...a));
const texts = fc.array(fc.oneof(pieces, codeUnits, fc.string({ maxLength: 12 })), { maxLength: 40 }).map((a) => a.join(''));

describe('extractSkills: properties', () => {
  it('never throws; offsets always slice back to the surface; entities add up', () => {
    fc.assert(
      fc.property(texts, fc.double({ min: 0, max: 1, noNaN: true }), (text, minConfidence) => {
        const { mentions, entities } = extractSkills(text, { minConfidence, kinds: ['skill', 'tool', 'domain', 'dataset', 'metric'] });
        let last = 0;
        for (const m of mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.confidence).toBeGreaterThanOrEqual(minConfidence);
          expect(m.confidence).toBeLessThanOrEqual(1);
          last = m.start;
        }
        expect(entities.reduce((s, e) => s + e.count, 0)).toBe(mentions.length);
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same names whatever surrounds them with spaces', () => {
    fc.assert(
      fc.property(texts, texts, (before, after) => {
        const text = `${before} \n Kubernetes \n ${after}`;
        const at = before.length + 3;
        expect(extractSkills(text).mentions.some((m) => m.id === 'kubernetes' && m.start === at)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractSkills: time is linear in the text', () => {
  /** The fastest of three runs, in ms. */
  const time = (text: string): number => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      extractSkills(text);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  const MB = 1 << 20;
  const random = (n: number): string => {
    let seed = 42;
    let s = '';
    while (s.length < n) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(seed % 0xffff);
    }
    return s;
  };
  const inputs: [string, (n: number) => string][] = [
    ['one letter', (n) => 'a'.repeat(n)],
    ['one letter and spaces', (n) => 'a '.repeat(n / 2)],
    ['camel-case humps', (n) => 'aA'.repeat(n / 2)],
    ['hyphens', (n) => 'a-'.repeat(n / 2)],
    ['the start of a long name, repeated', (n) => 'Hugging Face '.repeat(n / 13)],
    ['ambiguous names', (n) => 'Go R C Spark Ray '.repeat(n / 17)],
    ['random UTF-16, lone surrogates included', random],
  ];
  it.each(inputs)('%s: 2 MB in seconds at most, and four times the text in about four times the time', (_name, make) => {
    extractSkills(make(1000)); // warm up
    const small = time(make(MB / 2));
    const large = time(make(2 * MB));
    expect(large).toBeLessThan(5000);
    // Generous bounds for a shared machine: quadratic growth would show as 16×.
    expect(large).toBeLessThan(Math.max(8 * small, 100));
  });
});
