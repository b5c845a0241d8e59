import { SCHEMA_VERSION } from '../schema/enums.js';
import type { TaxonomyInput } from '../schema/taxonomy.js';
import type { ToolCategoryInput, ToolInput } from '../schema/tool.js';
import { normalizeName } from '../internal/normalize.js';
import { cell, readCsv } from './csv-read.js';
import { IdAllocator, NameClaims, setOwn, slugify } from './ids.js';
import { importMeta, type ImportOptions } from './import-options.js';

/** O*NET's flags for one tool, which the tool schema has no field for. */
export interface OnetToolFlags {
  /** O*NET marks it a Hot Technology (frequently named in employers' job postings). */
  readonly hotTechnology: boolean;
  /** Some occupation lists it as In Demand (frequently named in that occupation's postings). */
  readonly inDemand: boolean;
  /** The O*NET-SOC codes of the occupations that use it, sorted. */
  readonly occupations: string[];
  /** The O*NET-SOC codes of the occupations for which it is In Demand, sorted. */
  readonly inDemandFor: string[];
}

/** The result of {@link importOnetTechnology}. */
export interface OnetTechnologyImport {
  /** The taxonomy document: one tool per technology example, one tool category per UNSPSC commodity. */
  readonly taxonomy: TaxonomyInput;
  /** Tool id → O*NET's Hot Technology and In Demand flags and occupations (no field in the tool schema holds them). */
  readonly flags: Record<string, OnetToolFlags>;
}

const FN = 'importOnetTechnology';

interface Example {
  name: string;
  codes: Map<string, number>;
  hot: boolean;
  occupations: Set<string>;
  inDemandFor: Set<string>;
}

const yes = (value: string): boolean => value.trim().toUpperCase() === 'Y';

/**
 * Imports O*NET's `Technology Skills.txt` (tab-separated) into a taxonomy document of tools: one tool per
 * technology example (names compared as `resolve` compares them, the first spelling kept), in a tool category per
 * UNSPSC commodity (`crosswalks.unspsc`, match `exact`); each tool carries its commodity codes (match `close`: the
 * tool is an instance of the commodity class) and sits in its most frequent commodity. O*NET's Hot Technology and
 * In Demand flags have no field in the tool schema: they come back beside the document, in `flags`.
 *
 * @param file - The text of `Technology Skills.txt` (columns O*NET-SOC Code, Example, Commodity Code, Commodity
 *   Title, and where the release has them Hot Technology and In Demand).
 * @param options - `id`, `name`, `version` of the taxonomy (default `onet-technology`, `O*NET technology skills`, `1.0.0`).
 * @throws TypeError when `file` is not a string; RangeError when it lacks O*NET's columns.
 * @example
 * ```ts
 * import { createTaxonomy, importOnetTechnology } from 'ml-skills';
 *
 * const file = 'O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n' +
 *   '15-2051.00\tData Scientists\tPyTorch\t43232605\tAnalytical or scientific software\tY\tN\n';
 * const { taxonomy, flags } = importOnetTechnology(file);
 * createTaxonomy(taxonomy).resolve('pytorch')?.kind; // 'tool'
 * flags['pytorch']?.hotTechnology; // true
 * ```
 * @category Interop
 */
export function importOnetTechnology(file: string, options: ImportOptions = {}): OnetTechnologyImport {
  const meta = importMeta(FN, options, { id: 'onet-technology', name: 'O*NET technology skills', version: '1.0.0' });
  const table = readCsv(FN, 'file', file, 'tsv', ['O*NET-SOC Code', 'Example', 'Commodity Code', 'Commodity Title'], "O*NET's Technology Skills.txt");

  const examples = new Map<string, Example>();
  const commodities = new Map<string, string>();
  for (const row of table.rows) {
    const name = cell(table, row, 'Example').trim();
    const code = cell(table, row, 'Commodity Code').trim();
    const key = normalizeName(name);
    if (key === '' || code === '') continue;
    if (!commodities.has(code)) commodities.set(code, cell(table, row, 'Commodity Title').trim() || `UNSPSC ${code}`);
    let ex = examples.get(key);
    if (!ex) examples.set(key, (ex = { name, codes: new Map(), hot: false, occupations: new Set(), inDemandFor: new Set() }));
    ex.codes.set(code, (ex.codes.get(code) ?? 0) + 1);
    ex.hot ||= yes(cell(table, row, 'Hot Technology'));
    const soc = cell(table, row, 'O*NET-SOC Code').trim();
    if (soc !== '') {
      ex.occupations.add(soc);
      if (yes(cell(table, row, 'In Demand'))) ex.inDemandFor.add(soc);
    }
  }

  // Ids: tools first, in file order; a category whose id is taken gets its commodity code.
  const ids = new IdAllocator();
  const toolIds = new Map<string, string>();
  for (const [key, ex] of examples) toolIds.set(key, ids.take([slugify(ex.name), `tool-${slugify(ex.name)}`, 'tool']));
  const categoryIds = new Map<string, string>();
  for (const [code, title] of commodities) categoryIds.set(code, ids.take([slugify(title), `${slugify(title)}-${slugify(code)}`, `unspsc-${slugify(code)}`, 'unspsc']));

  // Names: tools keep theirs; a commodity named like a tool gets its code in brackets.
  const claims = new NameClaims();
  const toolNames = new Map<string, string>();
  for (const [key, ex] of examples) toolNames.set(key, claims.claimName(toolIds.get(key)!, [ex.name]));
  const toolCategories: ToolCategoryInput[] = [];
  for (const [code, title] of commodities) {
    const id = categoryIds.get(code)!;
    toolCategories.push({
      id,
      name: claims.claimName(id, [title, `${title} (UNSPSC ${code})`]),
      description: `Technology in UNSPSC commodity ${code}, "${title}", as O*NET groups it.`,
      crosswalks: { unspsc: [{ code, match: 'exact' }] },
    });
  }

  const tools: ToolInput[] = [];
  const flags: Record<string, OnetToolFlags> = {};
  for (const [key, ex] of examples) {
    const id = toolIds.get(key)!;
    // Most frequent commodity first; ties in file order (Map order, kept by a stable sort).
    const codes = [...ex.codes.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    const main = codes[0]!;
    const n = ex.occupations.size;
    tools.push({
      id,
      name: toolNames.get(key)!,
      description: `${ex.name}, in O*NET's "${commodities.get(main)!}" (UNSPSC ${main}), named for ${n} occupation${n === 1 ? '' : 's'}.`,
      crosswalks: { unspsc: codes.map((code) => ({ code, match: 'close' as const })) },
      category: categoryIds.get(main)!,
    });
    setOwn(flags, id, {
      hotTechnology: ex.hot,
      inDemand: ex.inDemandFor.size > 0,
      occupations: [...ex.occupations].sort(),
      inDemandFor: [...ex.inDemandFor].sort(),
    });
  }

  const taxonomy: TaxonomyInput = {
    id: meta.id,
    name: meta.name,
    description: `O*NET's technology skills, imported from Technology Skills.txt: ${tools.length} tools in ${toolCategories.length} UNSPSC commodities.`,
    version: meta.version,
    schemaVersion: SCHEMA_VERSION,
    sources: [{ title: 'O*NET Database (U.S. Department of Labor), Technology Skills', url: 'https://www.onetcenter.org/database.html' }],
    toolCategories,
    tools,
  };
  return { taxonomy, flags };
}
