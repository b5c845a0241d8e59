// The wording of one qualification: how deep, in words a posting uses, followed by the skill and what shows it.
import type { Skill, ProficiencyLevel } from '../taxonomy/entities.js';
import { type Context, skillTerm, step } from './context.js';
import type { ResolvedRequirement } from './options.js';
import { lowerFirst, sentence, stripStop, tidy } from './text.js';
import type { Requirement, RequirementSource, RequirementTerm } from './types.js';

// By the skill's ESCO type, one lead per step of the proficiency scale (lowest … highest). Competences read as
// qualities ("Strong communication"), knowledge as knowing, skills as doing.
const LEADS: Record<Skill['type'], readonly [string, string, string, string]> = {
  knowledge: ['Familiarity with', 'Working knowledge of', 'Solid knowledge of', 'Deep knowledge of'],
  skill: ['Familiarity with', 'Working experience with', 'Solid, hands-on experience with', 'Deep expertise in'],
  competence: ['Basic', 'Good', 'Strong', 'Exceptional'],
};

/** "Solid, hands-on experience with" for a proficiency; "Experience with" when the level states none. */
export function lead(ctx: Context, proficiency: ProficiencyLevel | undefined, type: Skill['type'] = 'skill'): string {
  const s = step(ctx, proficiency);
  return s < 0 ? 'Experience with' : LEADS[type][s]!;
}

/** A requirement line for one skill at the level: lead, name and the first behaviour that shows it. */
export function skillRequirement(ctx: Context, skill: Skill, source: RequirementSource, withBehaviour = true): Requirement {
  const e = ctx.expected.get(skill.id);
  const behaviour = withBehaviour ? e?.behaviours[0] : undefined;
  const head = `${lead(ctx, e?.proficiency, skill.type)} ${ctx.say(skill.name)}`;
  const text = behaviour ? `${head}: ${lowerFirst(stripStop(tidy(behaviour)))}` : head;
  return { text: sentence(text), source, terms: [skillTerm(ctx, skill)] };
}

/** A requirement line for a `mustHave` / `niceToHave` / `emphasize` entry. */
export function requirementFor(ctx: Context, item: ResolvedRequirement, source: RequirementSource): Requirement {
  if ('text' in item) return { text: sentence(item.text), source, terms: [] };
  const e = item.entity;
  if (e.kind === 'skill') return skillRequirement(ctx, e, source);
  const term: RequirementTerm = { id: e.id, kind: e.kind, name: e.name };
  const text =
    e.kind === 'tool'
      ? `Hands-on experience with ${e.name}`
      : e.kind === 'domain'
        ? `Experience in ${ctx.say(e.name)}`
        : e.kind === 'metric'
          ? `Experience evaluating models with ${ctx.say(e.name)}`
          : `Experience with ${e.name}`;
  return { text: sentence(text), source, terms: [term] };
}
