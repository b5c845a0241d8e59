import { NameIndex, NameTexts } from '../internal/name-keys.js';
import { LIST_OF_KIND, type EntityKind } from '../schema/kinds.js';
import type { Entity, EntityByKind, Skill, Tool } from './entities.js';

/** The lists of a taxonomy, keyed by kind. */
export type ListsByKind = { readonly [K in EntityKind]: readonly EntityByKind[K][] };

type Expectation = NonNullable<Skill['expectations']>[number];

const KINDS = Object.keys(LIST_OF_KIND) as EntityKind[];

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every entity of a taxonomy in one list, kind after kind. */
export interface AllEntities {
  readonly entities: readonly Entity[];
  /** The position of each id in `entities`. */
  readonly position: ReadonlyMap<string, number>;
  /** Where each kind's entities start in `entities`. */
  readonly offset: Readonly<Record<EntityKind, number>>;
}

/** Finds the entity a name or alias belongs to. */
export interface NameLookup {
  /** The entity whose name or alias has `text`'s normalised key, and whether it was the name. */
  find(text: string): { readonly entity: Entity; readonly isName: boolean } | undefined;
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

  /** Groups the items by their own category, and the categories by parent (once). */
  build(): { readonly children: ReadonlyMap<string, string[]>; readonly direct: ReadonlyMap<string, number[]> } {
    if (this.#children === undefined || this.#direct === undefined) {
      this.#children = new Map();
      const { categories, items } = this;
      for (let k = 0; k < categories.length; k++) if (categories[k]!.parent !== undefined) addTo(this.#children, categories[k]!.parent!, categories[k]!.id);
      this.#direct = new Map();
      for (let i = 0; i < items.length; i++) addTo(this.#direct, items[i]!.category, i);
    }
    return { children: this.#children, direct: this.#direct };
  }

  /** The items of `id` and of every category below it, in document order. */
  in(id: string): readonly T[] {
    const known = this.#memo.get(id);
    if (known !== undefined) return known;
    const { children, direct } = this.build();
    const indexes: number[] = [];
    const seen = new Set<string>([id]); // guards against a parent cycle, which validation rejects anyway
    const stack = [id];
    while (stack.length > 0) {
      const c = stack.pop()!;
      for (const i of direct.get(c) ?? []) indexes.push(i);
      for (const child of children.get(c) ?? []) {
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
 *
 * The lists are frozen, and V8 (Node 20) reads frozen arrays slowly through iterators and array methods (for…of
 * about 4×, forEach 10× slower than on plain arrays); indexed loops lose least, so the passes below use them.
 */
export class Indexes {
  #all?: AllEntities;
  #names?: NameLookup;
  #skillsByCategory?: ByCategory<Skill>;
  #toolsByCategory?: ByCategory<Tool>;
  #dependents?: { readonly start: Int32Array; readonly sources: Int32Array };
  #rank?: Map<string, number>;
  #expectationsByLevel?: Map<string, number[]>;

  /** Results of repeated queries, by a key of their arguments; queries return copies of these. */
  readonly memo = new Map<string, readonly unknown[]>();

  constructor(private readonly lists: ListsByKind) {}

  /** Every entity, kind after kind; the position of each id in that list, and where each kind starts in it. */
  get all(): AllEntities {
    if (this.#all === undefined) {
      const entities: Entity[] = [];
      const position = new Map<string, number>();
      const offset = {} as Record<EntityKind, number>;
      for (const kind of KINDS) {
        const list = this.lists[kind];
        offset[kind] = entities.length;
        for (let i = 0; i < list.length; i++) position.set(list[i]!.id, entities.push(list[i]!) - 1);
      }
      this.#all = { entities, position, offset };
    }
    return this.#all;
  }

  /** The entity with this id. */
  entity(id: string): Entity | undefined {
    const { entities, position } = this.all;
    const at = position.get(id);
    return at === undefined ? undefined : entities[at];
  }

  /**
   * Names and aliases, compared as normalised keys. Where several share a key, a live entity beats a deprecated
   * one, then a name beats an alias, then the first in document order wins.
   */
  get names(): NameLookup {
    if (this.#names === undefined) {
      const { entities } = this.all;
      const texts = new NameTexts(entities);
      const live = (p: number): boolean => entities[texts.ownerOf(p)]!.deprecated === undefined;
      const isName = (p: number): boolean => texts.aliasOf(p) < 0;
      const index = new NameIndex(texts, (a, b) => (live(a) !== live(b) ? live(a) : isName(a) && !isName(b)));
      this.#names = {
        find(text) {
          const p = index.find(text);
          return p < 0 ? undefined : { entity: entities[texts.ownerOf(p)]!, isName: isName(p) };
        },
      };
    }
    return this.#names;
  }

  get #skillCategories(): ByCategory<Skill> {
    return (this.#skillsByCategory ??= new ByCategory(this.lists.skillCategory, this.lists.skill));
  }

  get #toolCategories(): ByCategory<Tool> {
    return (this.#toolsByCategory ??= new ByCategory(this.lists.toolCategory, this.lists.tool));
  }

  /** The skills of a category and of its sub-categories, in document order. */
  skillsIn(category: string): readonly Skill[] {
    return this.#skillCategories.in(category);
  }

  /** The tools of a category and of its sub-categories, in document order. */
  toolsIn(category: string): readonly Tool[] {
    return this.#toolCategories.in(category);
  }

  /**
   * The skills and domains that list `id` as a direct prerequisite, in document order. The reverse edges are kept
   * as one array of positions grouped by target (a counting sort), not as an array per entity.
   */
  dependentsOf(id: string): readonly Entity[] {
    const { entities, position, offset } = this.all;
    if (this.#dependents === undefined) {
      let edges = 0;
      const lists = [this.lists.skill, this.lists.domain];
      const starts = [offset.skill, offset.domain];
      for (const list of lists) for (let k = 0; k < list.length; k++) edges += list[k]!.prerequisites?.length ?? 0;
      const from = new Int32Array(edges);
      const to = new Int32Array(edges);
      let m = 0;
      for (let l = 0; l < lists.length; l++) {
        const list = lists[l]!;
        for (let k = 0; k < list.length; k++) {
          const prerequisites = list[k]!.prerequisites;
          if (prerequisites === undefined) continue;
          const source = starts[l]! + k; // ids are unique, so this is position.get(id)
          for (let i = 0; i < prerequisites.length; i++) {
            const target = position.get(prerequisites[i]!);
            if (target === undefined) continue; // validation rejects these; an unchecked document must not misplace them
            from[m] = source;
            to[m++] = target;
          }
        }
      }
      const start = new Int32Array(entities.length + 1);
      for (let k = 0; k < m; k++) start[to[k]! + 1]!++;
      for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
      const next = start.slice(0, -1);
      const sources = new Int32Array(m);
      for (let k = 0; k < m; k++) sources[next[to[k]!]!++] = from[k]!;
      this.#dependents = { start, sources };
    }
    const at = position.get(id);
    if (at === undefined) return [];
    const { start, sources } = this.#dependents;
    const out: Entity[] = [];
    for (let k = start[at]!; k < start[at + 1]!; k++) out.push(entities[sources[k]!]!);
    return out;
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

  /**
   * The skills that expect something at a career level, with the expectation, in document order. Kept as pairs of
   * numbers (skill position, expectation position) per level: no object per expectation.
   */
  expectationsAt(level: string): { readonly skill: Skill; readonly expectation: Expectation }[] {
    if (this.#expectationsByLevel === undefined) {
      const map = new Map<string, number[]>();
      const skills = this.lists.skill;
      for (let k = 0; k < skills.length; k++) {
        const list = skills[k]!.expectations;
        if (list === undefined) continue;
        for (let i = 0; i < list.length; i++) {
          const pairs = map.get(list[i]!.level);
          if (pairs === undefined) map.set(list[i]!.level, [k, i]);
          else pairs.push(k, i);
        }
      }
      this.#expectationsByLevel = map;
    }
    const pairs = this.#expectationsByLevel.get(level) ?? [];
    const out: { skill: Skill; expectation: Expectation }[] = [];
    for (let p = 0; p < pairs.length; p += 2) {
      const skill = this.lists.skill[pairs[p]!]!;
      out.push({ skill, expectation: skill.expectations![pairs[p + 1]!]! });
    }
    return out;
  }

  /**
   * Builds every index now (for benchmarks and for callers who want no first-query latency). The answers built from
   * them, such as the members of each category, are still computed, and kept, on first request.
   */
  buildAll(): this {
    void [this.all, this.names, this.dependentsOf(''), this.rank, this.expectationsAt(''), this.#skillCategories.build(), this.#toolCategories.build()];
    return this;
  }
}
