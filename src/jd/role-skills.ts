// The role's skills as the level expects them: core skills become requirements, supporting ones a plus, and what
// is new or raised at this level comes first — so a staff posting asks for different things than an entry one.
import type { Skill } from '../taxonomy/entities.js';
import { type Context, type Expected, isLowest, skillTerm } from './context.js';
import { lead, skillRequirement } from './phrases.js';
import { enumerate, sentence } from './text.js';
import type { Requirement } from './types.js';

/** The role's skill requirements at the level. */
export interface RoleSkillRequirements {
  readonly required: Requirement[];
  readonly preferred: Requirement[];
  /** The skills used, required first (they decide which tools matter). */
  readonly requiredSkills: Skill[];
  readonly preferredSkills: Skill[];
}

interface Candidate {
  readonly skill: Skill;
  readonly core: boolean;
  readonly expected: Expected;
  readonly order: number;
}

/** New or raised first, then deepest, then the biggest rise, then the role's own order (its data lists core first). */
function byLevelFocus(a: Candidate, b: Candidate): number {
  return (
    Number(b.expected.isNew) - Number(a.expected.isNew) ||
    b.expected.proficiency.rank - a.expected.proficiency.rank ||
    b.expected.rise - a.expected.rise ||
    a.order - b.order
  );
}

/** Selects and words the role's skills; `exclude` holds skills already asked for (emphasised, must-have). */
export function roleSkillRequirements(ctx: Context, exclude: ReadonlySet<string>): RoleSkillRequirements {
  const candidates: Candidate[] = [];
  (ctx.role.skills ?? []).forEach((entry, order) => {
    const skill = ctx.tax.get(entry.skill);
    const expected = ctx.expected.get(entry.skill);
    // A skill the level does not expect stays out: that is one way levels differ.
    if (skill?.kind !== 'skill' || skill.deprecated || !expected || exclude.has(skill.id)) return;
    if (candidates.some((c) => c.skill.id === skill.id)) return;
    candidates.push({ skill, core: entry.importance === 'core', expected, order });
  });
  candidates.sort(byLevelFocus);

  const rated = candidates.filter((c) => !isLowest(ctx, c.expected.proficiency));
  const requiredSkills = rated.filter((c) => c.core).slice(0, ctx.counts.required).map((c) => c.skill);
  const preferredSkills = rated.filter((c) => !c.core).slice(0, ctx.counts.preferred).map((c) => c.skill);
  const required = requiredSkills.map((s) => skillRequirement(ctx, s, 'role'));
  // Pluses are short: one line per depth ("Solid, hands-on experience with A, B and C"), not one per skill.
  const preferred: Requirement[] = [];
  const byLead = new Map<string, Skill[]>();
  for (const s of preferredSkills) {
    const head = lead(ctx, ctx.expected.get(s.id)?.proficiency, s.type);
    byLead.set(head, [...(byLead.get(head) ?? []), s]);
  }
  for (const [head, skills] of byLead) {
    preferred.push({
      text: sentence(`${head} ${enumerate(skills.map((s) => ctx.say(s.name)))}`),
      source: 'role',
      terms: skills.map((s) => skillTerm(ctx, s)),
    });
  }

  // What the level expects only at the lowest proficiency, in one line: "Familiarity with A, B and C."
  const aware = candidates.filter((c) => isLowest(ctx, c.expected.proficiency)).slice(0, ctx.counts.preferred);
  if (aware.length > 0) {
    preferred.push({
      text: sentence(`Familiarity with ${enumerate(aware.map((c) => ctx.say(c.skill.name)))}`),
      source: 'role',
      terms: aware.map((c) => skillTerm(ctx, c.skill)),
    });
    preferredSkills.push(...aware.map((c) => c.skill));
  }
  return { required, preferred, requiredSkills, preferredSkills };
}
