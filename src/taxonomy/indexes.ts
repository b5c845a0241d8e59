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

/**
 * The items of each category and of its sub-categories, gathered for one category when first asked for: gathering
 * every category at once costs items × depth, which a deep category chain (valid, if hostile) makes quadratic.
 */
class ByCategory<T extends { readonly category: string }> {
  #children?: Map<string, string[]>;
  #direct?: Map<string, number[]>; // category id -> indexes of its own items, in document order
  readonly #memo = new Map<string, readonly T[]>();

  constructor(
    private readonly categories: readonly { readonly id: string; readonly parent?: string | undefined }[],
    private readonly items: readonly T[],
  ) {}

  /** The items of `id` and of every category below it, in document order. */
  in(id: string): readonly T[] {
    const known = this.#memo.get(id);
    if (known !== undefined) return known;
    if (this.#children === undefined || this.#direct === undefined) {
      this.#children = new Map();
      for (const c of this.categories) if (c.parent !== undefined) addTo(this.#children, c.parent, c.id);
      this.#direct = new Map();
      this.items.forEach((item, i) => addTo(this.#direct!, item.category, i));
    }
    const indexes: number[] = [];
    const seen = new Set<string>([id]); // guards against a parent cycle, which validation rejects anyway
    const stack = [id];
    while (stack.length > 0) {
      const c = stack.pop()!;
      for (const i of this.#direct.get(c) ?? []) indexes.push(i);
      for (const child of this.#children.get(c) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        stack.push(child);
      }
    }
    const out = indexes.sort((a, b) => a - b).map((i) => this.items[i]!);
    this.#memo.set(id, out);
    return out;
  }
}

/**
 * Indexes over one taxonomy. Each is built on first use, in one pass over the lists it needs, so a query pays
 * only for the indexes it reads: `skillsByLevel` never normalises a name, `resolve` never groups tools.
 */
export class Indexes {
  #byId?: Map<string, Entity>;
  #byName?: { readonly names: ReadonlyMap<string, Entity>; readonly aliases: ReadonlyMap<string, Entity> };
  #skillsByCategory?: ByCategory<Skill>;
  #toolsByCategory?: ByCategory<Tool>;
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

  /** The skills of a category and of its sub-categories, in document order. */
  skillsIn(category: string): readonly Skill[] {
    return (this.#skillsByCategory ??= new ByCategory(this.lists.skillCategory, this.lists.skill)).in(category);
  }

  /** The tools of a category and of its sub-categories, in document order. */
  toolsIn(category: string): readonly Tool[] {
    return (this.#toolsByCategory ??= new ByCategory(this.lists.toolCategory, this.lists.tool)).in(category);
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
    void [this.byId, this.byName, this.dependents, this.rank, this.expectationsByLevel];
    for (const c of this.lists.skillCategory) this.skillsIn(c.id);
    for (const c of this.lists.toolCategory) this.toolsIn(c.id);
    return this;
  }
}
