import { validateTaxonomy } from '../api.js';
import type { Command } from '../command.js';
import { formatProblem, loadSource, type SourceProblem } from '../document.js';
import { CliFailure, UsageError } from '../errors.js';
import { plural } from '../format.js';

interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly problems: readonly SourceProblem[];
  /** Set when the file could not be read. */
  readonly unreadable?: string;
}

/** Validates one file; unreadable files are reported, not thrown, so the other files still get checked. */
async function check(file: string, ctx: Parameters<Command['run']>[0]): Promise<FileReport> {
  let source;
  try {
    source = await loadSource(file, ctx.io, 'validate');
  } catch (error) {
    if (error instanceof CliFailure) return { file, ok: false, problems: [], unreadable: error.message };
    throw error;
  }
  if (source.syntaxErrors.length > 0) return { file: source.name, ok: false, problems: source.syntaxErrors };
  const result = validateTaxonomy(source.value);
  const issues = result.ok ? result.warnings : result.issues;
  const problems = issues.map((i) => ({ ...i, position: source.locator.locate(i.path) }));
  return { file: source.name, ok: result.ok, problems };
}

/** `ml-skills validate <file…>`: checks taxonomy documents against the schema and the cross-record rules. */
export const validate: Command = {
  name: 'validate',
  summary: 'check taxonomy files (JSON or YAML) and print every issue with its line',
  usage: ['validate <file…> [--json]', 'validate - < taxonomy.yaml'],
  details:
    'Validates each file as a whole taxonomy document: structure, unique ids, references, cycles, aliases, ranks and expectations. Each issue is printed as "file:line:col  path  message", the path being the JSON Pointer of the offending value. Exit status: 0 when every file is valid (warnings allowed), 1 when one is not, 2 when a file cannot be read. "-" reads standard input.',
  positionals: true,
  taxonomy: false,
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'print only errors and the summary, not warnings' },
  },
  examples: ['validate my-taxonomy.json', 'validate ladder.yaml team.json', 'cat ladder.yaml | ml-skills validate -', 'validate my-taxonomy.json --json'],
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('validate: name the files to check (or - for standard input)', 'validate');
    if (ctx.positionals.filter((f) => f === '-').length > 1) throw new UsageError('validate: standard input (-) can be read only once', 'validate');
    const reports: FileReport[] = [];
    for (const file of ctx.positionals) reports.push(await check(file, ctx));
    const count = (r: FileReport, severity: string): number => r.problems.filter((p) => p.severity === severity).length;
    const errors = reports.reduce((n, r) => n + count(r, 'error'), 0);
    const warnings = reports.reduce((n, r) => n + count(r, 'warning'), 0);
    const unreadable = reports.filter((r) => r.unreadable);
    const invalid = reports.filter((r) => !r.ok && !r.unreadable);
    const code = unreadable.length > 0 ? 2 : invalid.length > 0 ? 1 : 0;
    for (const r of unreadable) ctx.io.stderr.write(`ml-skills: ${r.unreadable}\n`);
    if (ctx.json) {
      ctx.printJson({
        ok: code === 0,
        files: reports.map((r) => ({
          file: r.file,
          ok: r.ok,
          ...(r.unreadable ? { error: r.unreadable } : {}),
          issues: r.problems.map((p) => ({ code: p.code ?? 'syntax', severity: p.severity, path: p.path, message: p.message, line: p.position.line, column: p.position.column })),
        })),
      });
      return code;
    }
    const { style } = ctx;
    const quiet = ctx.args.flag('quiet');
    for (const r of reports) {
      for (const p of r.problems) {
        if (quiet && p.severity === 'warning') continue;
        const line = formatProblem(r.file, p);
        ctx.print(p.severity === 'warning' ? style.yellow(line) : line);
      }
    }
    const files = plural(reports.length, 'file');
    const parts = [
      `${reports.length - invalid.length - unreadable.length} valid`,
      invalid.length ? style.red(`${invalid.length} invalid`) : '',
      unreadable.length ? style.red(`${unreadable.length} unreadable`) : '',
    ].filter(Boolean);
    const tally = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    ctx.print(`${code === 0 ? style.green('✓') : style.red('✗')} ${files} checked: ${parts.join(', ')} (${tally})`);
    return code;
  },
};
