import { normalizeName } from '../internal/normalize.js';
import { LIST_OF_KIND, type EntityKind } from '../schema/kinds.js';
import type { Entity, EntityByKind, Skill, Tool } from './entities.js';

/** The lists of a taxonomy, keyed by kind. */
export type ListsByKind = { readonly [K in EntityKind]: readonly EntityByKind[K][] };

/** Indexes over one taxonomy, built once on first use. */
export interface Indexes {
  readonly byId: ReadonlyMap<string, Entity>;
  /** Normalised names and aliases → the entity that owns them (live entities win over deprecated ones). */
  readonly byName: ReadonlyMap<string, { readonly entity: Entity; readonly isAlias: boolean }>;
  /** Skills and tools by category id, each including the members of sub-categories. */
  readonly skillsByCategory: ReadonlyMap<string, readonly Skill[]>;
  readonly toolsByCategory: ReadonlyMap<string, readonly Tool[]>;
  /** Reverse prerequisite edges: id → ids of the skills and domains that require it. */
  readonly dependents: ReadonlyMap<string, readonly string[]>;
  /** Ranks of career and proficiency levels by id. */
  readonly rank: ReadonlyMap<string, number>;
  /** Career level id → the skills that expect something at that level, with the expectation. */
  readonly expectationsByLevel: ReadonlyMap<string, readonly { readonly skill: Skill; readonly expectation: Expectation }[]>;
}

type Expectation = NonNullable<Skill['expectations']>[number];

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A category's id and the ids of all its ancestors (the category parents form no cycle in a valid taxonomy). */
function withAncestors(id: string, parentOf: ReadonlyMap<string, string | undefined>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); cur = parentOf.get(cur)) {
    seen.add(cur);
    out.push(cur);
  }
  return out;
}

/** Builds every index in one pass over the lists. */
export function buildIndexes(lists: ListsByKind): Indexes {
  const byId = new Map<string, Entity>();
  const byName = new Map<string, { entity: Entity; isAlias: boolean }>();
  const claim = (text: string, entity: Entity, isAlias: boolean): void => {
    const key = normalizeName(text);
    if (key === '') return;
    const prev = byName.get(key);
    // Live entities win over deprecated ones; names over aliases; otherwise the first owner keeps it.
    if (!prev || (prev.entity.deprecated && !entity.deprecated) || (prev.isAlias && !isAlias && !entity.deprecated)) {
      byName.set(key, { entity, isAlias });
    }
  };
  for (const kind of Object.keys(LIST_OF_KIND) as EntityKind[]) {
    for (const entity of lists[kind]) {
      byId.set(entity.id, entity);
      claim(entity.name, entity, false);
      for (const alias of entity.aliases ?? []) claim(alias, entity, true);
    }
  }

  const skillParent = new Map(lists.skillCategory.map((c) => [c.id, c.parent]));
  const toolParent = new Map(lists.toolCategory.map((c) => [c.id, c.parent]));
  const skillsByCategory = new Map<string, Skill[]>();
  for (const skill of lists.skill) for (const c of withAncestors(skill.category, skillParent)) addTo(skillsByCategory, c, skill);
  const toolsByCategory = new Map<string, Tool[]>();
  for (const tool of lists.tool) for (const c of withAncestors(tool.category, toolParent)) addTo(toolsByCategory, c, tool);

  const dependents = new Map<string, string[]>();
  for (const e of [...lists.skill, ...lists.domain]) for (const p of e.prerequisites ?? []) addTo(dependents, p, e.id);

  const rank = new Map<string, number>();
  for (const l of lists.careerLevel) rank.set(l.id, l.rank);
  for (const l of lists.proficiencyLevel) rank.set(l.id, l.rank);

  const expectationsByLevel = new Map<string, { skill: Skill; expectation: Expectation }[]>();
  for (const skill of lists.skill) for (const expectation of skill.expectations ?? []) addTo(expectationsByLevel, expectation.level, { skill, expectation });

  return { byId, byName, skillsByCategory, toolsByCategory, dependents, rank, expectationsByLevel };
}
