import type { Command } from '../command.js';
import { plural, table } from '../format.js';

/** `ml-skills domains`: every domain specialisation. */
export const domains: Command = {
  name: 'domains',
  summary: 'the domain specialisations, with how much each holds',
  usage: ['domains [--json]'],
  options: {},
  examples: ['domains', 'domains --json', 'prereqs computer-vision'],
  async run(ctx) {
    const tax = await ctx.taxonomy();
    const list = tax.domains.filter((d) => !d.deprecated);
    if (ctx.json) {
      ctx.printJson(
        list.map((d) => ({
          id: d.id,
          name: d.name,
          description: d.description,
          tasks: d.tasks ?? [],
          techniques: d.techniques ?? [],
          datasets: d.datasets ?? [],
          metrics: d.metrics ?? [],
          prerequisites: d.prerequisites ?? [],
          tools: d.tools ?? [],
        })),
      );
      return 0;
    }
    const { style } = ctx;
    const n = (xs: readonly unknown[] | undefined): string => String(xs?.length ?? 0);
    const rows = list.map((d) => [d.id, d.name, n(d.tasks), n(d.techniques), n(d.datasets), n(d.metrics), n(d.prerequisites)]);
    ctx.print(`${plural(list.length, 'domain')} in ${tax.name}`);
    if (rows.length) ctx.print(table(rows, { header: ['Id', 'Name', 'Tasks', 'Techniques', 'Datasets', 'Metrics', 'Prerequisites'], style }));
    ctx.print(`\nDetails: ml-skills show <id>; what to learn first: ml-skills prereqs <id>`);
    return 0;
  },
};
