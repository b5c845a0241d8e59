import type { Domain, Skill, Taxonomy } from '../api.js';
import type { Command } from '../command.js';
import type { Style } from '../io.js';
import { brief, learnableArg, plural } from '../format.js';
import { UsageError } from '../errors.js';

type Learnable = Skill | Domain;

/**
 * The prerequisite tree as indented lines. Each entity is expanded once; later mentions say "see above", so a
 * shared foundation (linear algebra) does not repeat its whole subtree, and the output stays linear in size.
 */
function tree(tax: Taxonomy, root: Learnable, style: Style, { ids, maxDepth }: { ids: boolean; maxDepth: number }): string[] {
  const label = (e: Learnable): string => (ids ? e.id : e.name) + (e.kind === 'domain' ? style.dim(' (domain)') : '');
  const lines = [style.bold(label(root))];
  const expanded = new Set<string>([root.id]);
  // An explicit stack, not recursion: a long chain of prerequisites cannot overflow the call stack.
  const stack: { entity: Learnable; prefix: string; last: boolean; depth: number }[] = [];
  const push = (parent: Learnable, prefix: string, depth: number): void => {
    const children = (parent.prerequisites ?? []).map((id) => tax.get(id)).filter((e): e is Learnable => e?.kind === 'skill' || e?.kind === 'domain');
    for (let i = children.length - 1; i >= 0; i--) stack.push({ entity: children[i]!, prefix, last: i === children.length - 1, depth });
  };
  push(root, '', 1);
  while (stack.length > 0) {
    const { entity, prefix, last, depth } = stack.pop()!;
    const seen = expanded.has(entity.id);
    const more = (entity.prerequisites?.length ?? 0) > 0;
    const note = seen && more ? style.dim(' (see above)') : !seen && more && depth >= maxDepth ? style.dim(' …') : '';
    lines.push(`${prefix}${last ? '└── ' : '├── '}${label(entity)}${note}`);
    if (seen || depth >= maxDepth) continue;
    expanded.add(entity.id);
    push(entity, prefix + (last ? '    ' : '│   '), depth + 1);
  }
  return lines;
}

/** `ml-skills prereqs <domain>`: what to learn before a domain (or skill), as a tree. */
export const prereqs: Command = {
  name: 'prereqs',
  summary: 'what to learn before a domain or skill, as a tree',
  usage: ['prereqs <domain|skill> [--depth <n>] [--ids] [--order] [--json]'],
  details:
    'Prints the prerequisites as an indented tree: each line is learnt before its parent. Something met again is marked "see above" rather than repeated. --order lists everything once, in learning order (foundations first); --json gives that list with the chain that pulled each item in.',
  positionals: true,
  options: {
    depth: { type: 'string', short: 'd', value: '<n>', description: 'stop the tree at this depth' },
    ids: { type: 'boolean', description: 'show ids instead of names' },
    order: { type: 'boolean', description: 'a flat list in learning order instead of the tree' },
  },
  examples: ['prereqs computer-vision', 'prereqs speech-recognition --depth 2', 'prereqs "transformer architecture" --order', 'prereqs computer-vision --json'],
  async run(ctx) {
    const tax = await ctx.taxonomy();
    if (ctx.positionals.length !== 1) {
      const some = tax.domains.slice(0, 3).map((d) => d.id).join(', ');
      throw new UsageError(`prereqs: name one domain or skill${some ? ` (e.g. ${some}; see ml-skills domains)` : ''}`, 'prereqs');
    }
    const [text] = ctx.positionals as [string];
    const target = learnableArg(tax, text, 'prereqs', 'the target');
    const steps = tax.prerequisitesOf(target.id);
    if (ctx.json) {
      ctx.printJson(steps.map((s) => ({ ...brief(s.entity), depth: s.depth, via: s.via })));
      return 0;
    }
    const { style } = ctx;
    if (ctx.args.flag('order')) {
      ctx.print(`${style.bold(target.name)}: ${plural(steps.length, 'prerequisite')}, foundations first`);
      const width = String(steps.length).length;
      steps.forEach((s, i) => ctx.print(`  ${String(i + 1).padStart(width)}. ${ctx.args.flag('ids') ? s.entity.id : s.entity.name}${s.entity.kind === 'domain' ? style.dim(' (domain)') : ''}`));
      return 0;
    }
    const maxDepth = ctx.args.count('depth', 'prereqs') ?? Infinity;
    ctx.print(tree(tax, target, style, { ids: ctx.args.flag('ids'), maxDepth: maxDepth === 0 ? Infinity : maxDepth }).join('\n'));
    ctx.print(style.dim(`\n${plural(steps.length, 'prerequisite')} in all. In learning order: ml-skills prereqs ${text.includes(' ') ? `"${text}"` : text} --order`));
    return 0;
  },
};
