// What a domain brings: its tasks and techniques as the level expects them, its benchmarks and metrics, and one
// responsibility. A speech posting asks for filterbank features and CTC; a vision one for detection and segmentation.
import type { Domain, Skill } from '../taxonomy/entities.js';
import { type Context, isLowest, skillTerm } from './context.js';
import { lead } from './phrases.js';
import { asModifier, enumerate, sentence, stripStop, lowerFirst, tidy } from './text.js';
import type { DomainKnowledge, JobDescriptionRef, Requirement } from './types.js';

/** The domain's part of the posting. */
export interface DomainPart {
  readonly knowledge: DomainKnowledge;
  readonly required: Requirement[];
  readonly preferred: Requirement[];
  readonly responsibility: string;
  /** Skills it asks for (they decide which tools matter). */
  readonly skills: Skill[];
}

const ref = (e: { id: string; name: string }): JobDescriptionRef => ({ id: e.id, name: e.name });

/** Live skills of a list of ids, deepest expectation at the level first, then the domain's own order. */
function rankedSkills(ctx: Context, ids: readonly string[] | undefined): Skill[] {
  const skills: Skill[] = [];
  for (const id of ids ?? []) {
    const s = ctx.tax.get(id);
    if (s?.kind === 'skill' && !s.deprecated && !skills.includes(s)) skills.push(s);
  }
  const rank = (s: Skill) => ctx.expected.get(s.id)?.proficiency.rank ?? -1;
  return skills.map((s, i) => [s, i] as const).sort((a, b) => rank(b[0]) - rank(a[0]) || a[1] - b[1]).map(([s]) => s);
}

/**
 * Splits ranked skills into the line a posting requires and the rest. The required line takes the deepest group,
 * topped up with the next groups until it has three items; its lead claims only the shallowest proficiency it holds.
 */
function split(ctx: Context, skills: readonly Skill[], max: number): { top: Skill[]; rest: Skill[] } {
  // Required: what the level expects above the lowest proficiency, or — in data without expectations — any skill.
  // A skill the data expects only at other levels is a plus here.
  const rated = skills.filter((s) => {
    const e = ctx.expected.get(s.id);
    return e ? !isLowest(ctx, e.proficiency) : !s.expectations?.length;
  });
  const top: Skill[] = [];
  for (const s of rated) {
    const rank = ctx.expected.get(s.id)?.proficiency.rank;
    const prevRank = top.length > 0 ? ctx.expected.get(top[top.length - 1]!.id)?.proficiency.rank : rank;
    if (top.length >= max || (top.length >= 3 && rank !== prevRank)) break;
    top.push(s);
  }
  return { top, rest: skills.filter((s) => !top.includes(s)) };
}

function skillLine(ctx: Context, head: string, skills: readonly Skill[]): Requirement {
  const shallowest = skills.map((s) => ctx.expected.get(s.id)?.proficiency).reduce((a, b) => (a && b ? (b.rank < a.rank ? b : a) : undefined));
  const names = enumerate(skills.map((s) => ctx.say(s.name)));
  return {
    text: sentence(`${lead(ctx, shallowest)} ${head} ${names}`),
    source: 'domain',
    terms: skills.map((s) => skillTerm(ctx, s)),
  };
}

/** Builds the domain's knowledge, qualification lines and responsibility. */
export function domainPart(ctx: Context, domain: Domain, taken: ReadonlySet<string>): DomainPart {
  const n = ctx.counts.perDomain;
  const name = ctx.say(domain.name);
  const modifier = asModifier(name);
  const tasks = rankedSkills(ctx, domain.tasks);
  const techniques = rankedSkills(ctx, domain.techniques);
  const fresh = (list: readonly Skill[]) => list.filter((s) => !taken.has(s.id));
  const live = <K extends 'dataset' | 'metric'>(kind: K, ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => ctx.tax.get(id)).filter((e): e is NonNullable<typeof e> => e?.kind === kind && !e.deprecated);
  const datasets = live('dataset', domain.datasets);
  const metrics = live('metric', domain.metrics);

  const required: Requirement[] = [];
  const preferred: Requirement[] = [];
  const asked: Skill[] = [];
  if (n > 0) {
    for (const [list, what] of [[fresh(tasks), 'tasks'], [fresh(techniques), 'techniques']] as const) {
      const { top, rest } = split(ctx, list, n);
      if (top.length > 0) required.push(skillLine(ctx, `${modifier} ${what} such as`, top));
      const more = rest.slice(0, n);
      if (more.length > 0) preferred.push(skillLine(ctx, `${top.length > 0 ? 'further ' : ''}${modifier} ${what} such as`, more));
      asked.push(...top, ...more);
    }
    const k = Math.min(3, n);
    const ds = datasets.slice(0, k);
    const ms = metrics.slice(0, k);
    const parts = [
      ...(ds.length > 0 ? [`standard ${modifier} benchmarks such as ${enumerate(ds.map((d) => d.name))}`] : []),
      ...(ms.length > 0 ? [`${ds.length > 0 ? 'of ' : ''}metrics such as ${enumerate(ms.map((m) => ctx.say(m.name)))}`] : []),
    ];
    if (parts.length > 0) {
      required.push({
        text: sentence(`Knowledge of ${parts.join(', and ')}`),
        source: 'domain',
        terms: [...ds.map((d) => ({ id: d.id, kind: 'dataset' as const, name: d.name })), ...ms.map((m) => ({ id: m.id, kind: 'metric' as const, name: m.name }))],
      });
    }
  }

  const use = domain.applications?.[0];
  const measured = metrics.slice(0, 2).map((m) => ctx.say(m.name));
  const responsibility = sentence(
    `Apply ${name} to ${use ? `products such as ${lowerFirst(stripStop(tidy(use)))}` : "the team's products"}` +
      (measured.length > 0 ? `, and measure the results with ${enumerate(measured)}` : ''),
  );

  // The overview lists more than the qualifications do, but stays a glance: twice the line count, fewer uses.
  const cap = n * 2;
  const shownTasks = tasks.slice(0, cap);
  const shownTechniques = techniques.slice(0, cap);
  const shownDatasets = datasets.slice(0, n);
  const shownMetrics = metrics.slice(0, n);
  const applications = (domain.applications ?? []).slice(0, Math.min(n, 3)).map(tidy);
  const listed = (xs: readonly { name: string }[], say: (name: string) => string) => {
    const names = xs.map((x, i) => (i === 0 ? x.name : say(x.name)));
    return enumerate(names);
  };
  const lines = [
    { label: 'Tasks', value: listed(shownTasks, ctx.say) },
    { label: 'Techniques', value: listed(shownTechniques, ctx.say) },
    { label: 'Benchmarks', value: listed(shownDatasets, (x) => x) },
    { label: 'Metrics', value: listed(shownMetrics, ctx.say) },
    // Uses are phrases with their own "and"s: semicolons keep them apart.
    { label: 'Applications', value: applications.map((a, i) => (i === 0 ? a : lowerFirst(a))).join('; ') },
  ].filter((l) => l.value !== '');
  return {
    knowledge: {
      domain: ref(domain),
      tasks: shownTasks.map((s) => skillTerm(ctx, s)),
      techniques: shownTechniques.map((s) => skillTerm(ctx, s)),
      datasets: shownDatasets.map(ref),
      metrics: shownMetrics.map(ref),
      applications,
      lines,
    },
    required,
    preferred,
    responsibility,
    skills: asked,
  };
}
