import { cloneJson } from '../internal/freeze.js';
import { expectBoolean, expectKnownKeys, expectOptions, expectString } from '../internal/args.js';
import { quote } from '../internal/suggest.js';
import { LIST_OF_KIND, type ListName } from '../schema/kinds.js';
import type { TaxonomyFragment } from '../schema/taxonomy.js';
import { validateTaxonomy } from '../validate/validate-taxonomy.js';
import { TaxonomyValidationError } from '../validate/errors.js';
import type { ValidationIssue } from '../validate/issue.js';
import type { IdSet, StringIds } from './entities.js';
import { toDocument } from './create.js';
import { Taxonomy } from './taxonomy.js';

/** An overlay for {@link extendTaxonomy}: entity lists to add or replace, and optionally new metadata. */
export type TaxonomyOverlay = TaxonomyFragment & {
  /** A new id for the extended taxonomy. */
  readonly id?: string;
  /** A new name. */
  readonly name?: string;
  /** The extended taxonomy's own version (semver). */
  readonly version?: string;
  /** A new description. */
  readonly description?: string;
};

/** Options of {@link extendTaxonomy}. */
export interface ExtendOptions {
  /** Let overlay entities replace base entities with the same id; otherwise such a collision is an issue. */
  readonly override?: boolean;
  /** Base ids to deprecate, each with its replacement and reason. */
  readonly deprecate?: Readonly<Record<string, { readonly replacedBy?: string; readonly reason?: string; readonly since?: string }>>;
}

const LISTS = Object.values(LIST_OF_KIND) as ListName[];
const DEPRECATION_KEYS = ['replacedBy', 'reason', 'since'] as const;

/** One entry of `options.deprecate` must be `{ replacedBy?, reason?, since? }` with string values. */
function checkDeprecation(param: string, how: unknown): void {
  if (how === null || typeof how !== 'object' || Array.isArray(how)) {
    throw new TypeError(`extendTaxonomy: ${param} must be an object such as { replacedBy: 'new-id', reason: '…' }, got ${quote(how)}`);
  }
  expectKnownKeys('extendTaxonomy', param, how, DEPRECATION_KEYS);
  for (const key of DEPRECATION_KEYS) {
    const value = (how as Record<string, unknown>)[key];
    if (value !== undefined) expectString('extendTaxonomy', `${param}.${key}`, value);
  }
}

/**
 * Adds to, replaces in and deprecates entries of a taxonomy, validates the result and returns a new frozen
 * {@link Taxonomy}. Neither input is modified. Issues in overlay entities point into the overlay.
 *
 * @param base - The taxonomy to extend (e.g. the built-in `taxonomy`).
 * @param overlay - The lists to merge in, written like a taxonomy fragment.
 * @param options - `override` to replace existing ids; `deprecate` to deprecate base ids.
 * @throws {@link TaxonomyValidationError} when the result is invalid or an id collides without `override`;
 *   TypeError/RangeError for arguments of the wrong type, unknown options and an overlay with a cycle.
 * @example
 * ```ts
 * import { extendTaxonomy, taxonomy } from 'ml-skills';
 *
 * const mine = extendTaxonomy(taxonomy, {
 *   version: '1.0.0',
 *   tools: [{ id: 'acme-trainer', name: 'Acme Trainer', description: 'Our in-house training service.', category: 'distributed-training-tools' }],
 * });
 * mine.getTool('acme-trainer').name; // 'Acme Trainer'
 * ```
 * @category Taxonomy
 */
export function extendTaxonomy<I extends IdSet>(base: Taxonomy<I>, overlay: TaxonomyOverlay, options: ExtendOptions = {}): Taxonomy<StringIds> {
  if (!(base instanceof Taxonomy)) throw new TypeError(`extendTaxonomy: base must be a Taxonomy (from createTaxonomy or the built-in taxonomy), got ${quote(base)}`);
  // The overlay is required (`{}` for none): expectOptions alone would let `undefined` through.
  if (overlay === undefined) throw new TypeError("extendTaxonomy: overlay must be an object (use {} to only deprecate), got undefined");
  expectOptions('extendTaxonomy', 'overlay', overlay);
  expectOptions('extendTaxonomy', 'options', options);
  expectBoolean('extendTaxonomy', 'options.override', options.override);
  expectKnownKeys('extendTaxonomy', 'options', options, ['override', 'deprecate']);
  expectOptions('extendTaxonomy', 'options.deprecate', options.deprecate);
  for (const [id, how] of Object.entries(options.deprecate ?? {})) checkDeprecation(`options.deprecate[${quote(id)}]`, how);

  const doc = base.toJSON() as unknown as Record<string, unknown>;
  const layer = cloneJson(overlay, 'extendTaxonomy: overlay') as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  // merged pointer -> overlay pointer, so that issues in overlay entities point into the overlay
  const origin = new Map<string, string>();

  for (const key of ['id', 'name', 'version', 'description'] as const) if (layer[key] !== undefined) doc[key] = layer[key];
  for (const key of Object.keys(layer)) {
    if (key === '$schema' || key === 'id' || key === 'name' || key === 'version' || key === 'description') continue;
    if (!(LISTS as string[]).includes(key)) {
      issues.push({ code: 'unknown-field', path: `/${key}`, message: `overlay: unknown field "${key}" (allowed: ${LISTS.join(', ')}, id, name, version, description)`, severity: 'error' });
    }
  }

  const position = new Map<string, [ListName, number]>();
  for (const list of LISTS) (doc[list] as { id: string }[]).forEach((e, i) => position.set(e.id, [list, i]));

  for (const list of LISTS) {
    const items = layer[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      issues.push({ code: 'wrong-type', path: `/${list}`, message: `overlay: expected array, got ${quote(items)}`, severity: 'error' });
      continue;
    }
    const target = doc[list] as unknown[];
    items.forEach((item: unknown, i) => {
      const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      const existing = typeof id === 'string' ? position.get(id) : undefined;
      if (existing && !options.override) {
        issues.push({ code: 'override-required', path: `/${list}/${i}/id`, message: `overlay: '${String(id)}' already exists in the base taxonomy; pass { override: true } to replace it`, severity: 'error' });
        return;
      }
      if (existing && existing[0] === list) {
        target[existing[1]] = item;
        origin.set(`/${list}/${existing[1]}`, `/${list}/${i}`);
      } else {
        origin.set(`/${list}/${target.length}`, `/${list}/${i}`);
        target.push(item);
      }
    });
  }

  for (const [id, how] of Object.entries(options.deprecate ?? {})) {
    const at = position.get(id);
    if (!at) {
      issues.push({ code: 'unknown-reference', path: '', message: `options.deprecate: unknown id '${id}'`, severity: 'error' });
      continue;
    }
    const entity = (doc[at[0]] as Record<string, unknown>[])[at[1]]!;
    entity['deprecated'] = { since: how.since ?? (doc['version'] as string), ...(how.replacedBy ? { replacedBy: how.replacedBy } : {}), ...(how.reason ? { reason: how.reason } : {}) };
  }

  const result = validateTaxonomy(doc);
  if (!result.ok) {
    for (const issue of result.issues) {
      const m = /^(\/[^/]+\/\d+)(.*)$/.exec(issue.path);
      const from = m ? origin.get(m[1]!) : undefined;
      issues.push(from ? { ...issue, path: from + m![2], message: `overlay: ${issue.message}` } : issue);
    }
  }
  if (issues.some((i) => i.severity === 'error')) throw new TaxonomyValidationError(issues, 'extended taxonomy');
  const document = toDocument(doc);
  return new Taxonomy<StringIds>(() => document);
}
