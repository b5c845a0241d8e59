import type { Entity, Taxonomy } from '../api.js';
import { didYouMean } from '../../internal/suggest.js';
import { kindWords } from '../../internal/kind-words.js';
import type { Command } from '../command.js';
import type { Style } from '../io.js';
import { nameOf, wrap } from '../format.js';
import { UsageError } from '../errors.js';


/** The fields of an entity worth showing, as label and text lines, by kind. */
function fields(tax: Taxonomy, e: Entity): [string, string | readonly string[] | undefined][] {
  const names = (ids: readonly string[] | undefined): string[] | undefined => ids?.map((id) => nameOf(tax, id));
  switch (e.kind) {
    case 'careerLevel':
      return [
        ['Rank', String(e.rank)],
        ['Typical years', e.typicalYears && `${e.typicalYears.min}${e.typicalYears.max === undefined ? '+' : `–${e.typicalYears.max}`}`],
        ['Scope', e.scope],
        ['Responsibilities', e.responsibilities],
        ['Company levels', e.companyLevels?.map((c) => `${c.company}: ${c.levels.join(', ')}`)],
      ];
    case 'proficiencyLevel':
      return [
        ['Rank', String(e.rank)],
        ['Indicators', e.indicators],
      ];
    case 'skillCategory':
    case 'toolCategory':
      return [['Parent', e.parent && nameOf(tax, e.parent)]];
    case 'skill':
      return [
        ['Category', nameOf(tax, e.category)],
        ['Type', e.type],
        ['Prerequisites', names(e.prerequisites)],
        ['Needed for', tax.dependentsOf(e.id).map((d) => d.name)],
        ['Tools', names(e.tools)],
        ['Expected', e.expectations?.map((x) => `${nameOf(tax, x.level)}: ${nameOf(tax, x.proficiency)}`)],
      ];
    case 'tool':
      return [
        ['Category', nameOf(tax, e.category)],
        ['Homepage', e.homepage],
        ['Licence', e.license],
        ['Lifecycle', e.lifecycle ?? 'active'],
        ['Superseded by', e.supersededBy && nameOf(tax, e.supersededBy)],
        ['Languages', names(e.languages)],
        ['Skills', names(e.skills)],
      ];
    case 'domain':
      return [
        ['Applications', e.applications],
        ['Tasks', names(e.tasks)],
        ['Techniques', names(e.techniques)],
        ['Datasets', names(e.datasets)],
        ['Metrics', names(e.metrics)],
        ['Prerequisites', names(e.prerequisites)],
        ['Tools', names(e.tools)],
      ];
    case 'dataset':
      return [
        ['Year', e.year === undefined ? undefined : String(e.year)],
        ['Size', e.size],
        ['Link', e.url],
        ['Licence', e.license],
        ['Domains', names(e.domains)],
        ['Tasks', names(e.tasks)],
      ];
    case 'metric':
      return [
        ['Measures', e.measures],
        ['Formula', e.formula],
        ['Range', e.range],
        ['Higher is better', e.higherIsBetter === undefined ? undefined : e.higherIsBetter ? 'yes' : 'no'],
        ['Domains', names(e.domains)],
      ];
    case 'role':
      return [
        ['Summary', e.summary],
        ['Responsibilities', e.responsibilities],
        ['Core skills', e.skills?.filter((s) => s.importance === 'core').map((s) => nameOf(tax, s.skill))],
        ['Supporting skills', e.skills?.filter((s) => s.importance === 'supporting').map((s) => nameOf(tax, s.skill))],
        ['Domains', names(e.domains)],
        ['Tool categories', names(e.toolCategories)],
      ];
  }
}

/** Lists are joined on one wrapped line when short items, one per line when sentences. */
function renderField(label: string, value: string | readonly string[], style: Style): string[] {
  const head = style.bold(label);
  if (typeof value === 'string') return [`${head}: ${value}`];
  if (value.length === 0) return [];
  if (value.some((v) => v.length > 40)) return [`${head}:`, ...value.map((v) => wrap(`- ${v}`, 100, '  '))];
  return [`${head}:`, wrap(value.join(', '), 100, '  ')];
}

function render(tax: Taxonomy, e: Entity, style: Style): string {
  const out = [`${style.bold(e.name)} ${style.dim(`(${kindWords(e.kind)}, ${e.id})`)}`];
  if (e.deprecated) out.push(style.yellow(`Deprecated since ${e.deprecated.since}${e.deprecated.replacedBy ? `, replaced by ${e.deprecated.replacedBy}` : ''}${e.deprecated.reason ? `: ${e.deprecated.reason}` : ''}`));
  if (e.aliases?.length) out.push(style.dim(`Also: ${e.aliases.join(', ')}`));
  out.push('', wrap(e.description, 100, ''), '');
  for (const [label, value] of fields(tax, e)) if (value !== undefined) out.push(...renderField(label, value, style));
  if (e.sources?.length) out.push(style.bold('Sources') + ':', ...e.sources.map((s) => `  - ${s.title}: ${style.dim(s.url)}`));
  const crosswalks = Object.entries(e.crosswalks ?? {}).map(([scheme, codes]) => `${scheme}: ${(codes as readonly { code: string }[]).map((c) => c.code).join(', ')}`);
  if (crosswalks.length) out.push(style.bold('Crosswalks') + ':', ...crosswalks.map((c) => `  ${c}`));
  return out.join('\n');
}

/** `ml-skills show <id>`: one entity in full. */
export const show: Command = {
  name: 'show',
  summary: 'one skill, tool, domain, level, role, dataset or metric in full',
  usage: ['show <id|name|alias> [--json]'],
  details: 'Finds the entity by id, name or alias (ignoring case and punctuation) and prints everything about it. Deprecated ids lead to their replacement. --json prints the entity as the data holds it.',
  positionals: true,
  options: {},
  examples: ['show pytorch', 'show sklearn', 'show senior', 'show computer-vision --json'],
  async run(ctx) {
    const tax = await ctx.taxonomy();
    const text = ctx.positionals.join(' ').trim();
    if (text === '') throw new UsageError('show: give an id, name or alias, e.g. ml-skills show pytorch', 'show');
    const hit = tax.lookup(text);
    if (!hit) {
      const ids = [...tax.entities()].filter((e) => !e.deprecated).map((e) => e.id);
      const near = didYouMean(text, ids);
      const searchHint = near ? '' : ` (try ml-skills search ${text.includes(' ') ? `"${text}"` : text})`;
      throw new RangeError(`show: nothing has the id, name or alias '${text}'${near}${searchHint}`);
    }
    if (hit.replaced.length) ctx.io.stderr.write(`note: '${hit.replaced[0]}' is deprecated; showing its replacement '${hit.entity.id}'\n`);
    if (ctx.json) ctx.printJson(hit.entity);
    else ctx.print(render(tax, hit.entity, ctx.style));
    return 0;
  },
};
