import { expectKnownKeys, expectOptions, expectString } from '../internal/args.js';
import { quote } from '../internal/suggest.js';
import type { IdSet, ProficiencyLevel, Skill } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { skillsByLevel } from './skills-by-level.js';

/** One entry of a person's profile: a skill id or name, optionally with the proficiency they hold. */
export type ProfileEntry<I extends IdSet = IdSet> =
  | I['skill']
  | (string & {})
  | { readonly skill: I['skill'] | (string & {}); readonly proficiency?: I['proficiencyLevel'] | (string & {}) };

/** Options of {@link Taxonomy.gapAnalysis}. */
export interface GapAnalysisOptions<I extends IdSet = IdSet> {
  /** The career level to compare with. */
  readonly level: I['careerLevel'];
  /** Compare only with the skills this role draws on. */
  readonly role?: I['role'];
}

/** A skill the level expects, compared with the profile. */
export interface GapItem {
  readonly skill: Skill;
  readonly expected: ProficiencyLevel;
  /** What the profile states; absent when it does not name the skill or gives no proficiency. */
  readonly actual?: ProficiencyLevel;
}

/** The result of {@link Taxonomy.gapAnalysis}. */
export interface GapAnalysis {
  /** Expected skills the profile does not name. */
  readonly missing: readonly GapItem[];
  /** Expected skills held below the expected proficiency. */
  readonly below: readonly GapItem[];
  /** Expected skills held at the expected proficiency (or named without a proficiency). */
  readonly met: readonly GapItem[];
  /** Expected skills held above the expected proficiency. */
  readonly exceeds: readonly GapItem[];
  /** Profile skills the level does not expect. */
  readonly additional: readonly Skill[];
  /** Profile entries that name no skill of the taxonomy. */
  readonly unrecognised: readonly string[];
  /** Share of expected skills met or exceeded, from 0 to 1 (1 when nothing is expected). */
  readonly coverage: number;
}

/** Implements {@link Taxonomy.gapAnalysis}. */
export function gapAnalysis(tax: Taxonomy<IdSet>, profile: readonly ProfileEntry[], options: GapAnalysisOptions): GapAnalysis {
  const fn = 'gapAnalysis';
  if (!Array.isArray(profile)) throw new TypeError(`${fn}: profile must be an array of skill ids or names (or { skill, proficiency } objects), got ${quote(profile)}`);
  if (options === undefined) throw new TypeError(`${fn}: options must say which career level to compare with, e.g. { level: 'senior' }; got undefined`);
  expectOptions(fn, 'options', options);
  expectKnownKeys(fn, 'options', options, ['level', 'role']);
  // Checked here, so that a bad level or role is reported as gapAnalysis's own options.level / options.role.
  const career = tax.getOf('careerLevel', options.level, fn, 'options.level');
  const role = options.role === undefined ? undefined : tax.getOf('role', options.role, fn, 'options.role');
  const expected = skillsByLevel(tax, career.id, role === undefined ? {} : { role: role.id });

  const held = new Map<string, ProficiencyLevel | undefined>();
  const unrecognised: string[] = [];
  // Array.from: a hole in a sparse array is an entry like any other (and is reported), not skipped.
  Array.from(profile).forEach((entry: ProfileEntry, i) => {
    const text = typeof entry === 'string' ? entry : entry !== null && typeof entry === 'object' ? entry.skill : undefined;
    if (typeof text !== 'string') throw new TypeError(`${fn}: profile[${i}] must be a skill id or name, or { skill, proficiency }, got ${quote(entry)}`);
    if (typeof entry === 'object') expectKnownKeys(fn, `profile[${i}]`, entry, ['skill', 'proficiency']);
    const p = typeof entry === 'object' ? entry.proficiency : undefined;
    if (p !== undefined) expectString(fn, `profile[${i}].proficiency`, p);
    const found = tax.resolve(text);
    if (found?.kind !== 'skill') {
      unrecognised.push(text);
      return;
    }
    const level = p === undefined ? undefined : tax.getOf('proficiencyLevel', tax.resolve(p)?.id ?? p, fn, `profile[${i}].proficiency`);
    const prev = held.get(found.id);
    if (!held.has(found.id) || (level && (!prev || level.rank > prev.rank))) held.set(found.id, level);
  });

  const missing: GapItem[] = [];
  const below: GapItem[] = [];
  const met: GapItem[] = [];
  const exceeds: GapItem[] = [];
  for (const { skill, proficiency } of expected) {
    if (!held.has(skill.id)) {
      missing.push({ skill, expected: proficiency });
      continue;
    }
    const actual = held.get(skill.id);
    const item: GapItem = actual ? { skill, expected: proficiency, actual } : { skill, expected: proficiency };
    if (!actual || actual.rank === proficiency.rank) met.push(item);
    else if (actual.rank < proficiency.rank) below.push(item);
    else exceeds.push(item);
  }
  const expectedIds = new Set(expected.map((e) => e.skill.id));
  const additional = [...held.keys()].filter((id) => !expectedIds.has(id)).map((id) => tax.get(id) as Skill);
  const coverage = expected.length === 0 ? 1 : (met.length + exceeds.length) / expected.length;
  return { missing, below, met, exceeds, additional, unrecognised, coverage };
}
