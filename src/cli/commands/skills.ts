import type { Command } from '../command.js';
import { entityArg, plural, table, wrap } from '../format.js';
import { UsageError } from '../errors.js';

/** `ml-skills skills`: what a career level expects. */
export const skills: Command = {
  name: 'skills',
  summary: 'the skills a career level expects, deepest first',
  usage: ['skills --level <level> [--role <role>] [--category <category>] [--only-new] [--behaviours] [--json]', 'skills <level> [options]'],
  positionals: true,
  details:
    'Lists every skill the level expects with the proficiency it expects. --only-new keeps what is new at the level or expected deeper than at the level below. Levels, roles and categories are ids, names or aliases.',
  options: {
    level: { type: 'string', short: 'l', value: '<level>', description: 'the career level (entry, mid, senior, staff, principal, distinguished)' },
    role: { type: 'string', short: 'r', value: '<role>', description: 'only the skills this role draws on' },
    category: { type: 'string', short: 'c', value: '<category>', description: 'only skills of this category (and its sub-categories)' },
    'min-proficiency': { type: 'string', value: '<proficiency>', description: 'only expectations at or above this proficiency' },
    'only-new': { type: 'boolean', short: 'n', description: 'only what is new or deeper than at the level below' },
    behaviours: { type: 'boolean', short: 'b', description: 'show the behaviours that show each skill' },
  },
  examples: [
    'skills --level senior',
    'skills --level senior --only-new',
    'skills --level staff --role machine-learning-engineer --category ml-systems-and-mlops',
    'skills --level mid --json',
  ],
  async run(ctx) {
    const tax = await ctx.taxonomy();
    if (ctx.positionals.length > 1) throw new UsageError(`skills: one level at a time, got ${ctx.positionals.map((p) => `'${p}'`).join(', ')}`, 'skills');
    const levelText = ctx.args.string('level') ?? ctx.positionals[0];
    if (levelText === undefined) {
      throw new UsageError(`skills: --level is required (one of: ${tax.careerLevels.map((l) => l.id).join(', ')})`, 'skills');
    }
    const level = entityArg(tax, 'careerLevel', levelText, 'skills', '--level');
    const role = ctx.args.string('role');
    const category = ctx.args.string('category');
    const min = ctx.args.string('min-proficiency');
    const onlyNew = ctx.args.flag('only-new');
    const list = tax.skillsByLevel(level.id, {
      ...(role === undefined ? {} : { role: entityArg(tax, 'role', role, 'skills', '--role').id }),
      ...(category === undefined ? {} : { category: entityArg(tax, 'skillCategory', category, 'skills', '--category').id }),
      ...(min === undefined ? {} : { minProficiency: entityArg(tax, 'proficiencyLevel', min, 'skills', '--min-proficiency').id }),
      onlyNew,
    });
    if (ctx.json) {
      ctx.printJson(
        list.map(({ skill, proficiency, previous, behaviours }) => ({
          id: skill.id,
          name: skill.name,
          category: skill.category,
          proficiency: proficiency.id,
          ...(previous ? { previous: previous.id } : {}),
          behaviours,
        })),
      );
      return 0;
    }
    const { style } = ctx;
    const what = onlyNew ? 'new or deeper than at the level below' : 'expected';
    const filters = [role && `role ${role}`, category && `category ${category}`, min && `at least ${min}`].filter(Boolean).join(', ');
    ctx.print(`${style.bold(level.name)} (${level.id}): ${plural(list.length, 'skill')} ${what}${filters ? ` (${filters})` : ''}`);
    if (list.length === 0) return 0;
    const rows = list.map(({ skill, proficiency, previous }) => [skill.name, style.cyan(proficiency.name), previous ? style.dim(`was ${previous.name}`) : onlyNew ? style.green('new') : '']);
    const [header, ...lines] = table(rows, { header: ['Skill', 'Proficiency', ''], style }).split('\n');
    ctx.print(header!);
    for (const [i, line] of lines.entries()) {
      ctx.print(line);
      if (ctx.args.flag('behaviours')) for (const b of list[i]!.behaviours) ctx.print(style.dim(wrap(`- ${b}`, 100, '      ')));
    }
    return 0;
  },
};
