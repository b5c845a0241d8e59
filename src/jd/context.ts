// What every part of the generator needs to know about the level: the expectations of every skill there, which of
// them are new or raised, and how to word a name inside a sentence.
import type { ProficiencyLevel, Skill, IdSet } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { ResolvedOptions } from './options.js';
import { inSentence, type WordUsage, wordUsage } from './text.js';
import type { RequirementTerm } from './types.js';

/** A skill's expectation at the posting's level. */
export interface Expected {
  readonly proficiency: ProficiencyLevel;
  readonly behaviours: readonly string[];
  /** New at this level or expected deeper than at the level below (the `onlyNew` test of skillsByLevel). */
  readonly isNew: boolean;
  /** How many proficiency steps it rose from the level below (its full rank when new). */
  readonly rise: number;
}

/** Shared state of one generation. */
export interface Context extends ResolvedOptions {
  /** Expectations of every skill at the level, by skill id. */
  readonly expected: ReadonlyMap<string, Expected>;
  /** The proficiency scale, lowest first. */
  readonly scale: readonly ProficiencyLevel[];
  /** A name as it reads mid-sentence. */
  readonly say: (name: string) => string;
}

/** Per taxonomy: how its prose writes each word, and the names already worded (see inSentence). */
const wordings = new WeakMap<Taxonomy<IdSet>, { usage: WordUsage; said: Map<string, string> }>();

/** A name as it reads mid-sentence in this taxonomy's prose; computed once per taxonomy and name. */
function sayer(tax: Taxonomy<IdSet>): (name: string) => string {
  let w = wordings.get(tax);
  if (w === undefined) {
    // Descriptions, behaviours, responsibilities and uses: all the prose the data has, names mentioned mid-sentence.
    const parts: string[] = [];
    for (const e of tax.entities()) {
      parts.push(e.description);
      if (e.kind === 'skill') for (const x of e.expectations ?? []) parts.push(...(x.behaviours ?? []));
      if (e.kind === 'role') parts.push(e.summary ?? '', ...(e.responsibilities ?? []));
      if (e.kind === 'careerLevel') parts.push(e.scope ?? '', ...(e.responsibilities ?? []));
      if (e.kind === 'domain') parts.push(...(e.applications ?? []));
    }
    w = { usage: wordUsage(parts.join('\n')), said: new Map() };
    wordings.set(tax, w);
  }
  const { usage, said } = w;
  return (name) => {
    let s = said.get(name);
    if (s === undefined) said.set(name, (s = inSentence(name, usage)));
    return s;
  };
}

/** Builds the context: one skillsByLevel call for the level, one with `onlyNew` to mark what is new or raised. */
export function createContext(options: ResolvedOptions): Context {
  const { tax, level } = options;
  const raised = new Map(tax.skillsByLevel(level.id, { onlyNew: true }).map((x) => [x.skill.id, x.previous]));
  const expected = new Map<string, Expected>();
  for (const x of tax.skillsByLevel(level.id)) {
    const isNew = raised.has(x.skill.id);
    const previous = raised.get(x.skill.id);
    expected.set(x.skill.id, {
      proficiency: x.proficiency,
      behaviours: x.behaviours,
      isNew,
      rise: isNew ? x.proficiency.rank - (previous?.rank ?? 0) : 0,
    });
  }
  return { ...options, expected, scale: tax.proficiencyLevels, say: sayer(tax) };
}

/** A skill as a requirement term, with the proficiency the level expects. */
export function skillTerm(ctx: Context, skill: Skill): RequirementTerm {
  const e = ctx.expected.get(skill.id);
  return { id: skill.id, kind: 'skill', name: skill.name, ...(e ? { proficiency: { id: e.proficiency.id, name: e.proficiency.name } } : {}) };
}

/** Where a proficiency sits on the scale: 0 lowest … 3 highest (4 steps whatever the scale's length); -1 unknown. */
export function step(ctx: Context, proficiency: ProficiencyLevel | undefined): number {
  if (!proficiency) return -1;
  const n = ctx.scale.length;
  const i = ctx.scale.findIndex((p) => p.id === proficiency.id);
  if (i < 0 || n < 2) return -1;
  const pos = i / (n - 1);
  return pos === 0 ? 0 : pos < 0.5 ? 1 : pos < 1 ? 2 : 3;
}

/** Whether a proficiency is the lowest of the scale ("awareness"): listed as a plus, never as a requirement. */
export function isLowest(ctx: Context, proficiency: ProficiencyLevel | undefined): boolean {
  return proficiency !== undefined && ctx.scale.length > 1 && ctx.scale[0]!.id === proficiency.id;
}
