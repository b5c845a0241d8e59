import type { Taxonomy } from '../api.js';
import type { Command } from '../command.js';
import type { Style } from '../io.js';
import { plural, table } from '../format.js';

/** What a taxonomy holds, in a few lines, and what is new at senior level (or the level nearest to it). */
export function summaryText(tax: Taxonomy, style: Style): string {
  const lines = [
    `${style.bold(tax.name)} — data v${tax.version}`,
    `${plural(tax.skills.length, 'skill')} in ${plural(tax.skillCategories.length, 'category', 'categories')}, ${plural(tax.tools.length, 'tool')} in ${plural(tax.toolCategories.length, 'category', 'categories')},`,
    `${plural(tax.domains.length, 'domain')}, ${plural(tax.datasets.length, 'dataset')}, ${plural(tax.metrics.length, 'metric')}, ${plural(tax.roles.length, 'role')}, ${plural(tax.careerLevels.length, 'career level')}.`,
  ];
  if (tax.careerLevels.length) lines.push('', `Career ladder: ${tax.careerLevels.map((l) => l.name).join(' → ')}`);
  const level = tax.careerLevels.find((l) => l.id === 'senior') ?? tax.careerLevels[Math.floor(tax.careerLevels.length / 2)];
  const fresh = level ? tax.skillsByLevel(level.id, { onlyNew: true }) : [];
  if (level && fresh.length) {
    lines.push('', `New or deeper at ${level.name} level:`);
    lines.push(table(fresh.slice(0, 12).map(({ skill, proficiency }) => [skill.name, style.cyan(proficiency.name)]), { style }));
    if (fresh.length > 12) lines.push(style.dim(`  … and ${fresh.length - 12} more: ml-skills skills --level ${level.id} --only-new`));
  }
  return lines.join('\n');
}

/** `ml-skills summary`: what the taxonomy holds. */
export const summary: Command = {
  name: 'summary',
  summary: 'what the taxonomy holds, and what is new at senior level',
  usage: ['summary [--json]'],
  options: {},
  examples: ['summary', 'summary --taxonomy my-taxonomy.json', 'summary --json'],
  async run(ctx) {
    const tax = await ctx.taxonomy();
    if (ctx.json) {
      ctx.printJson({
        id: tax.id,
        name: tax.name,
        version: tax.version,
        counts: {
          careerLevels: tax.careerLevels.length,
          proficiencyLevels: tax.proficiencyLevels.length,
          skillCategories: tax.skillCategories.length,
          skills: tax.skills.length,
          toolCategories: tax.toolCategories.length,
          tools: tax.tools.length,
          domains: tax.domains.length,
          datasets: tax.datasets.length,
          metrics: tax.metrics.length,
          roles: tax.roles.length,
        },
        careerLevels: tax.careerLevels.map((l) => l.id),
      });
      return 0;
    }
    ctx.print(summaryText(tax, ctx.style));
    return 0;
  },
};
