import type { Command } from '../command.js';
import { brief, learnableArg, plural, table } from '../format.js';
import { UsageError } from '../errors.js';

/** `ml-skills path <target…> --known …`: what is left to learn. */
export const path: Command = {
  name: 'path',
  summary: 'a learning path to one or more targets, skipping what you know',
  usage: ['path <target…> [--known <id,…>] [--json]'],
  details:
    'Lists what is missing to reach the targets (skills or domains: ids, names or aliases), in learning order, foundations first; the targets come last. Whatever --known names, and everything it builds on, is skipped.',
  positionals: true,
  options: {
    known: { type: 'string', short: 'k', multiple: true, value: '<id>', description: 'a skill or domain you already know' },
  },
  examples: [
    'path speech-recognition',
    'path speech-recognition --known linear-algebra,probability',
    'path "object detection" transformer-architecture --known neural-networks',
    'path computer-vision --json',
  ],
  async run(ctx) {
    const tax = await ctx.taxonomy();
    if (ctx.positionals.length === 0) throw new UsageError('path: name at least one target skill or domain, e.g. ml-skills path speech-recognition', 'path');
    const targets = ctx.positionals.map((t, i) => learnableArg(tax, t, 'path', ctx.positionals.length > 1 ? `target ${i + 1}` : 'the target'));
    const known = ctx.args.strings('known').map((k) => learnableArg(tax, k, 'path', '--known'));
    const steps = tax.learningPath(
      targets.map((t) => t.id),
      { known: known.map((k) => k.id) },
    );
    if (ctx.json) {
      ctx.printJson(steps.map((s) => ({ ...brief(s.entity), depth: s.depth, via: s.via, target: s.depth === 0 })));
      return 0;
    }
    const { style } = ctx;
    const names = (list: readonly { name: string }[]): string => list.map((e) => e.name).join(', ');
    ctx.print(`${style.bold(`To learn ${names(targets)}`)}${known.length ? ` knowing ${names(known)}` : ''}: ${plural(steps.length, 'step')}`);
    if (steps.length === 0) {
      ctx.print('  Nothing left to learn.');
      return 0;
    }
    const width = String(steps.length).length;
    const rows = steps.map((s, i) => [
      `${String(i + 1).padStart(width)}.`,
      s.depth === 0 ? style.bold(s.entity.name) : s.entity.name,
      style.dim(s.depth === 0 ? `${s.entity.kind}, target` : `${s.entity.kind}, for ${tax.get(s.via[s.via.length - 1] ?? '')?.name ?? ''}`),
    ]);
    ctx.print(table(rows, { style }));
    return 0;
  },
};
