// csv-parse's browser build: its Node build calls the Node global `Buffer`, which the core must not rely on.
import { parse } from 'csv-parse/browser/esm/sync';
import { quote } from '../internal/suggest.js';

// Every runtime the library supports has TextEncoder; the core's ES2022 lib does not declare it.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };

/** A parsed table: its header and its rows, each row a list of cells. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The position of each column by name. */
  readonly column: ReadonlyMap<string, number>;
}

/** How a file is written: comma-separated with quoted cells (RFC 4180), or tab-separated without quoting (O*NET). */
export type CsvDialect = 'csv' | 'tsv';

/**
 * Parses the text of a CSV or TSV file with csv-parse and checks its header. Throws a TypeError when `text` is not
 * a string, a RangeError naming `param` when the text is not valid CSV or lacks a required column.
 */
export function readCsv(fn: string, param: string, text: unknown, dialect: CsvDialect, required: readonly string[], what: string): CsvTable {
  if (typeof text !== 'string') throw new TypeError(`${fn}: ${param} must be the text of ${what}, got ${quote(text)}`);
  let records: string[][];
  try {
    // Bytes, not the string: the browser build converts strings with a slow Buffer polyfill, and TextEncoder is
    // native (this halves the parse time of ESCO's files). The BOM is dropped here: csv-parse's `bom` option
    // needs a real Buffer.
    const bytes = new TextEncoder().encode(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    records = parse(bytes, {
      delimiter: dialect === 'tsv' ? '\t' : ',',
      quote: dialect === 'tsv' ? false : '"',
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    throw new RangeError(`${fn}: ${param} is not valid ${dialect.toUpperCase()} (${error instanceof Error ? error.message : String(error)}); expected the text of ${what}`);
  }
  const header = records[0] ?? [];
  const column = new Map<string, number>();
  header.forEach((name, i) => {
    if (!column.has(name.trim())) column.set(name.trim(), i);
  });
  const missing = required.filter((c) => !column.has(c));
  if (missing.length > 0) {
    const shown = header.length ? header.slice(0, 15).join(', ') : 'none';
    throw new RangeError(
      `${fn}: ${param} lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')} (its columns: ${shown}); expected the text of ${what}`,
    );
  }
  return { header, rows: records.slice(1), column };
}

/** A cell of a row by column name ('' when the column or the cell is absent). */
export const cell = (table: CsvTable, row: readonly string[], name: string): string => {
  const i = table.column.get(name);
  return i === undefined ? '' : (row[i] ?? '');
};
