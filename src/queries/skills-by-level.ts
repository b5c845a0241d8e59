import { expectBoolean, expectKnownKeys, expectOptions } from '../internal/args.js';
import type { CareerLevel, ProficiencyLevel, Skill, IdSet } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** Options of {@link Taxonomy.skillsByLevel}. */
export interface SkillsByLevelOptions<I extends IdSet = IdSet> {
  /** Keep only the skills this role draws on. */
  readonly role?: I['role'];
  /** Keep only skills of this category or its sub-categories. */
  readonly category?: I['skillCategory'];
  /** Keep only expectations at or above this proficiency. */
  readonly minProficiency?: I['proficiencyLevel'];
  /** Keep only what is new at this level or expected at a higher proficiency than at the level below. */
  readonly onlyNew?: boolean;
}

/** A skill expected at a career level. */
export interface LevelExpectation {
  readonly skill: Skill;
  /** The proficiency expected at the level. */
  readonly proficiency: ProficiencyLevel;
  /** Observable behaviours that show it. */
  readonly behaviours: readonly string[];
  /** The proficiency expected at the level below, if any (what `onlyNew` compares with). */
  readonly previous?: ProficiencyLevel;
}

const EMPTY: readonly string[] = Object.freeze([]);
const OPTIONS = ['role', 'category', 'minProficiency', 'onlyNew'];

/** The level directly below `level` on the ladder, if any. */
export function levelBelow(tax: Taxonomy<IdSet>, level: CareerLevel): CareerLevel | undefined {
  const ladder = tax.careerLevels;
  const i = ladder.indexOf(level);
  return i > 0 ? ladder[i - 1] : undefined;
}

/** Implements {@link Taxonomy.skillsByLevel}. */
export function skillsByLevel(tax: Taxonomy<IdSet>, level: string, options: SkillsByLevelOptions = {}): LevelExpectation[] {
  const fn = 'skillsByLevel';
  expectOptions(fn, 'options', options);
  expectKnownKeys(fn, 'options', options, OPTIONS);
  const career = tax.getOf('careerLevel', level, fn, 'level');
  const role = options.role === undefined ? undefined : tax.getOf('role', options.role, fn, 'options.role');
  const category = options.category === undefined ? undefined : tax.getOf('skillCategory', options.category, fn, 'options.category');
  const min = options.minProficiency === undefined ? undefined : tax.getOf('proficiencyLevel', options.minProficiency, fn, 'options.minProficiency');
  expectBoolean(fn, 'options.onlyNew', options.onlyNew);

  const key = `skillsByLevel\u0000${career.id}\u0000${role?.id ?? ''}\u0000${category?.id ?? ''}\u0000${min?.id ?? ''}\u0000${options.onlyNew === true}`;
  const cached = tax.indexes.memo.get(key) as readonly LevelExpectation[] | undefined;
  // A fresh array each call: the caller may sort or splice it; the items are frozen.
  if (cached) return cached.slice();

  const { rank } = tax.indexes;
  const inRole = role ? new Set(role.skills?.map((s) => s.skill)) : undefined;
  const inCategory = category ? new Set(tax.indexes.skillsIn(category.id)) : undefined;
  const below = options.onlyNew ? levelBelow(tax, career) : undefined;
  const out: LevelExpectation[] = [];
  for (const { skill, expectation } of tax.indexes.expectationsAt(career.id)) {
    if (skill.deprecated || (inRole && !inRole.has(skill.id)) || (inCategory && !inCategory.has(skill))) continue;
    const proficiency = tax.get(expectation.proficiency) as ProficiencyLevel;
    if (min && proficiency.rank < min.rank) continue;
    const prevId = below ? skill.expectations?.find((x) => x.level === below.id)?.proficiency : undefined;
    if (options.onlyNew && prevId !== undefined && rank.get(prevId)! >= proficiency.rank) continue;
    const previous = prevId === undefined ? undefined : (tax.get(prevId) as ProficiencyLevel);
    out.push(Object.freeze({ skill, proficiency, behaviours: expectation.behaviours ?? EMPTY, ...(previous ? { previous } : {}) }));
  }
  // Deepest expectations first; then by name, for a stable order people can read.
  out.sort((a, b) => b.proficiency.rank - a.proficiency.rank || a.skill.name.localeCompare(b.skill.name, 'en'));
  tax.indexes.memo.set(key, out);
  return out.slice();
}
