import type { Tool } from '../api.js';
import { LIFECYCLES } from '../../schema/index.js';
import type { Command } from '../command.js';
import { entityArg, oneOf, plural, table, wrap } from '../format.js';

const toolJson = (t: Tool) => ({
  id: t.id,
  name: t.name,
  category: t.category,
  lifecycle: t.lifecycle ?? 'active',
  ...(t.license ? { license: t.license } : {}),
  ...(t.homepage ? { homepage: t.homepage } : {}),
});

/** `ml-skills tools`: the tools of a category, or every category with its tools. */
export const tools: Command = {
  name: 'tools',
  summary: 'the tools of a category, or every category with its tools',
  usage: ['tools [--category <category>] [--lifecycle emerging|active|legacy] [--sort name] [--json]'],
  details: 'Without --category, lists every tool category with its tools. With it, lists the tools of that category and its sub-categories, most important first, with their lifecycle, licence and homepage.',
  options: {
    category: { type: 'string', short: 'c', value: '<category>', description: 'a tool category id, name or alias' },
    lifecycle: { type: 'string', value: '<stage>', description: 'only tools at this stage: emerging, active or legacy' },
    sort: { type: 'string', value: 'name', description: "'name' for alphabetical order (default: most important first)" },
  },
  examples: ['tools', 'tools --category experiment-tracking-tools', 'tools --category deep-learning-frameworks --lifecycle legacy', 'tools --json'],
  async run(ctx) {
    const tax = await ctx.taxonomy();
    const { style } = ctx;
    const lifecycleText = ctx.args.string('lifecycle');
    const sortText = ctx.args.string('sort');
    const lifecycle = lifecycleText === undefined ? undefined : oneOf('tools', '--lifecycle', lifecycleText, LIFECYCLES, 'lifecycle');
    const sort = sortText === undefined ? undefined : oneOf('tools', '--sort', sortText, ['name', 'document'] as const, 'sort order');
    const options = { ...(lifecycle ? { lifecycle } : {}), ...(sort ? { sort } : {}) };
    const categoryText = ctx.args.string('category');
    if (categoryText !== undefined) {
      const category = entityArg(tax, 'toolCategory', categoryText, 'tools', '--category');
      const list = tax.toolsByCategory(category.id, options);
      if (ctx.json) {
        ctx.printJson(list.map(toolJson));
        return 0;
      }
      ctx.print(`${style.bold(category.name)} (${category.id}): ${plural(list.length, 'tool')}`);
      if (list.length > 0) {
        const rows = list.map((t) => [t.name, t.lifecycle ?? 'active', t.license ?? '', style.dim(t.homepage ?? '')]);
        ctx.print(table(rows, { header: ['Tool', 'Lifecycle', 'Licence', 'Homepage'], style }));
      }
      return 0;
    }
    const groups = tax.toolCategories.map((category) => ({
      category,
      tools: tax.tools.filter((t) => t.category === category.id && !t.deprecated && (!lifecycle || (t.lifecycle ?? 'active') === lifecycle)),
    }));
    if (sort === 'name') for (const g of groups) g.tools.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    if (ctx.json) {
      ctx.printJson(groups.flatMap((g) => g.tools.map(toolJson)));
      return 0;
    }
    for (const { category, tools: list } of groups) {
      if (list.length === 0 && lifecycle) continue;
      ctx.print(`${style.bold(category.name)} ${style.dim(`(${category.id}, ${list.length})`)}`);
      ctx.print(wrap(list.map((t) => t.name).join(', ') || '(none)', 100, '  '));
    }
    const total = groups.reduce((n, g) => n + g.tools.length, 0);
    ctx.print(`\n${plural(total, 'tool')} in ${plural(tax.toolCategories.length, 'category', 'categories')}. Details: ml-skills tools --category <id>`);
    return 0;
  },
};
