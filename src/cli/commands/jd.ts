import { writeFile } from 'node:fs/promises';
import { generateJobDescription, JOB_DESCRIPTION_FORMATS, renderJobDescription, type Taxonomy } from '../api.js';
import type { Command } from '../command.js';
import { CliFailure, UsageError } from '../errors.js';
import { entityArg, oneOf } from '../format.js';

const REQUIREMENT_KINDS = new Set(['skill', 'tool', 'domain', 'dataset', 'metric']);

/** A qualification from the command line: an entity when the text names one, free text otherwise. */
const requirement = (tax: Taxonomy, text: string): string | { text: string } => {
  const found = tax.resolve(text);
  return found && REQUIREMENT_KINDS.has(found.kind) ? found.id : { text };
};

/** The options of generateJobDescription from the command line, ids resolved from names and aliases. */
export function jdOptions(tax: Taxonomy, args: Parameters<Command['run']>[0]['args'], command: string) {
  const level = args.string('level');
  const role = args.string('role');
  const company = args.string('company');
  const location = args.string('location');
  return {
    taxonomy: tax,
    ...(level === undefined ? {} : { level: entityArg(tax, 'careerLevel', level, command, '--level').id }),
    ...(role === undefined ? {} : { role: entityArg(tax, 'role', role, command, '--role').id }),
    domains: args.strings('domain').map((d) => entityArg(tax, 'domain', d, command, '--domain').id),
    emphasize: args.strings('emphasize'),
    mustHave: args.strings('must-have').map((t) => requirement(tax, t)),
    niceToHave: args.strings('nice-to-have').map((t) => requirement(tax, t)),
    ...(company === undefined ? {} : { company }),
    ...(location === undefined ? {} : { location }),
    ...(args.flag('remote') ? { remote: true } : {}),
  };
}

/** `ml-skills jd`: a job description from the taxonomy. */
export const jd: Command = {
  name: 'jd',
  summary: 'a job description for a role, level and domain, as Markdown, text, HTML, JSON or JSON-LD',
  usage: ['jd --level <level> [--domain <domain>…] [--role <role>] [--format markdown|text|html|json|jsonld] [--out <file>]'],
  details:
    "Builds a job description from the taxonomy: the level's scope and responsibilities, the role's skills with the proficiency the level expects, the domains' tasks, datasets and metrics, and the tool stack. The same options give the same text, byte for byte. JSON-LD is a schema.org JobPosting for Google's job results. --json is --format json.",
  options: {
    level: { type: 'string', short: 'l', value: '<level>', description: 'the career level (default mid)' },
    domain: { type: 'string', short: 'd', multiple: true, value: '<domain>', description: 'a domain of the job' },
    role: { type: 'string', short: 'r', value: '<role>', description: 'the role (default machine-learning-engineer)' },
    format: { type: 'string', short: 'f', value: '<format>', description: 'markdown (default), text, html, json or jsonld' },
    out: { type: 'string', short: 'o', value: '<file>', description: 'write to this file instead of standard output' },
    emphasize: { type: 'string', multiple: true, value: '<skill|tool>', description: 'a skill or tool to put first' },
    'must-have': { type: 'string', multiple: true, value: '<text|id>', description: 'a required qualification to add' },
    'nice-to-have': { type: 'string', multiple: true, value: '<text|id>', description: 'a preferred qualification to add' },
    company: { type: 'string', value: '<name>', description: 'the hiring organisation' },
    location: { type: 'string', value: '<place>', description: 'where the job is' },
    remote: { type: 'boolean', description: 'the job is fully remote' },
  },
  examples: [
    'jd --level senior --domain computer-vision',
    'jd --level staff --role ml-platform-engineer --format text',
    'jd -l senior -d speech-recognition --company Acme --emphasize pytorch --format html --out senior-asr.html',
    'jd --level mid --domain natural-language-processing --format jsonld',
  ],
  async run(ctx) {
    if (ctx.positionals.length) throw new UsageError('jd: takes no arguments, only options', 'jd');
    const tax = await ctx.taxonomy();
    const formatText = ctx.json ? 'json' : (ctx.args.string('format') ?? 'markdown');
    const format = oneOf('jd', '--format', formatText, JOB_DESCRIPTION_FORMATS, 'format');
    const text = renderJobDescription(generateJobDescription(jdOptions(tax, ctx.args, 'jd')), format);
    const out = ctx.args.string('out');
    if (out === undefined) {
      ctx.io.stdout.write(text);
      return 0;
    }
    try {
      await writeFile(out, text);
    } catch (error) {
      throw new CliFailure(`jd: cannot write '${out}': ${(error as Error).message}`, 2);
    }
    ctx.io.stderr.write(`wrote ${out}\n`);
    return 0;
  },
};
