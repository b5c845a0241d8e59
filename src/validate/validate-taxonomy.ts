import type { TaxonomyInput } from '../schema/taxonomy.js';
import { IssueCollector, type ValidationIssue } from './issue.js';
import { checkStructure } from './structure.js';
import { collectEntries, type RuleContext } from './rules/context.js';
import { checkReplacements, indexIds } from './rules/ids.js';
import { checkReferences } from './rules/references.js';
import { checkCategoryCycles, checkPrerequisiteCycles } from './rules/cycles.js';
import { checkAliases } from './rules/aliases.js';
import { checkRanks } from './rules/ranks.js';
import { checkExpectations } from './rules/expectations.js';

/** The outcome of {@link validateTaxonomy}. */
export type ValidationResult =
  | {
      readonly ok: true;
      /** The input, now known to be a valid taxonomy document. */
      readonly taxonomy: TaxonomyInput;
      /** Warnings: problems worth fixing that do not make the document invalid. */
      readonly warnings: readonly ValidationIssue[];
    }
  | {
      readonly ok: false;
      /** Every error and warning found, each with a JSON Pointer to the offending value. */
      readonly issues: readonly ValidationIssue[];
    };

/** The record rules, run in this order over a structurally valid document. */
const RULES: readonly ((ctx: RuleContext) => void)[] = [
  checkReferences,
  checkReplacements,
  checkPrerequisiteCycles,
  checkCategoryCycles,
  checkAliases,
  checkRanks,
  checkExpectations,
];

/**
 * Validates a taxonomy document: its structure against the schema, then the rules across records (unique ids,
 * references that resolve to the right kind, no prerequisite or category cycles, one owner per alias, strictly
 * ordered ranks, expectations per known level). Never throws, whatever the input; never modifies it.
 *
 * @param input - Anything: typically the result of `JSON.parse` of a taxonomy file.
 * @returns `{ ok: true, taxonomy, warnings }` or `{ ok: false, issues }`; each issue has a JSON Pointer `path`.
 * @example
 * ```ts
 * import { validateTaxonomy } from 'ml-skills';
 *
 * const result = validateTaxonomy({ id: 'acme', name: 'Acme', version: '1.0.0', schemaVersion: 1, skills: [] });
 * if (!result.ok) for (const issue of result.issues) console.log(`${issue.path}: ${issue.message}`);
 * ```
 * @category Validation
 */
export function validateTaxonomy(input: unknown): ValidationResult {
  const issues = new IssueCollector();
  try {
    if (checkStructure(input, issues)) {
      const entries = collectEntries(input as Record<string, unknown>);
      const ctx: RuleContext = { entries, byId: indexIds(entries, issues), issues };
      for (const rule of RULES) rule(ctx);
    }
  } catch (error) {
    // A hostile input (a throwing getter, a Proxy) must still give an answer, not an exception.
    issues.add('invalid-document', '', `the document could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const all = issues.finish();
  if (issues.hasErrors) return { ok: false, issues: all };
  return { ok: true, taxonomy: input as TaxonomyInput, warnings: all };
}
