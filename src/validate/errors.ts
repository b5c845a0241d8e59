import type { ValidationIssue } from './issue.js';
import { quote } from '../internal/suggest.js';

/**
 * Thrown by {@link createTaxonomy} and {@link extendTaxonomy} for an invalid document. The message lists one
 * `path: message` line per error; `issues` holds them all, warnings included.
 *
 * @example
 * ```ts
 * import { createTaxonomy, TaxonomyValidationError } from 'ml-skills';
 *
 * try {
 *   createTaxonomy({ id: 'acme', name: 'Acme', version: '1.0.0', schemaVersion: 1, skills: [{ id: 'x' }] });
 * } catch (error) {
 *   if (error instanceof TaxonomyValidationError) console.log(error.issues.map((i) => i.path));
 * }
 * ```
 * @category Validation
 */
export class TaxonomyValidationError extends Error {
  /** Every issue found, each with a JSON Pointer. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], what = 'taxonomy') {
    if (!Array.isArray(issues)) throw new TypeError(`TaxonomyValidationError: issues must be an array of validation issues, got ${quote(issues)}`);
    const errors = issues.filter((i) => i.severity === 'error');
    const shown = errors.slice(0, 50).map((i) => `  ${i.path || '(document)'}: ${i.message}`);
    if (errors.length > 50) shown.push(`  … and ${errors.length - 50} more (see .issues)`);
    super(`invalid ${what}: ${errors.length} error${errors.length === 1 ? '' : 's'}\n${shown.join('\n')}`);
    this.name = 'TaxonomyValidationError';
    this.issues = issues;
  }
}
