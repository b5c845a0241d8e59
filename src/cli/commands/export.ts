import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCsv, toJsonLd, toMermaid, type Taxonomy } from '../api.js';
import type { Command, Context } from '../command.js';
import { CliFailure, UsageError } from '../errors.js';
import { entityArg, oneOf } from '../format.js';
import { schemaFile } from '../package-info.js';

const FORMATS = ['json', 'jsonld', 'csv', 'mermaid', 'schema'] as const;
type Format = (typeof FORMATS)[number];

/** The files a format writes: name and text. */
async function render(format: Format, tax: Taxonomy, ctx: Context): Promise<[string, string][]> {
  switch (format) {
    case 'json':
      // $schema gives editors completion and checking of the file.
      const doc = { $schema: 'https://unpkg.com/ml-skills/dist/taxonomy.schema.json', ...tax.toJSON() };
      return [[`${tax.id}.json`, `${JSON.stringify(doc, null, 2)}\n`]];
    case 'jsonld': {
      const base = ctx.args.string('base');
      return [[`${tax.id}.jsonld`, `${JSON.stringify(toJsonLd(tax, base === undefined ? {} : { base }), null, 2)}\n`]];
    }
    case 'csv': {
      const tables = Object.entries(toCsv(tax));
      const list = ctx.args.string('list');
      if (list === undefined) return tables.map(([name, text]) => [`${name}.csv`, text]);
      const name = oneOf('export', '--list', list, tables.map(([n]) => n), 'list');
      return tables.filter(([n]) => n === name).map(([n, text]) => [`${n}.csv`, text]);
    }
    case 'mermaid': {
      const domain = ctx.args.string('domain');
      const id = domain === undefined ? undefined : entityArg(tax, 'domain', domain, 'export', '--domain').id;
      return [[`${id ?? 'prerequisites'}.mmd`, `${toMermaid(tax, id === undefined ? {} : { domain: id })}\n`]];
    }
    case 'schema': {
      const file = schemaFile();
      if (!file) throw new CliFailure('export: the JSON Schema file is missing from this installation', 1);
      return [['taxonomy.schema.json', await readFile(file, 'utf8')]];
    }
  }
}

/** `ml-skills export`: the taxonomy in exchange formats. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'the taxonomy as JSON, JSON-LD (SKOS), CSV, a Mermaid diagram, or its JSON Schema',
  usage: ['export --format json|jsonld|csv|mermaid|schema [--out <dir>]'],
  details:
    'Writes to standard output, or into a directory with --out (created if needed). CSV is one table per entity list: give --out, or --list to print one table. Mermaid draws the prerequisite graph (of one domain with --domain). With --taxonomy, exports your taxonomy instead of the built-in one.',
  json: false,
  options: {
    format: { type: 'string', short: 'f', value: '<format>', description: 'json, jsonld, csv, mermaid or schema' },
    out: { type: 'string', short: 'o', value: '<dir>', description: 'write files into this directory instead of standard output' },
    list: { type: 'string', value: '<list>', description: 'csv: the one table to print (skills, tools, domains, …)' },
    domain: { type: 'string', value: '<domain>', description: "mermaid: only this domain's prerequisites" },
    base: { type: 'string', value: '<iri>', description: 'jsonld: the IRI prefix of concepts (default urn:ml-skills:<id>:)' },
  },
  examples: [
    'export --format jsonld > ml-skills.jsonld',
    'export --format csv --out tables/',
    'export --format csv --list tools',
    'export --format mermaid --domain speech-recognition',
    'export --format json --taxonomy my-taxonomy.yaml --out build/',
  ],
  async run(ctx) {
    if (ctx.positionals.length) throw new UsageError('export: takes no arguments, only options', 'export');
    const format = oneOf('export', '--format', ctx.args.required('format', 'export', ` (one of: ${FORMATS.join(', ')})`), FORMATS, 'format');
    const tax = await ctx.taxonomy();
    const files = await render(format, tax, ctx);
    const out = ctx.args.string('out');
    if (out === undefined) {
      if (files.length > 1) throw new UsageError('export: csv writes one file per list; give --out <dir>, or --list <name> for one table', 'export');
      ctx.io.stdout.write(files[0]![1]);
      return 0;
    }
    try {
      await mkdir(out, { recursive: true });
      for (const [name, text] of files) await writeFile(join(out, name), text);
    } catch (error) {
      throw new CliFailure(`export: cannot write to '${out}': ${(error as Error).message}`, 2);
    }
    ctx.io.stderr.write(`wrote ${files.map(([name]) => join(out, name)).join(', ')}\n`);
    return 0;
  },
};
