import type { EntityKind } from '../schema/kinds.js';
import { kindWords } from '../internal/kind-words.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { IdSet } from '../taxonomy/entities.js';
import type { TaxonomyInput } from '../schema/taxonomy.js';
import { maxBump, type Bump } from './bump.js';
import { isObject, jsonEqual, jsonType } from './json.js';
import { readDocument } from './source.js';

/** One entity present on both sides whose fields differ. */
export interface EntityChange {
  /** The entity's id. */
  readonly id: string;
  /** Its kind on the newer side. */
  readonly kind: EntityKind;
  /** The fields that differ, nested object fields dotted (`'crosswalks.esco'`); `'kind'` when the id moved kind. */
  readonly fields: readonly string[];
  /** The bump this entity's changes require. */
  readonly bump: Exclude<Bump, 'none'>;
}

/** What changed between two versions of a taxonomy, and the semver bump that requires. */
export interface TaxonomyDiff {
  /** Ids only in the newer taxonomy, in its order. */
  readonly added: readonly string[];
  /** Ids only in the older taxonomy: released ids must never go (deprecate them instead). */
  readonly removed: readonly string[];
  /** Ids deprecated in the newer taxonomy that were live in the older one. */
  readonly deprecated: readonly string[];
  /** Entities on both sides whose fields differ. */
  readonly changed: readonly EntityChange[];
  /** Top-level fields of the document that differ (`version` and `$schema` are not compared). */
  readonly metadata: readonly string[];
  /**
   * The bump the changes require: `major` for a removed id, a removed or retyped field or an id that changed kind;
   * `minor` for new entities, new fields and deprecations; `patch` for changed values (wording, sources, fixed
   * references); `none` when nothing changed.
   */
  readonly bump: Bump;
  /** Why the bump is what it is: the changes at that level, in sentences (the first 20, then a count). */
  readonly reasons: readonly string[];
}

/** Anything {@link diffTaxonomies} compares: a Taxonomy object or a taxonomy document. */
export type TaxonomyLike<I extends IdSet = IdSet> = Taxonomy<I> | TaxonomyInput | Readonly<Record<string, unknown>>;

interface Finding {
  readonly bump: Exclude<Bump, 'none'>;
  readonly reason: string;
}

// Changes to sources are source fixes: a patch whatever their shape.
const PATCH_ONLY = new Set(['sources']);
// Metadata whose change breaks readers of the document.
const MAJOR_META = new Set(['id', 'schemaVersion']);
const IGNORED_META = new Set(['version', '$schema']);
const REASON_LIMIT = 20;

/** Compares the fields of one entity (or of nested objects), pushing a finding per differing field. */
function compareFields(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  prefix: string,
  what: string,
  out: { field: string; finding: Finding }[],
): void {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const field = prefix + key;
    const va = a[key];
    const vb = b[key];
    if (field === 'deprecated') {
      // Newly deprecated entities are listed in `deprecated`; reviving one or editing its deprecation is smaller.
      if (va === undefined) continue;
      if (vb === undefined) out.push({ field, finding: { bump: 'minor', reason: `${what}: deprecation withdrawn` } });
      else if (!jsonEqual(va, vb)) out.push({ field, finding: { bump: 'patch', reason: `${what}: deprecation details changed` } });
      continue;
    }
    const patchOnly = PATCH_ONLY.has(field);
    if (va === undefined && vb === undefined) continue;
    if (va === undefined) {
      out.push({ field, finding: { bump: patchOnly ? 'patch' : 'minor', reason: `${what}: field '${field}' added` } });
    } else if (vb === undefined) {
      out.push({ field, finding: { bump: patchOnly ? 'patch' : 'major', reason: `${what}: field '${field}' removed` } });
    } else if (jsonType(va) !== jsonType(vb)) {
      out.push({ field, finding: { bump: patchOnly ? 'patch' : 'major', reason: `${what}: field '${field}' changed type (${jsonType(va)} → ${jsonType(vb)})` } });
    } else if (isObject(va) && isObject(vb) && !patchOnly) {
      compareFields(va, vb, `${field}.`, what, out);
    } else if (!jsonEqual(va, vb)) {
      out.push({ field, finding: { bump: 'patch', reason: `${what}: '${field}' changed` } });
    }
  }
}

/**
 * Compares two versions of a taxonomy — Taxonomy objects or documents, valid or not — and says what was added,
 * removed, deprecated and changed, and the semver bump the change requires. The inputs are not modified.
 *
 * @param a - The older version (e.g. the last release).
 * @param b - The newer version.
 * @throws TypeError when either is not a taxonomy, a list is not an array or an entity has no string id.
 * @example
 * ```ts
 * import { diffTaxonomies, taxonomy } from 'ml-skills';
 *
 * const next = taxonomy.toJSON();
 * const diff = diffTaxonomies(taxonomy, { ...next, tools: next.tools.filter((t) => t.id !== 'pytorch') });
 * diff.removed; // ['pytorch']
 * diff.bump; // 'major'
 * ```
 * @category Versions
 */
export function diffTaxonomies<A extends IdSet, B extends IdSet>(a: TaxonomyLike<A>, b: TaxonomyLike<B>): TaxonomyDiff {
  const older = readDocument('diffTaxonomies', 'a', a);
  const newer = readDocument('diffTaxonomies', 'b', b);
  const findings: Finding[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  const deprecated: string[] = [];
  const changed: EntityChange[] = [];

  for (const [id, before] of older.entities) {
    if (!newer.entities.has(id)) {
      removed.push(id);
      findings.push({ bump: 'major', reason: `${kindWords(before.kind)} '${id}' removed (released ids are deprecated, never removed)` });
    }
  }
  for (const [id, after] of newer.entities) {
    const before = older.entities.get(id);
    if (!before) {
      added.push(id);
      findings.push({ bump: 'minor', reason: `${kindWords(after.kind)} '${id}' added` });
      continue;
    }
    const what = `${kindWords(after.kind)} '${id}'`;
    if (before.kind !== after.kind) {
      const reason = `'${id}' was a ${kindWords(before.kind)} and is now a ${kindWords(after.kind)} (an id must not be reused)`;
      changed.push({ id, kind: after.kind, fields: ['kind'], bump: 'major' });
      findings.push({ bump: 'major', reason });
      continue;
    }
    if (before.fields['deprecated'] === undefined && after.fields['deprecated'] !== undefined) {
      deprecated.push(id);
      findings.push({ bump: 'minor', reason: `${what} deprecated` });
    }
    const out: { field: string; finding: Finding }[] = [];
    compareFields(before.fields, after.fields, '', what, out);
    if (out.length > 0) {
      const bump = maxBump(...out.map((o) => o.finding.bump)) as Exclude<Bump, 'none'>;
      changed.push({ id, kind: after.kind, fields: out.map((o) => o.field), bump });
      findings.push(...out.map((o) => o.finding));
    }
  }

  const metadata: string[] = [];
  for (const key of new Set([...Object.keys(older.meta), ...Object.keys(newer.meta)])) {
    if (IGNORED_META.has(key) || jsonEqual(older.meta[key], newer.meta[key])) continue;
    metadata.push(key);
    findings.push({ bump: MAJOR_META.has(key) ? 'major' : 'patch', reason: `taxonomy '${key}' changed` });
  }

  const bump = maxBump(...findings.map((f) => f.bump));
  const top = findings.filter((f) => f.bump === bump).map((f) => f.reason);
  const reasons = top.length > REASON_LIMIT ? [...top.slice(0, REASON_LIMIT), `… and ${top.length - REASON_LIMIT} more ${bump} changes`] : top;
  return { added, removed, deprecated, changed, metadata, bump, reasons };
}
