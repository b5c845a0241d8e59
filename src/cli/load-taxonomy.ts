import { createTaxonomy, taxonomy as builtin, TaxonomyValidationError, type Taxonomy } from './api.js';
import type { CliIo } from './io.js';
import { CliFailure } from './errors.js';
import { formatProblem, loadSource } from './document.js';

/** The built-in taxonomy, or the one in `file` (JSON or YAML), validated; problems are reported located. */
export async function loadTaxonomy(file: string | undefined, io: CliIo): Promise<Taxonomy> {
  // The CLI takes ids as strings from the user and every query checks them at run time, so the built-in
  // taxonomy's literal id types are widened to plain strings here.
  if (file === undefined) return builtin as unknown as Taxonomy;
  const source = await loadSource(file, io, '--taxonomy');
  if (source.syntaxErrors.length > 0) {
    throw new CliFailure(`--taxonomy: '${source.name}' is not valid ${source.format.toUpperCase()}`, 1, source.syntaxErrors.map((p) => formatProblem(source.name, p)));
  }
  try {
    return createTaxonomy(source.value);
  } catch (error) {
    if (!(error instanceof TaxonomyValidationError)) throw error;
    const errors = error.issues.filter((i) => i.severity === 'error');
    const lines = errors.slice(0, 20).map((i) => formatProblem(source.name, { ...i, position: source.locator.locate(i.path) }));
    if (errors.length > 20) lines.push(`… and ${errors.length - 20} more (ml-skills validate ${file} lists them all)`);
    throw new CliFailure(`--taxonomy: '${source.name}' is not a valid taxonomy (${errors.length} error${errors.length === 1 ? '' : 's'})`, 1, lines);
  }
}
