// The extraction figures on the hand-annotated gold postings, as a ratchet: the test fails when precision or
// recall of any category falls below the best figures recorded in ratchet.json. When they improve, record them
// with `npm run eval:extract -- --ratchet` (they are never lowered by hand without a reason in the commit).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../src/index.js';
import { GOLD_CATEGORIES, evaluateExtraction, type GoldDocument } from '../../src/extract/evaluate.js';
import { SHARED_DATA } from '../helpers.js';
import { readGold, readPostings } from '../../scripts/shared-data.js';

const present = existsSync(join(SHARED_DATA, 'job-postings', 'gold-mentions.jsonl')) && existsSync(join(SHARED_DATA, 'job-postings', 'ml-job-postings-us.csv'));
const ratchet = JSON.parse(readFileSync(new URL('./ratchet.json', import.meta.url), 'utf8')) as Record<string, { precision: number; recall: number }>;

describe.skipIf(!present)('extraction on the gold postings (ratchet)', () => {
  const texts = new Map(readPostings().map((p) => [p.row, p.text]));
  const docs: GoldDocument[] = readGold().map((g) => ({ row: g.row, text: texts.get(g.row) ?? '', mentions: g.mentions, traps: g.traps }));
  const result = evaluateExtraction(docs, taxonomy);
  const now = { ...result.byCategory, primary: result.primary };

  it.each([...GOLD_CATEGORIES, 'primary'] as const)('%s: precision and recall do not fall below the best recorded', (name) => {
    const best = ratchet[name]!;
    const f = now[name];
    expect(f.precision, `${name} precision fell below the recorded ${best.precision}`).toBeGreaterThanOrEqual(best.precision);
    expect(f.recall, `${name} recall fell below the recorded ${best.recall}`).toBeGreaterThanOrEqual(best.recall);
  });

  it('meets the targets on languages, tools and domains: recall ≥ 0.95, precision ≥ 0.97', () => {
    expect(result.primary.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.primary.precision).toBeGreaterThanOrEqual(0.97);
  });

  it('hits none of the traps (words that only look like names)', () => {
    expect(result.trapsHit.map((t) => `row ${t.row}: ${t.surface} → ${t.what}`)).toEqual([]);
  });
});

describe.runIf(!present)('extraction on the gold postings', () => {
  it.skip('skipped: ../shared/data/job-postings is absent, so the gold postings cannot be read', () => {});
});
