import { expectCount, expectKnownKeys, expectOptions, expectString, expectOneOf } from '../internal/args.js';
import { editDistance, quote } from '../internal/suggest.js';
import { normalizeName } from '../internal/normalize.js';
import { ENTITY_KINDS, type EntityKind } from '../schema/kinds.js';
import type { Entity, IdSet } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** Options of {@link Taxonomy.search}. */
export interface SearchOptions {
  /** Search only these kinds. */
  readonly kinds?: readonly EntityKind[];
  /** The most results to return (default 10). */
  readonly limit?: number;
}

/** One search result. */
export interface SearchHit {
  readonly entity: Entity;
  /** Higher is better; names score above aliases, aliases above descriptions, exact above fuzzy. */
  readonly score: number;
  /** Where the query matched. */
  readonly matchedOn: 'id' | 'name' | 'alias' | 'description';
}

/** Scores one name or alias against the normalised query: exact, prefix, contained, or within a few typos. */
function scoreText(query: string, text: string, base: number): number {
  const t = normalizeName(text);
  if (t === '') return 0;
  if (t === query) return base;
  if (t.startsWith(query)) return base - 10 - Math.min(5, (t.length - query.length) / 4);
  if (t.includes(query)) return base - 20;
  if (query.length >= 4) {
    const max = query.length >= 8 ? 2 : 1;
    // compare with the word-sized prefix too, so 'pytroch' finds 'PyTorch Lightning'
    const d = Math.min(editDistance(query, t, max), t.length > query.length ? editDistance(query, t.slice(0, query.length), max) + 1 : max + 1);
    if (d <= max) return base - 30 - 10 * d;
  }
  return 0;
}

/** Implements {@link Taxonomy.search}. */
export function search(tax: Taxonomy<IdSet>, query: string, options: SearchOptions = {}): SearchHit[] {
  const fn = 'search';
  expectString(fn, 'query', query);
  expectOptions(fn, 'options', options);
  expectKnownKeys(fn, 'options', options, ['kinds', 'limit']);
  expectCount(fn, 'options.limit', options.limit);
  if (options.kinds !== undefined && !Array.isArray(options.kinds)) throw new TypeError(`${fn}: options.kinds must be an array of entity kinds, got ${quote(options.kinds)}`);
  const kinds = options.kinds && Array.from(options.kinds as unknown[], (k, i) => expectOneOf(fn, `options.kinds[${i}]`, k, ENTITY_KINDS, 'entity kind'));
  // Trimmed once, not per entity (a query padded with a megabyte of spaces costs a full scan per trim). Long
  // queries are then cut: no name is longer, and fuzzy matching stays cheap whatever the input.
  const trimmed = query.trim();
  const head = trimmed.slice(0, 200);
  const q = normalizeName(head);
  const words = head.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter((w) => w.length > 2);
  if (q === '') return [];
  const hits: SearchHit[] = [];
  for (const kind of kinds ?? ENTITY_KINDS) {
    for (const entity of tax.lists[kind]) {
      if (entity.deprecated) continue;
      let best: SearchHit | undefined;
      const consider = (score: number, matchedOn: SearchHit['matchedOn']): void => {
        if (score > 0 && (!best || score > best.score)) best = { entity, score, matchedOn };
      };
      if (entity.id === trimmed) consider(101, 'id');
      consider(scoreText(q, entity.name, 100), 'name');
      for (const alias of entity.aliases ?? []) consider(scoreText(q, alias, 70), 'alias');
      if (!best && words.length > 0) {
        const d = entity.description.toLowerCase();
        if (words.every((w) => d.includes(w))) consider(15, 'description');
      }
      if (best) hits.push(best);
    }
  }
  hits.sort((a, b) => b.score - a.score || a.entity.name.length - b.entity.name.length || (a.entity.id < b.entity.id ? -1 : 1));
  return hits.slice(0, options.limit ?? 10);
}
