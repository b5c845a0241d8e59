import { cloneJson } from '../internal/freeze.js';
import { LIST_OF_KIND, type EntityKind } from '../schema/kinds.js';
import { validateTaxonomy } from '../validate/validate-taxonomy.js';
import { TaxonomyValidationError } from '../validate/errors.js';
import type { TaxonomyDocument } from './document.js';
import { Taxonomy } from './taxonomy.js';

type IdOfList<T, L extends string> = T extends { readonly [P in L]?: readonly (infer E)[] }
  ? E extends { readonly id: infer X extends string }
    ? string extends X
      ? string
      : X
    : string
  : string;

/** The literal ids of a taxonomy document written `as const`, or `string` where they are not literal. */
export type IdsOf<T> = { readonly [K in EntityKind]: IdOfList<T, (typeof LIST_OF_KIND)[K]> };

/** Copies a valid document into the shape the Taxonomy object holds: every list present, every entity with `kind`. */
export function toDocument(input: unknown): TaxonomyDocument {
  const { $schema: _ignored, ...copy } = cloneJson(input as Record<string, unknown>);
  for (const [kind, list] of Object.entries(LIST_OF_KIND)) {
    const items = (copy[list] as Record<string, unknown>[] | undefined) ?? [];
    copy[list] = items.map((e) => ({ kind, ...e }));
  }
  return copy as unknown as TaxonomyDocument;
}

/**
 * Validates a taxonomy document and returns it as a frozen {@link Taxonomy} on which every query works. The input
 * is copied, never modified. Written `as const`, its ids become literal types.
 *
 * @param input - A taxonomy document (e.g. `JSON.parse` of your file).
 * @throws {@link TaxonomyValidationError} listing every issue when the document is invalid.
 * @example
 * ```ts
 * import { createTaxonomy } from 'ml-skills';
 *
 * const mine = createTaxonomy({
 *   id: 'acme', name: 'Acme ML ladder', version: '1.0.0', schemaVersion: 1,
 *   skillCategories: [{ id: 'core', name: 'Core', description: 'Core skills.' }],
 *   skills: [{ id: 'python-basics', name: 'Python basics', description: 'Writing Python.', category: 'core', type: 'skill' }],
 * } as const);
 * mine.getSkill('python-basics').name; // 'Python basics'
 * ```
 * @category Taxonomy
 */
export function createTaxonomy<const T>(input: T): Taxonomy<IdsOf<T>> {
  const result = validateTaxonomy(input);
  if (!result.ok) throw new TaxonomyValidationError(result.issues);
  const document = toDocument(input);
  return new Taxonomy<IdsOf<T>>(() => document);
}
