// Full validation of an ESCO-scale taxonomy beside JSON.parse of the same document, in the same run.
import { bench, describe } from 'vitest';
import { validateTaxonomy } from '../../src/index.js';
import { syntheticTaxonomy } from './synthetic.js';

const doc = syntheticTaxonomy();
const text = JSON.stringify(doc);
const parsed = JSON.parse(text) as unknown;
const result = validateTaxonomy(parsed);
if (!result.ok) throw new Error(`the synthetic taxonomy is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);

describe(`validate: ${(text.length / 1e6).toFixed(1)} MB, 14,000 skills, 3,000 tools`, () => {
  bench('baseline: JSON.parse of the document', () => {
    JSON.parse(text);
  }, { time: 3000 });
  bench('validateTaxonomy (structure + every cross-record rule)', () => {
    validateTaxonomy(parsed);
  }, { time: 3000 });
});
