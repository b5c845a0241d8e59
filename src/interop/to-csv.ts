import { FIELDS } from '../generated/fields.js';
import { LIST_OF_KIND, type EntityKind, type ListName } from '../schema/kinds.js';
import type { IdSet } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { TaxonomyInput } from '../schema/taxonomy.js';
import { csvTable } from './csv-write.js';
import { asTaxonomy } from './source.js';

/** The columns of a list: every field its schema declares, in schema order (`kind` is implied by the table). */
export function csvColumns(list: ListName): string[] {
  return FIELDS[list].filter((k) => k !== 'kind');
}

/**
 * A cell: text as is, numbers and booleans as text, a list of strings one item per line (as ESCO writes its
 * alternative labels), anything else — objects, lists of objects, a list with an item holding a line break — as
 * JSON. An absent field is an empty cell.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && !/[\r\n]/.test(v))) return value.join('\n');
  return JSON.stringify(value);
}

/**
 * The taxonomy as CSV: one RFC 4180 table per entity list (CRLF line ends, a header row, every field of the
 * schema as a column). Lists of strings (aliases, prerequisite ids) hold one item per line inside their quoted
 * cell; structured fields (sources, crosswalks, expectations) hold JSON.
 *
 * @param taxonomy - A Taxonomy object, or a document (validated first).
 * @returns `{ careerLevels, proficiencyLevels, skillCategories, skills, toolCategories, tools, domains, datasets,
 *   metrics, roles }`, each the text of one CSV file (a header only when the list is empty).
 * @throws {@link TaxonomyValidationError} for an invalid document; TypeError when it is not a taxonomy.
 * @example
 * ```ts
 * import { taxonomy, toCsv } from 'ml-skills';
 *
 * const tables = toCsv(taxonomy);
 * tables.tools.split('\r\n')[0]; // 'id,name,description,aliases,…'
 * ```
 * @category Interop
 */
export function toCsv<I extends IdSet>(taxonomy: Taxonomy<I> | TaxonomyInput): Record<ListName, string> {
  const tax = asTaxonomy('toCsv', 'taxonomy', taxonomy);
  const out = {} as Record<ListName, string>;
  for (const [kind, list] of Object.entries(LIST_OF_KIND) as [EntityKind, ListName][]) {
    const columns = csvColumns(list);
    const rows = tax.lists[kind].map((entity) => {
      const fields = entity as unknown as Readonly<Record<string, unknown>>;
      return columns.map((c) => csvCell(fields[c]));
    });
    out[list] = csvTable(columns, rows);
  }
  return out;
}
