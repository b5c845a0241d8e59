import { normalizeName } from '../internal/normalize.js';
import { LIST_OF_KIND, type EntityKind } from '../schema/kinds.js';
import type { Entity, EntityByKind, Skill, Tool } from './entities.js';

/** The lists of a taxonomy, keyed by kind. */
export type ListsByKind = { readonly [K in EntityKind]: readonly EntityByKind[K][] };

type Expectation = NonNullable<Skill['expectations']>[number];

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A category's id and the ids of all its ancestors (category parents form no cycle in a valid taxonomy). */
function withAncestors(id: string, parentOf: ReadonlyMap<string, string | undefined>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); cur = parentOf.get(cur)) {
    seen.add(cur);
    out.push(cur);
  }
  return out;
}

/** Groups members by category, each category also holding the members of its sub-categories. */
function groupByCategory<T extends { readonly category: string }>(
  members: readonly T[],
  categories: readonly { readonly id: string; readonly parent?: string | undefined }[],
): Map<string, T[]> {
  const parent = new Map(categories.map((c) => [c.id, c.parent]));
  const map = new Map<string, T[]>();
  for (const m of members) for (const c of withAncestors(m.category, parent)) addTo(map, c, m);
  return map;
}

/**
 * Indexes over one taxonomy. Each is built on first use, in one pass over the lists it needs, so a query pays
 * only for the indexes it reads: `skillsByLevel` never normalises a name, `resolve` never groups tools.
 */
export class Indexes {
  #byId?: Map<string, Entity>;
  #byName?: { readonly names: ReadonlyMap<string, Entity>; readonly aliases: ReadonlyMap<string, Entity> };
  #skillsByCategory?: Map<string, Skill[]>;
  #toolsByCategory?: Map<string, Tool[]>;
  #dependents?: Map<string, string[]>;
  #rank?: Map<string, number>;
  #expectationsByLevel?: Map<string, { readonly skill: Skill; readonly expectation: Expectation }[]>;

  /** Results of repeated queries, by a key of their arguments; queries return copies of these. */
  readonly memo = new Map<string, readonly unknown[]>();

  constructor(private readonly lists: ListsByKind) {}

  /** Every entity by id. */
  get byId(): ReadonlyMap<string, Entity> {
    if (this.#byId === undefined) {
      const byId = new Map<string, Entity>();
      for (const kind of Object.keys(LIST_OF_KIND) as EntityKind[]) for (const e of this.lists[kind]) byId.set(e.id, e);
      this.#byId = byId;
    }
    return this.#byId;
  }

  /**
   * Normalised names → entity, and normalised aliases → entity (two maps, so a name always wins over an alias
   * without a record per key). Live entities win over deprecated ones; otherwise the first owner keeps a key.
   */
  get byName(): { readonly names: ReadonlyMap<string, Entity>; readonly aliases: ReadonlyMap<string, Entity> } {
    if (this.#byName === undefined) {
      const names = new Map<string, Entity>();
      const aliases = new Map<string, Entity>();
      const claim = (map: Map<string, Entity>, text: string, entity: Entity): void => {
        const key = normalizeName(text);
        if (key === '') return;
        const prev = map.get(key);
        if (prev === undefined || (prev.deprecated !== undefined && entity.deprecated === undefined)) map.set(key, entity);
      };
      for (const kind of Object.keys(LIST_OF_KIND) as EntityKind[]) {
        for (const entity of this.lists[kind]) {
          claim(names, entity.name, entity);
          const list = entity.aliases;
          if (list !== undefined) for (let i = 0; i < list.length; i++) claim(aliases, list[i]!, entity);
        }
      }
      this.#byName = { names, aliases };
    }
    return this.#byName;
  }

  /** Skills by category id, each category including the skills of its sub-categories. */
  get skillsByCategory(): ReadonlyMap<string, readonly Skill[]> {
    return (this.#skillsByCategory ??= groupByCategory(this.lists.skill, this.lists.skillCategory));
  }

  /** Tools by category id, each category including the tools of its sub-categories. */
  get toolsByCategory(): ReadonlyMap<string, readonly Tool[]> {
    return (this.#toolsByCategory ??= groupByCategory(this.lists.tool, this.lists.toolCategory));
  }

  /** Reverse prerequisite edges: id → ids of the skills and domains that require it directly. */
  get dependents(): ReadonlyMap<string, readonly string[]> {
    if (this.#dependents === undefined) {
      const map = new Map<string, string[]>();
      for (const list of [this.lists.skill, this.lists.domain]) for (const e of list) for (const p of e.prerequisites ?? []) addTo(map, p, e.id);
      this.#dependents = map;
    }
    return this.#dependents;
  }

  /** Ranks of career and proficiency levels by id. */
  get rank(): ReadonlyMap<string, number> {
    if (this.#rank === undefined) {
      this.#rank = new Map<string, number>();
      for (const l of this.lists.careerLevel) this.#rank.set(l.id, l.rank);
      for (const l of this.lists.proficiencyLevel) this.#rank.set(l.id, l.rank);
    }
    return this.#rank;
  }

  /** Career level id → the skills that expect something at that level, with the expectation. */
  get expectationsByLevel(): ReadonlyMap<string, readonly { readonly skill: Skill; readonly expectation: Expectation }[]> {
    if (this.#expectationsByLevel === undefined) {
      const map = new Map<string, { skill: Skill; expectation: Expectation }[]>();
      for (const skill of this.lists.skill) for (const expectation of skill.expectations ?? []) addTo(map, expectation.level, { skill, expectation });
      this.#expectationsByLevel = map;
    }
    return this.#expectationsByLevel;
  }

  /** Builds every index now (for benchmarks and for callers who want no first-query latency). */
  buildAll(): this {
    void [this.byId, this.byName, this.skillsByCategory, this.toolsByCategory, this.dependents, this.rank, this.expectationsByLevel];
    return this;
  }
}
