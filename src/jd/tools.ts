// The tool stack: tools scored by why the posting needs them (emphasised, characteristic of a domain, used by a
// skill it asks for, first in one of the role's categories), grouped by category, most relevant first.
import type { Skill, Tool } from '../taxonomy/entities.js';
import type { Context } from './context.js';
import { enumerate, sentence } from './text.js';
import type { Requirement, ToolGroup } from './types.js';

/** The skills the posting asks for, to weigh the tools they use. */
export interface ToolSignals {
  readonly requiredSkills: readonly Skill[];
  readonly preferredSkills: readonly Skill[];
}

/**
 * Scores every candidate tool; higher is more relevant. Tiers, each outweighing the next: emphasised; listed by a
 * domain (earlier first); among the first three of one of the role's categories; then a tie-break by how many of the
 * asked-for skills use it. Skills only reorder: a tool no domain or role category brings is not added for them, so
 * a statistics skill does not put R in a speech posting.
 */
function scoreTools(ctx: Context, signals: ToolSignals): Map<Tool, number> {
  const tool = (id: string): Tool | undefined => {
    const t = ctx.tax.get(id);
    return t?.kind === 'tool' && !t.deprecated ? t : undefined;
  };
  const scores = new Map<Tool, number>();
  const add = (t: Tool | undefined, points: number, allowLegacy = false) => {
    if (!t || (t.lifecycle === 'legacy' && !allowLegacy)) return;
    scores.set(t, (scores.get(t) ?? 0) + points);
  };
  for (const t of ctx.emphasize) if (t.kind === 'tool') add(t, 1e9, true);
  ctx.domains.forEach((d, di) => (d.tools ?? []).forEach((id, i) => add(tool(id), 1e6 * Math.max(1, 100 - 10 * di - i))));
  for (const category of ctx.role.toolCategories ?? []) {
    if (ctx.tax.get(category)?.kind !== 'toolCategory') continue;
    ctx.tax.toolsByCategory(category).slice(0, 3).forEach((t, i) => add(t, 1e4 * (3 - i)));
  }
  const uses = (skills: readonly Skill[], points: number) => {
    for (const s of skills) for (const id of s.tools ?? []) {
      const t = tool(id);
      if (t && scores.has(t)) add(t, points);
    }
  };
  uses(ctx.emphasize.filter((e): e is Skill => e.kind === 'skill'), 3);
  uses(signals.requiredSkills, 2);
  uses(signals.preferredSkills, 1);
  return scores;
}

/** The tool groups of the posting. */
export function toolGroups(ctx: Context, signals: ToolSignals): ToolGroup[] {
  const scores = scoreTools(ctx, signals);
  const order = new Map(ctx.tax.tools.map((t, i) => [t.id, i]));
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || order.get(a[0].id)! - order.get(b[0].id)!);
  const groups = new Map<string, Tool[]>();
  for (const [t] of ranked) {
    const list = groups.get(t.category);
    if (list) list.push(t);
    else groups.set(t.category, [t]);
  }
  const out: ToolGroup[] = [];
  for (const [categoryId, tools] of groups) {
    if (out.length >= ctx.counts.toolCategories) break;
    const category = ctx.tax.get(categoryId);
    const shown = tools.slice(0, ctx.counts.toolsPerCategory);
    if (category?.kind !== 'toolCategory' || shown.length === 0) continue;
    out.push({ category: { id: category.id, name: category.name }, tools: shown.map((t) => ({ id: t.id, name: t.name })) });
  }
  return out;
}

/**
 * Tool qualifications: the emphasised tools together, then the two leading categories as alternatives
 * ("Hands-on experience with PyTorch or TensorFlow").
 */
export function toolRequirements(ctx: Context, groups: readonly ToolGroup[]): Requirement[] {
  const out: Requirement[] = [];
  const said = new Set<string>();
  const emphasised = ctx.emphasize.filter((e): e is Tool => e.kind === 'tool');
  if (emphasised.length > 0) {
    out.push({
      text: sentence(`Hands-on experience with ${enumerate(emphasised.map((t) => t.name))}`),
      source: 'emphasis',
      terms: emphasised.map((t) => ({ id: t.id, kind: 'tool' as const, name: t.name })),
    });
    for (const t of emphasised) said.add(t.id);
  }
  for (const g of groups) {
    if (out.length >= 2 + (emphasised.length > 0 ? 1 : 0)) break;
    const tools = g.tools.filter((t) => !said.has(t.id)).slice(0, 2);
    if (tools.length === 0) continue;
    for (const t of tools) said.add(t.id);
    out.push({
      text: sentence(`Hands-on experience with ${enumerate(tools.map((t) => t.name), 'or')}`),
      source: 'tools',
      terms: tools.map((t) => ({ id: t.id, kind: 'tool' as const, name: t.name })),
    });
  }
  return out;
}
