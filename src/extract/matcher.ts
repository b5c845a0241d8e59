import type { IdSet } from '../taxonomy/entities.js';
import type { AnyTaxonomy, Taxonomy } from '../taxonomy/taxonomy.js';
import { compileMatcher, type Matcher } from './compile.js';

// One matcher per taxonomy, compiled on first use. A Taxonomy is frozen, so the matcher never goes stale; the
// WeakMap lets both go when the taxonomy is no longer used.
const cache = new WeakMap<AnyTaxonomy, Matcher>();

/** The compiled matcher of a taxonomy (cached). */
export function matcherFor(tax: AnyTaxonomy): Matcher {
  let m = cache.get(tax);
  if (m === undefined) {
    m = compileMatcher(tax as Taxonomy<IdSet>);
    cache.set(tax, m);
  }
  return m;
}
