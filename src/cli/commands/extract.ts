import { EXTRACT_KINDS, extractSkills } from '../api.js';
import type { Command } from '../command.js';
import { readSource } from '../document.js';
import { UsageError } from '../errors.js';
import { oneOf, plural, table } from '../format.js';

const KINDS = EXTRACT_KINDS;

/** `ml-skills extract`: the skills, tools and domains a text mentions. */
export const extract: Command = {
  name: 'extract',
  summary: 'find the skills, tools and domains a text mentions (a job posting, a CV)',
  usage: ['extract [file|-] [--kind <kind>…] [--min-confidence <0..1>] [--json]'],
  details:
    'Reads the file, or standard input when the file is - or left out, and lists each entity mentioned, with how often and how surely. Names that are also ordinary words (Go, R, Spark) count only with supporting context. --json gives every mention with its offsets.',
  positionals: true,
  options: {
    kind: { type: 'string', short: 'k', multiple: true, value: '<kind>', description: `what to look for (default skill, tool, domain): ${KINDS.join(', ')}` },
    'min-confidence': { type: 'string', value: '<0..1>', description: 'leave out mentions less sure than this (default 0.5)' },
  },
  examples: ['extract posting.txt', 'pbpaste | ml-skills extract', 'extract cv.md --kind tool --json', 'extract posting.txt --min-confidence 0'],
  async run(ctx) {
    if (ctx.positionals.length > 1) throw new UsageError('extract: give one file (or - for standard input)', 'extract');
    const file = ctx.positionals[0] ?? '-';
    if (file === '-' && ctx.io.stdinIsTTY) throw new UsageError('extract: give a file, or pipe the text in (… | ml-skills extract)', 'extract');
    const { text } = await readSource(file, ctx.io, 'extract');
    const tax = await ctx.taxonomy();
    const kinds = ctx.args.strings('kind').map((k) => oneOf('extract', '--kind', k, KINDS, 'kind'));
    const minText = ctx.args.string('min-confidence');
    const minConfidence = minText === undefined ? undefined : Number(minText);
    if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new UsageError(`extract: --min-confidence must be a number from 0 to 1, got '${minText}'`, 'extract');
    }
    const result = extractSkills(text, { taxonomy: tax, ...(kinds.length ? { kinds } : {}), ...(minConfidence === undefined ? {} : { minConfidence }) });
    if (ctx.json) {
      ctx.printJson(result);
      return 0;
    }
    const { style } = ctx;
    ctx.print(`${plural(result.entities.length, 'entity', 'entities')} in ${plural(result.mentions.length, 'mention')}`);
    if (result.entities.length) {
      const rows = result.entities.map((e) => [e.name, style.dim(e.kind), String(e.count), e.confidence.toFixed(2), style.dim(e.surfaces.join(', '))]);
      ctx.print(table(rows, { header: ['Name', 'Kind', 'Count', 'Confidence', 'As written'], style }));
    }
    return 0;
  },
};
