import { cloneJson } from '../internal/freeze.js';
import { quote } from '../internal/suggest.js';
import { SCHEMA_VERSION } from '../schema/enums.js';
import type { TaxonomyInput } from '../schema/taxonomy.js';
import { validateTaxonomy } from '../validate/validate-taxonomy.js';
import { TaxonomyValidationError } from '../validate/errors.js';
import { isObject } from './json.js';

/** One step of the upgrade chain: turns a document of schema version `from` into one of `from + 1`. */
export interface MigrationStep {
  /** The schema version this step reads; it writes `from + 1`. */
  readonly from: number;
  /** What the step changes, for people. */
  readonly description: string;
  /** Upgrades a private copy of the document (it may modify it) and returns the result. */
  readonly up: (document: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The upgrade chain, one step per past schema version. Version 1 is the only format so far, so the chain is
 * empty; when version 2 comes, its step `{ from: 1, … }` goes here and {@link migrateTaxonomy} applies it.
 */
export const MIGRATIONS: readonly MigrationStep[] = [];

/**
 * Applies the steps that lead from the document's `schemaVersion` to `target`. The document must already be
 * checked to hold a whole `schemaVersion` from 1 to `target`. Throws an Error when a step is missing from the
 * chain (a gap in the registry, not a user error).
 */
export function applyMigrations(
  document: Record<string, unknown>,
  steps: readonly MigrationStep[],
  target: number,
): { document: Record<string, unknown>; applied: string[] } {
  let doc = document;
  const applied: string[] = [];
  for (let v = doc['schemaVersion'] as number; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) throw new Error(`migrateTaxonomy: no migration from schemaVersion ${v} to ${v + 1} (the registry has a gap)`);
    doc = step.up(doc);
    doc['schemaVersion'] = v + 1;
    applied.push(`${v} → ${v + 1}: ${step.description}`);
  }
  return { document: doc, applied };
}

/**
 * Upgrades a custom taxonomy written for an older `schemaVersion` to the format this library reads, then
 * validates it. A current document comes back as a validated copy. The input is never modified.
 *
 * @param input - A taxonomy document (e.g. `JSON.parse` of your file).
 * @returns A fresh, valid document of the current schema version, ready for {@link createTaxonomy}.
 * @throws TypeError when the input is not an object or has no whole-number `schemaVersion`; RangeError when its
 *   `schemaVersion` is below 1 or newer than this library reads; {@link TaxonomyValidationError} when the upgraded
 *   document is invalid.
 * @example
 * ```ts
 * import { createTaxonomy, migrateTaxonomy } from 'ml-skills';
 *
 * const mine = createTaxonomy(migrateTaxonomy({ id: 'acme', name: 'Acme', version: '1.0.0', schemaVersion: 1 }));
 * mine.schemaVersion; // 1
 * ```
 * @category Versions
 */
export function migrateTaxonomy(input: unknown): TaxonomyInput {
  return migrateWith(input, MIGRATIONS, SCHEMA_VERSION);
}

/** {@link migrateTaxonomy} with a given chain and target: the registry's logic, testable with future steps. */
export function migrateWith(input: unknown, steps: readonly MigrationStep[], target: number): TaxonomyInput {
  if (!isObject(input)) throw new TypeError(`migrateTaxonomy: input must be a taxonomy document (an object), got ${quote(input)}`);
  const version = input['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new TypeError(
      `migrateTaxonomy: input.schemaVersion must be a whole number naming the format the document was written for (1 to ${target}), got ${quote(version)}`,
    );
  }
  if (version < 1) throw new RangeError(`migrateTaxonomy: input.schemaVersion ${version} does not exist (schema versions start at 1; valid: 1 to ${target})`);
  if (version > target) {
    throw new RangeError(
      `migrateTaxonomy: input.schemaVersion ${version} is newer than this version of ml-skills reads (up to ${target}); upgrade ml-skills to read it`,
    );
  }
  const { document } = applyMigrations(cloneJson(input, 'migrateTaxonomy: input'), steps, target);
  const result = validateTaxonomy(document);
  if (!result.ok) throw new TaxonomyValidationError(result.issues, `taxonomy (after migrating from schemaVersion ${version})`);
  return document as TaxonomyInput;
}
