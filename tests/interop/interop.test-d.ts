import { describe, expectTypeOf, it } from 'vitest';
import { createTaxonomy, taxonomy, type TaxonomyInput } from '../../src/index.js';
import {
  diffTaxonomies,
  importEsco,
  importOnetTechnology,
  migrateTaxonomy,
  toCsv,
  toJsonLd,
  toMermaid,
  type Bump,
  type EscoRelations,
  type JsonObject,
  type OnetToolFlags,
  type TaxonomyDiff,
} from '../../src/interop/index.js';
import type { ListName } from '../../src/schema/kinds.js';

describe('interop types', () => {
  it('diffs built-in and custom taxonomies and documents', () => {
    const mine = createTaxonomy({ id: 'a', name: 'A', version: '1.0.0', schemaVersion: 1 } as const);
    expectTypeOf(diffTaxonomies(taxonomy, mine)).toEqualTypeOf<TaxonomyDiff>();
    expectTypeOf(diffTaxonomies(taxonomy.toJSON(), { id: 'b' })).toEqualTypeOf<TaxonomyDiff>();
    expectTypeOf<TaxonomyDiff['bump']>().toEqualTypeOf<Bump>();
    expectTypeOf<Bump>().toEqualTypeOf<'major' | 'minor' | 'patch' | 'none'>();
  });

  it('exports to typed results', () => {
    expectTypeOf(toCsv(taxonomy)).toEqualTypeOf<Record<ListName, string>>();
    expectTypeOf(toJsonLd(taxonomy)['@graph']).toEqualTypeOf<JsonObject[]>();
    expectTypeOf(toMermaid(taxonomy, { domain: 'speech-recognition' })).toEqualTypeOf<string>();
    // @ts-expect-error -- a misspelt built-in domain does not compile
    toMermaid(taxonomy, { domain: 'speech-recognitoin' });
    expectTypeOf(migrateTaxonomy({})).toEqualTypeOf<TaxonomyInput>();
  });

  it('imports to documents createTaxonomy accepts, with side tables', () => {
    const esco = importEsco({ skills: '' });
    expectTypeOf(esco.taxonomy).toEqualTypeOf<TaxonomyInput>();
    expectTypeOf(esco.related['x']).toEqualTypeOf<EscoRelations | undefined>();
    createTaxonomy(esco.taxonomy);
    expectTypeOf(importOnetTechnology('').flags['x']).toEqualTypeOf<OnetToolFlags | undefined>();
  });
});
