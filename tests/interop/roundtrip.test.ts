import { describe, expect, it } from 'vitest';
import { createTaxonomy, taxonomy, validateTaxonomy } from '../../src/index.js';
import { diffTaxonomies, migrateTaxonomy } from '../../src/interop/index.js';

describe('round trip through JSON', () => {
  it('built-in → JSON text → validate → createTaxonomy → the same document, deep-equal', () => {
    const text = JSON.stringify(taxonomy);
    const parsed = JSON.parse(text) as unknown;
    const r = validateTaxonomy(parsed);
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
    const again = createTaxonomy(parsed);
    expect(again.toJSON()).toEqual(taxonomy.toJSON());
    expect(JSON.stringify(again)).toBe(text);
    expect(diffTaxonomies(taxonomy, again).bump).toBe('none');
  });

  it('migrateTaxonomy of the current format is the identity, validated', () => {
    const doc = taxonomy.toJSON();
    expect(migrateTaxonomy(doc)).toEqual(doc);
  });
});
