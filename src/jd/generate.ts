import type { BuiltinIds } from '../generated/ids.js';
import { cloneJson } from '../internal/freeze.js';
import type { IdSet } from '../taxonomy/entities.js';
import { type Context, createContext } from './context.js';
import { domainPart } from './domain.js';
import { type JobDescriptionOptions, resolveOptions } from './options.js';
import { requirementFor, skillRequirement } from './phrases.js';
import { postingFacts } from './posting.js';
import { roleSkillRequirements } from './role-skills.js';
import { article, enumerate, formatNumber, lowerFirst, sentence, stripStop, tidy, titleCase } from './text.js';
import { toolGroups, toolRequirements } from './tools.js';
import type { ExperienceRequirement, JobDescription, Requirement } from './types.js';

/** The level's name without a trailing "engineer": "Senior engineer" → "Senior", "Engineer" → "". */
function levelPrefix(ctx: Context): string {
  return tidy(ctx.level.name.replace(/\s*\bengineer\s*$/i, ''));
}

/** Domains the role's own name does not already say ("Computer vision engineer" needs no ", Computer Vision"). */
function titleDomains(ctx: Context): string[] {
  const role = ` ${ctx.role.name.toLowerCase()} `;
  const named = (d: (typeof ctx.domains)[number]) =>
    [d.name, ...(d.aliases ?? [])].some((n) => role.includes(` ${n.toLowerCase()} `));
  const rest = ctx.domains.filter((d) => !named(d));
  return rest.length <= 2 ? rest.map((d) => titleCase(d.name)) : [];
}

function title(ctx: Context): string {
  const prefix = levelPrefix(ctx);
  const base = `${prefix ? `${titleCase(prefix)} ` : ''}${titleCase(ctx.role.name)}`;
  const domains = titleDomains(ctx);
  return domains.length > 0 ? `${base}, ${enumerate(domains)}` : base;
}

/**
 * The level's typical years. A level that states none (the data gives years only where postings back them) asks at
 * least for the minimum of the nearest level below that does: a principal has at least a staff engineer's years.
 */
function experience(ctx: Context): ExperienceRequirement | undefined {
  let years = ctx.level.typicalYears;
  if (!years) {
    const below = ctx.tax.careerLevels.filter((l) => l.rank < ctx.level.rank && l.typicalYears && !l.deprecated);
    const min = below[below.length - 1]?.typicalYears?.min;
    years = min === undefined ? undefined : { min };
  }
  if (!years || (years.min === 0 && years.max === undefined)) return undefined;
  return { minYears: years.min, ...(years.max !== undefined ? { maxYears: years.max } : {}), months: Math.round(years.min * 12) };
}

function experienceRequirement(ctx: Context, exp: ExperienceRequirement): Requirement {
  const as = `as ${article(ctx.say(ctx.role.name))} ${ctx.say(ctx.role.name)}`;
  const text =
    exp.minYears > 0
      ? `${formatNumber(exp.minYears)}+ years of industry experience ${as} or in a similar role`
      : `${formatNumber(exp.minYears)}–${formatNumber(exp.maxYears ?? 0)} years of industry experience ${as}; internships and research projects count`;
  return { text: sentence(text), source: 'experience', terms: [] };
}

function summary(ctx: Context): string[] {
  const first: string[] = [];
  const company = ctx.posting.company?.name;
  const prefix = levelPrefix(ctx);
  const who = `${prefix ? `${lowerFirst(prefix)} ` : ''}${ctx.say(ctx.role.name)}`;
  if (company) first.push(`${company} is hiring ${article(who)} ${who}.`);
  const pitch = ctx.role.summary ?? ctx.role.description;
  first.push(sentence(pitch));

  const second: string[] = [];
  if (ctx.level.scope) second.push(sentence(`In this position, your scope is ${lowerFirst(stripStop(tidy(ctx.level.scope)))}`));
  if (ctx.domains.length > 0) second.push(sentence(`You will work on ${enumerate(ctx.domains.map((d) => ctx.say(d.name)))}`));
  return [first.join(' '), ...(second.length > 0 ? [second.join(' ')] : [])];
}

/** The same requirement twice (by its terms, or its text when free) is kept once, first place wins. */
function dedupe(lists: readonly Requirement[][]): Requirement[][] {
  const seen = new Set<string>();
  return lists.map((list) =>
    list.filter((r) => {
      const key = r.terms.length > 0 ? r.terms.map((t) => t.id).join('+') : `text:${r.text.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}

/**
 * Builds a job description from the taxonomy: title, summary, responsibilities, required and preferred
 * qualifications tied to taxonomy ids with the proficiency the level expects, the tool stack by category, what each
 * domain brings, the experience the level implies and metadata. Deterministic: the same options give the same
 * result, byte for byte, on every machine. Render it with {@link renderJobDescription}.
 *
 * @param options - Role, level, domains, emphasis, extra qualifications, counts and the posting's details; see
 *   {@link JobDescriptionOptions}.
 * @throws TypeError for options of the wrong type; RangeError for unknown roles, levels, domains, skills or tools
 *   (naming the option, e.g. `options.emphasize[1]`, with the closest valid ones) and for malformed dates, salaries
 *   and counts.
 * @example
 * ```ts
 * import { generateJobDescription, renderJobDescription } from 'ml-skills';
 *
 * const jd = generateJobDescription({ level: 'senior', domains: ['speech-recognition'], company: 'Acme' });
 * jd.title; // 'Senior Machine Learning Engineer, Speech Recognition'
 * jd.requirements.required[0]?.text; // '5+ years of industry experience as a machine learning engineer or in a similar role.'
 * const markdown = renderJobDescription(jd, 'markdown');
 * ```
 * @category Job descriptions
 */
export function generateJobDescription<I extends IdSet = BuiltinIds>(options?: JobDescriptionOptions<I>): JobDescription {
  const ctx = createContext(resolveOptions(options));
  const { tax, role, level, counts } = ctx;

  // Asked for explicitly: emphasised skills and tools, then must-haves; the role's skills do not repeat them.
  const asked = new Set<string>([
    ...ctx.emphasize.map((e) => e.id),
    ...[...ctx.mustHave, ...ctx.niceToHave].flatMap((m) => ('entity' in m ? [m.entity.id] : [])),
  ]);
  const emphasisSkills = ctx.emphasize.filter((e) => e.kind === 'skill').map((s) => skillRequirement(ctx, s, 'emphasis'));
  const mustHave = ctx.mustHave.map((m) => requirementFor(ctx, m, 'must-have'));
  const niceToHave = ctx.niceToHave.map((m) => requirementFor(ctx, m, 'nice-to-have'));
  const roleSkills = roleSkillRequirements(ctx, asked);
  // Domain lines skip what is already asked for, so a speech engineer's own CTC requirement is not said twice.
  const taken = new Set([...asked, ...roleSkills.requiredSkills.map((s) => s.id), ...roleSkills.preferredSkills.map((s) => s.id)]);
  const domains = ctx.domains.map((d) => domainPart(ctx, d, taken));
  const groups = toolGroups(ctx, {
    requiredSkills: [...roleSkills.requiredSkills, ...domains.flatMap((d) => d.skills)],
    preferredSkills: roleSkills.preferredSkills,
  });
  const tools = toolRequirements(ctx, groups);
  const exp = experience(ctx);

  // Responsibilities: the level's (scope, ownership, mentoring) first, then the role's, then one per domain; the
  // role's give way when the count is short.
  const levelResp = (level.responsibilities ?? []).map(sentence).slice(0, counts.responsibilities);
  const domainResp = domains.map((d) => d.responsibility).slice(0, Math.max(0, counts.responsibilities - levelResp.length));
  const roleResp = (role.responsibilities ?? []).map(sentence).slice(0, Math.max(0, counts.responsibilities - levelResp.length - domainResp.length));
  const responsibilities = [...new Set([...levelResp, ...roleResp, ...domainResp])];

  const [required, preferred] = dedupe([
    [
      ...(exp ? [experienceRequirement(ctx, exp)] : []),
      ...emphasisSkills,
      ...tools.filter((t) => t.source === 'emphasis'),
      ...mustHave,
      ...roleSkills.required,
      ...domains.flatMap((d) => d.required),
      ...tools.filter((t) => t.source === 'tools'),
    ],
    [
      ...niceToHave,
      ...roleSkills.preferred,
      ...domains.flatMap((d) => d.preferred),
      ...otherDomains(ctx),
    ],
  ]) as [Requirement[], Requirement[]];

  const knowledge = domains.map((d) => d.knowledge);
  const ids = new Set<string>([role.id, level.id, ...ctx.domains.map((d) => d.id)]);
  for (const r of [...required, ...preferred]) for (const t of r.terms) ids.add(t.id);
  for (const g of groups) {
    ids.add(g.category.id);
    for (const t of g.tools) ids.add(t.id);
  }
  for (const k of knowledge) for (const x of [...k.tasks, ...k.techniques, ...k.datasets, ...k.metrics]) ids.add(x.id);

  return {
    title: title(ctx),
    role: { id: role.id, name: role.name },
    level: { id: level.id, name: level.name },
    domains: ctx.domains.map((d) => ({ id: d.id, name: d.name })),
    summary: summary(ctx),
    responsibilities,
    requirements: { required, preferred },
    tools: groups,
    domainKnowledge: knowledge,
    ...(exp ? { experience: exp } : {}),
    posting: cloneJson(ctx.posting),
    facts: postingFacts(ctx.posting),
    occupations: {
      onetSoc: (role.crosswalks?.onetSoc ?? []).map((c) => c.code),
      isco08: (role.crosswalks?.isco08 ?? []).map((c) => c.code),
    },
    metadata: {
      taxonomy: { id: tax.id, name: tax.name, version: tax.version },
      // Ids are ASCII kebab-case: code-unit order is the same everywhere.
      ids: [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    },
  };
}

/** Without domains, the role's usual domains as a plus: "Experience in recommender systems or search and ranking". */
function otherDomains(ctx: Context): Requirement[] {
  if (ctx.domains.length > 0) return [];
  const domains = (ctx.role.domains ?? [])
    .map((id) => ctx.tax.get(id))
    .filter((d): d is Extract<typeof d, { kind: 'domain' }> => d?.kind === 'domain' && !d.deprecated)
    .slice(0, Math.max(0, ctx.counts.perDomain));
  if (domains.length === 0) return [];
  return [
    {
      text: sentence(`Experience in ${enumerate(domains.map((d) => ctx.say(d.name)), 'or')}`),
      source: 'domain',
      terms: domains.map((d) => ({ id: d.id, kind: 'domain' as const, name: d.name })),
    },
  ];
}
