import { quote } from '../internal/suggest.js';
import { LIST_OF_KIND, type EntityKind } from '../schema/kinds.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { createTaxonomy } from '../taxonomy/create.js';
import { isObject } from './json.js';

/** One entity of a document, with the kind its list implies. */
export interface DocumentEntity {
  readonly kind: EntityKind;
  /** The entity's fields, `kind` left out (documents omit it; Taxonomy objects add it). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** A taxonomy document read for comparison: its metadata and its entities by id, in document order. */
export interface DocumentView {
  readonly meta: Readonly<Record<string, unknown>>;
  readonly entities: ReadonlyMap<string, DocumentEntity>;
}

const LISTS = Object.entries(LIST_OF_KIND) as [EntityKind, string][];
const LIST_NAMES = new Set<string>(Object.values(LIST_OF_KIND));

/**
 * Reads a Taxonomy object or a taxonomy document (need not be valid) for comparison. Throws a TypeError naming
 * `param` when it is neither, when a list is not an array, or when an entity has no string id. The first entity
 * with an id wins, as in validation.
 */
export function readDocument(fn: string, param: string, value: unknown): DocumentView {
  const doc: unknown = value instanceof Taxonomy ? value.document : value;
  if (!isObject(doc)) throw new TypeError(`${fn}: ${param} must be a Taxonomy or a taxonomy document, got ${quote(value)}`);
  const meta: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (!LIST_NAMES.has(key)) meta[key] = doc[key];
  const entities = new Map<string, DocumentEntity>();
  for (const [kind, list] of LISTS) {
    const items = doc[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) throw new TypeError(`${fn}: ${param}.${list} must be an array, got ${quote(items)}`);
    items.forEach((item: unknown, i) => {
      const id = isObject(item) ? item['id'] : undefined;
      if (typeof id !== 'string') throw new TypeError(`${fn}: ${param}.${list}[${i}].id must be a string, got ${quote(id)}`);
      if (entities.has(id)) return;
      const { kind: _implied, ...fields } = item as Record<string, unknown>;
      entities.set(id, { kind, fields });
    });
  }
  return { meta, entities };
}

/**
 * A Taxonomy object for an exporter: the object itself, or a document validated into one (throws
 * {@link TaxonomyValidationError} when invalid, a TypeError when it is neither).
 */
export function asTaxonomy(fn: string, param: string, value: unknown): Taxonomy {
  if (value instanceof Taxonomy) return value as Taxonomy;
  if (!isObject(value)) throw new TypeError(`${fn}: ${param} must be a Taxonomy or a taxonomy document, got ${quote(value)}`);
  return createTaxonomy(value) as unknown as Taxonomy;
}
