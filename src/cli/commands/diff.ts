import { diffTaxonomies, type TaxonomyDiff } from '../api.js';
import type { Command } from '../command.js';
import { formatProblem, loadSource } from '../document.js';
import { CliFailure, UsageError } from '../errors.js';
import { plural, wrap } from '../format.js';

const BUMPS = ['none', 'patch', 'minor', 'major'] as const;
type Bump = (typeof BUMPS)[number];

/** The bump from one semver version to another, or undefined when either is not one. */
function declaredBump(from: unknown, to: unknown): Bump | undefined {
  const parse = (v: unknown): number[] | undefined => (typeof v === 'string' && /^\d+\.\d+\.\d+/.test(v) ? v.split(/[.-]/).slice(0, 3).map(Number) : undefined);
  const [a, b] = [parse(from), parse(to)];
  if (!a || !b) return undefined;
  if (b[0]! !== a[0]!) return b[0]! > a[0]! ? 'major' : 'none';
  if (b[1]! !== a[1]!) return b[1]! > a[1]! ? 'minor' : 'none';
  return b[2]! > a[2]! ? 'patch' : 'none';
}

async function load(file: string, ctx: Parameters<Command['run']>[0]): Promise<{ name: string; value: unknown }> {
  const source = await loadSource(file, ctx.io, 'diff');
  if (source.syntaxErrors.length) throw new CliFailure(`diff: '${source.name}' is not valid ${source.format.toUpperCase()}`, 2, source.syntaxErrors.map((p) => formatProblem(source.name, p)));
  return { name: source.name, value: source.value };
}

function render(diff: TaxonomyDiff, style: Parameters<Command['run']>[0]['style']): string {
  const out = [`${style.bold(`Needs a ${diff.bump} version bump`)}${diff.bump === 'none' ? ' (no changes)' : ''}`];
  const list = (label: string, ids: readonly string[]): void => {
    if (ids.length) out.push(`${label} (${ids.length}):`, wrap(ids.join(', '), 100, '  '));
  };
  list(style.green('Added'), diff.added);
  list(style.red('Removed'), diff.removed);
  list(style.yellow('Deprecated'), diff.deprecated);
  if (diff.changed.length) out.push(`Changed (${diff.changed.length}):`, ...diff.changed.map((c) => `  ${c.id}: ${c.fields.join(', ')} ${style.dim(`(${c.bump})`)}`));
  if (diff.metadata.length) out.push(`Metadata: ${diff.metadata.join(', ')}`);
  if (diff.reasons.length && diff.bump !== 'none') out.push(`Why ${diff.bump}:`, ...diff.reasons.map((r) => `  - ${r}`));
  return out.join('\n');
}

/** `ml-skills diff <old> <new>`: what changed between two versions of a taxonomy, and the bump it needs. */
export const diff: Command = {
  name: 'diff',
  summary: 'what changed between two versions of a taxonomy, and the semver bump it needs',
  usage: ['diff <old> <new> [--check] [--json]'],
  details:
    'Compares two taxonomy files (JSON or YAML; - for standard input): ids added, removed and deprecated, fields changed, and the version bump that requires (removing an id is major). --check exits with 1 when the version in <new> is not bumped enough over <old>.',
  positionals: true,
  taxonomy: false,
  options: {
    check: { type: 'boolean', description: "exit 1 unless <new>'s version is bumped enough for the changes" },
  },
  examples: ['diff v1.json v2.json', 'diff released.yaml taxonomy.yaml --check', 'diff old.json new.json --json'],
  async run(ctx) {
    if (ctx.positionals.length !== 2) throw new UsageError(`diff: give two files, the older then the newer (got ${plural(ctx.positionals.length, 'argument')})`, 'diff');
    const [older, newer] = [await load(ctx.positionals[0]!, ctx), await load(ctx.positionals[1]!, ctx)];
    const result = diffTaxonomies(older.value as Record<string, unknown>, newer.value as Record<string, unknown>);
    const declared = declaredBump((older.value as { version?: unknown } | null)?.version, (newer.value as { version?: unknown } | null)?.version);
    const enough = declared !== undefined && BUMPS.indexOf(declared) >= BUMPS.indexOf(result.bump);
    if (ctx.json) ctx.printJson({ ...result, ...(declared ? { declared } : {}) });
    else ctx.print(render(result, ctx.style));
    if (!ctx.args.flag('check')) return 0;
    if (enough) return 0;
    ctx.io.stderr.write(`ml-skills: diff: the version goes ${declared === undefined ? 'from an unreadable version' : `up by ${declared}`}, but the changes need a ${result.bump} bump\n`);
    return 1;
  },
};
