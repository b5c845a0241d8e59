// Renders the Markdown catalog (docs/catalog/) from a taxonomy: pure, so the catalog test can regenerate it in
// memory and compare. scripts/docs.ts writes it.
import type { Dataset, Domain, Entity, Metric, Skill, Taxonomy, Tool, ToolCategory } from '../src/index.js';

/** The first line of every generated file. */
export const GENERATED = '<!-- generated — do not edit. Made by scripts/docs.ts from data/; run `npm run docs` to update. -->';

/** Escapes text for a Markdown table cell: no pipes or line breaks. */
const cell = (text: string | number | undefined): string => (text === undefined ? '' : String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' '));
/** Escapes text for Markdown prose: characters that would start emphasis, links or HTML. */
const prose = (text: string): string => text.replace(/([\\`*_[\]<>])/g, '\\$1');

/** A table cell: plain text (escaped) or Markdown written for a cell (`{ md }`, kept as is). */
type Cell = string | number | undefined | { readonly md: string };
const md = (text: string): Cell => ({ md: text });
const code = (text: string): Cell => md(`\`${text}\``);

function tableOf(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const render = (c: Cell): string => (typeof c === 'object' ? c.md : cell(c));
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(render).join(' | ')} |`)].join('\n');
}

const link = (url: string | undefined): Cell => (url ? md(`<${url}>`) : '');
const page = (title: string, ...sections: (string | undefined)[]): string =>
  [GENERATED, '', `# ${title}`, ...sections.filter((s): s is string => s !== undefined && s !== '').map((s) => `\n${s}`)].join('\n') + '\n';
const listOf = <T extends Entity>(tax: Taxonomy, ids: readonly string[] | undefined, kind: T['kind']): T[] =>
  (ids ?? []).map((id) => tax.get(id)).filter((e): e is T => e?.kind === kind);
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function sources(e: Entity): string | undefined {
  if (!e.sources?.length) return undefined;
  return ['## Sources', '', ...e.sources.map((s) => `- [${prose(s.title)}](${s.url})`)].join('\n');
}

/** README.md: what the catalog holds and where each part is. */
function index(tax: Taxonomy): string {
  const domains = tax.domains.filter((d) => !d.deprecated);
  const categories = tax.toolCategories.filter((c) => !c.deprecated);
  const intro = [
    `${prose(tax.name)}, data version ${tax.version}${tax.license ? ` (${tax.license})` : ''}: ${count(tax.skills.length, 'skill')}, ${count(tax.tools.length, 'tool')},`,
    `${count(tax.domains.length, 'domain')}, ${count(tax.datasets.length, 'dataset')}, ${count(tax.metrics.length, 'metric')} and ${count(tax.roles.length, 'role')}.`,
    'The same data is available as a typed API (`ml-skills`), as JSON (`ml-skills/data.json`) and from the `ml-skills` command line.',
  ].join('\n');
  const levels = `## Career levels\n\n[The career ladder and the proficiency scale](levels.md): ${tax.careerLevels.map((l) => prose(l.name)).join(' → ')}.`;
  const domainTable = tableOf(
    ['Domain', 'Tasks', 'Techniques', 'Datasets', 'Metrics', 'Prerequisites (all)'],
    domains.map((d) => [md(`[${cell(d.name)}](domains/${d.id}.md)`), d.tasks?.length ?? 0, d.techniques?.length ?? 0, d.datasets?.length ?? 0, d.metrics?.length ?? 0, tax.domainPrerequisites(d.id).length]),
  );
  const toolTable = tableOf(
    ['Tool category', 'Tools', 'What it holds'],
    categories.map((c) => [md(`[${cell(c.name)}](tools/${c.id}.md)`), tax.tools.filter((t) => t.category === c.id).length, c.description]),
  );
  return page('The ml-skills catalog', intro, levels, `## Domains\n\n${domainTable}`, `## Tool categories\n\n${toolTable}`);
}

/** levels.md: the ladder with company levels, and the proficiency scale. */
function levels(tax: Taxonomy): string {
  const companies: string[] = [];
  for (const l of tax.careerLevels) for (const c of l.companyLevels ?? []) if (!companies.includes(c.company)) companies.push(c.company);
  const years = (l: (typeof tax.careerLevels)[number]): string =>
    l.typicalYears ? (l.typicalYears.max === undefined ? `${l.typicalYears.min}+` : `${l.typicalYears.min}–${l.typicalYears.max}`) : '';
  const ladder = tableOf(
    ['Rank', 'Level', 'Id', 'Typical years', 'Scope', ...companies],
    tax.careerLevels.map((l) => [l.rank, l.name, code(l.id), years(l), l.scope, ...companies.map((c) => l.companyLevels?.find((x) => x.company === c)?.levels.join(', ') ?? '')]),
  );
  const details = tax.careerLevels.map((l) =>
    [`### ${prose(l.name)}`, '', prose(l.description), ...(l.responsibilities?.length ? ['', ...l.responsibilities.map((r) => `- ${prose(r)}`)] : [])].join('\n'),
  );
  const scale = tableOf(
    ['Rank', 'Proficiency', 'Id', 'Description', 'Indicators'],
    tax.proficiencyLevels.map((p) => [p.rank, p.name, code(p.id), p.description, (p.indicators ?? []).join('; ')]),
  );
  return page(
    'Career levels and proficiency',
    'Every skill states the proficiency each career level expects of it (`ml-skills skills --level <id>`). Company levels are approximate mappings.',
    `## The career ladder\n\n${ladder}`,
    ...details,
    `## The proficiency scale\n\n${scale}`,
  );
}

/**
 * The prerequisite graph of a domain as a Mermaid flowchart, arrows from what to learn first to what needs it.
 * Readability: prerequisite domains are drawn as one node (their own page has their graph), and an arrow is left
 * out when a longer chain already implies it (a transitive reduction).
 */
function mermaid(tax: Taxonomy, domain: Domain): string {
  type Node = Skill | Domain;
  const nodes = new Map<string, Node>([[domain.id, domain]]);
  const stack: Node[] = [domain];
  const direct = (n: Node): string[] => (n !== domain && n.kind === 'domain' ? [] : (n.prerequisites ?? []).filter((id) => ['skill', 'domain'].includes(tax.get(id)?.kind ?? '')));
  while (stack.length) {
    for (const id of direct(stack.pop()!)) {
      if (nodes.has(id)) continue;
      const e = tax.get(id) as Node;
      nodes.set(id, e);
      stack.push(e);
    }
  }
  const below = new Map<string, Set<string>>(); // everything each node builds on
  const reach = (id: string): Set<string> => {
    let set = below.get(id);
    if (set) return set;
    set = new Set();
    below.set(id, set);
    for (const p of direct(nodes.get(id)!)) {
      set.add(p);
      for (const q of reach(p)) set.add(q);
    }
    return set;
  };
  // Nodes in learning order, so that the diagram's source reads foundations first too.
  const order = new Map(tax.domainPrerequisites(domain.id).map((s, i) => [s.entity.id, i]));
  const names = [...nodes.keys()].sort((a, b) => (a === domain.id ? -1 : b === domain.id ? 1 : order.get(a)! - order.get(b)!));
  const key = (id: string): string => `n${names.indexOf(id)}`;
  const label = (n: Node): string => n.name.replace(/"/g, '#quot;');
  const lines = ['```mermaid', 'flowchart LR'];
  for (const id of names) lines.push(`  ${key(id)}${nodes.get(id)!.kind === 'domain' ? `(["${label(nodes.get(id)!)}"])` : `["${label(nodes.get(id)!)}"]`}`);
  for (const id of names) {
    const n = nodes.get(id)!;
    const ps = direct(n);
    for (const p of ps) if (!ps.some((q) => q !== p && reach(q).has(p))) lines.push(`  ${key(p)} --> ${key(id)}`);
  }
  lines.push('  classDef domain fill:#e8f0fe,stroke:#1a73e8', `  class ${[...nodes.values()].filter((n) => n.kind === 'domain').map((n) => key(n.id)).join(',')} domain`, '```');
  return lines.join('\n');
}

function domainPage(tax: Taxonomy, d: Domain): string {
  const steps = tax.domainPrerequisites(d.id);
  const otherDomains = steps.filter((s) => s.entity.kind === 'domain').map((s) => `[${prose(s.entity.name)}](${s.entity.id}.md)`);
  const prerequisites = steps.length
    ? [
        '## Prerequisites',
        '',
        `What to learn first — ${count(steps.length, 'skill or domain', 'skills and domains')} in all. An arrow points from a prerequisite to what needs it; arrows implied by a longer chain are left out${otherDomains.length ? `, and the prerequisites of ${otherDomains.join(', ')} are on ${otherDomains.length === 1 ? 'its page' : 'their pages'}` : ''}.`,
        '',
        mermaid(tax, d),
        '',
        `In learning order, foundations first (\`ml-skills prereqs ${d.id} --order\`):`,
        '',
        steps.map((s, i) => `${i + 1}. ${s.entity.kind === 'domain' ? `[${prose(s.entity.name)}](${s.entity.id}.md)` : prose(s.entity.name)}`).join('\n'),
      ].join('\n')
    : undefined;
  const skillTable = (title: string, list: Skill[]): string | undefined =>
    list.length ? `## ${title}\n\n${tableOf(['Name', 'Id', 'Description'], list.map((s) => [s.name, code(s.id), s.description]))}` : undefined;
  const datasets = listOf<Dataset>(tax, d.datasets, 'dataset');
  const metrics = listOf<Metric>(tax, d.metrics, 'metric');
  const tools = listOf<Tool>(tax, d.tools, 'tool');
  return page(
    d.name,
    prose(d.description),
    d.aliases?.length ? `Also called: ${d.aliases.map(prose).join(', ')}.` : undefined,
    d.applications?.length ? `## Applications\n\n${d.applications.map((a) => `- ${prose(a)}`).join('\n')}` : undefined,
    prerequisites,
    skillTable('Tasks', listOf<Skill>(tax, d.tasks, 'skill')),
    skillTable('Techniques', listOf<Skill>(tax, d.techniques, 'skill')),
    datasets.length ? `## Datasets\n\n${tableOf(['Dataset', 'Year', 'Size', 'Link'], datasets.map((x) => [x.name, x.year, x.size, link(x.url)]))}` : undefined,
    metrics.length
      ? `## Metrics\n\n${tableOf(['Metric', 'Measures', 'Range', 'Higher is better'], metrics.map((m) => [m.name, m.measures, m.range, m.higherIsBetter === undefined ? '' : m.higherIsBetter ? 'yes' : 'no']))}`
      : undefined,
    tools.length ? `## Tools\n\n${tableOf(['Tool', 'Category'], tools.map((t) => [t.name, md(`[${cell(tax.get(t.category)?.name ?? t.category)}](../tools/${t.category}.md)`)]))}` : undefined,
    sources(d),
  );
}

function toolPage(tax: Taxonomy, c: ToolCategory): string {
  const tools = tax.tools.filter((t) => t.category === c.id);
  const parent = c.parent ? tax.get(c.parent) : undefined;
  const children = tax.toolCategories.filter((x) => x.parent === c.id);
  const rows = tools.map((t): Cell[] => [t.name, code(t.id), link(t.homepage), t.license, t.deprecated ? `deprecated${t.deprecated.replacedBy ? `, use ${t.deprecated.replacedBy}` : ''}` : (t.lifecycle ?? 'active')]);
  return page(
    c.name,
    prose(c.description),
    [parent ? `Part of [${prose(parent.name)}](${parent.id}.md).` : '', children.length ? `Sub-categories: ${children.map((x) => `[${prose(x.name)}](${x.id}.md)`).join(', ')}.` : '']
      .filter(Boolean)
      .join(' '),
    tools.length ? `## Tools\n\n${count(tools.length, 'tool')}, most important first (\`ml-skills tools --category ${c.id}\`).\n\n${tableOf(['Tool', 'Id', 'Homepage', 'Licence', 'Lifecycle'], rows)}` : 'No tools yet.',
    sources(c),
  );
}

/**
 * The whole catalog: file paths relative to docs/catalog/ and their Markdown, in a stable order.
 */
export function renderCatalog(tax: Taxonomy): Map<string, string> {
  const files = new Map<string, string>([
    ['README.md', index(tax)],
    ['levels.md', levels(tax)],
  ]);
  for (const d of tax.domains) if (!d.deprecated) files.set(`domains/${d.id}.md`, domainPage(tax, d));
  for (const c of tax.toolCategories) if (!c.deprecated) files.set(`tools/${c.id}.md`, toolPage(tax, c));
  return files;
}
