import { deepFreeze, cloneJson } from '../internal/freeze.js';
import { expectString, unknownMessage } from '../internal/args.js';
import { LIST_OF_KIND, type EntityKind } from '../schema/kinds.js';
import { kindWords } from '../internal/kind-words.js';
import type { Entity, EntityByKind, IdSet, StringIds } from './entities.js';
import type { TaxonomyDocument } from './document.js';
import { Indexes, type ListsByKind } from './indexes.js';
import { skillsByLevel, type LevelExpectation, type SkillsByLevelOptions } from '../queries/skills-by-level.js';
import { toolsByCategory, type ToolsByCategoryOptions } from '../queries/tools-by-category.js';
import { dependentsOf, domainPrerequisites, prerequisitesOf, type PrerequisiteOptions, type PrerequisiteStep } from '../queries/prerequisites.js';
import { learningPath, type LearningPathOptions } from '../queries/learning-path.js';
import { gapAnalysis, type GapAnalysis, type GapAnalysisOptions, type ProfileEntry } from '../queries/gap-analysis.js';
import { search, type SearchHit, type SearchOptions } from '../queries/search.js';

/** How {@link Taxonomy.lookup} found an entity. */
export interface LookupResult<E extends Entity = Entity> {
  /** The entity found (the live replacement when the text named a deprecated one). */
  readonly entity: E;
  /** Whether the text matched the id, the name or an alias. */
  readonly matchedBy: 'id' | 'name' | 'alias';
  /** The deprecated ids followed through `replacedBy` to reach `entity`, oldest first; empty when none. */
  readonly replaced: readonly string[];
}

const KINDS = Object.keys(LIST_OF_KIND) as EntityKind[];
/** The longest text {@link Taxonomy.lookup} normalises to compare with names and aliases (which are ≤ 200 characters). */
const MAX_NAME_TEXT = 10_000;

/**
 * A validated, frozen taxonomy with lazy indexes. The built-in {@link taxonomy} is one; {@link createTaxonomy} and
 * {@link extendTaxonomy} make others. Every query exists both here and, for the built-in data, as a top-level
 * function.
 *
 * @typeParam I - The id type of each kind: literal unions for the built-in data, `string` for custom taxonomies.
 * @example
 * ```ts
 * import { taxonomy } from 'ml-skills';
 *
 * taxonomy.version; // the data's semver version
 * taxonomy.getTool('pytorch').homepage; // 'https://pytorch.org/'
 * taxonomy.resolve('sklearn')?.id; // 'scikit-learn'
 * ```
 * @category Taxonomy
 */
export class Taxonomy<I extends IdSet = StringIds> {
  #load: (() => TaxonomyDocument) | undefined;
  #doc: TaxonomyDocument | undefined;
  #lists: ListsByKind | undefined;
  #indexes: Indexes | undefined;

  /** @internal Use {@link createTaxonomy}; the document must already be valid, with `kind` on every entity. */
  constructor(load: () => TaxonomyDocument) {
    this.#load = load;
  }

  /** @internal The frozen document, loaded on first use. */
  get document(): TaxonomyDocument {
    if (this.#doc === undefined) {
      this.#doc = deepFreeze(this.#load!());
      this.#load = undefined;
    }
    return this.#doc;
  }

  /** @internal The lists by kind, the level lists sorted by rank. */
  get lists(): ListsByKind {
    if (this.#lists === undefined) {
      const doc = this.document;
      const byRank = <T extends { rank: number }>(list: readonly T[]): readonly T[] =>
        Object.freeze([...list].sort((a, b) => a.rank - b.rank));
      this.#lists = {
        careerLevel: byRank(doc.careerLevels),
        proficiencyLevel: byRank(doc.proficiencyLevels),
        skillCategory: doc.skillCategories,
        skill: doc.skills,
        toolCategory: doc.toolCategories,
        tool: doc.tools,
        domain: doc.domains,
        dataset: doc.datasets,
        metric: doc.metrics,
        role: doc.roles,
      };
    }
    return this.#lists;
  }

  /** @internal The indexes, built on first use. */
  get indexes(): Indexes {
    return (this.#indexes ??= new Indexes(this.lists));
  }

  /** The taxonomy's own id. */
  get id(): string {
    return this.document.id;
  }
  /** The taxonomy's display name. */
  get name(): string {
    return this.document.name;
  }
  /** The semver version of the data. */
  get version(): string {
    return this.document.version;
  }
  /** The version of the document format. */
  get schemaVersion(): number {
    return this.document.schemaVersion;
  }
  /** The data's licence (SPDX id), if stated. */
  get license(): string | undefined {
    return this.document.license;
  }

  /** The career ladder, lowest rank first. */
  get careerLevels(): readonly EntityByKind['careerLevel'][] {
    return this.lists.careerLevel;
  }
  /** The proficiency scale, lowest rank first. */
  get proficiencyLevels(): readonly EntityByKind['proficiencyLevel'][] {
    return this.lists.proficiencyLevel;
  }
  /** Every skill category. */
  get skillCategories(): readonly EntityByKind['skillCategory'][] {
    return this.lists.skillCategory;
  }
  /** Every skill. */
  get skills(): readonly EntityByKind['skill'][] {
    return this.lists.skill;
  }
  /** Every tool category (the built-in one is also {@link toolCategories}). */
  get toolCategories(): readonly EntityByKind['toolCategory'][] {
    return this.lists.toolCategory;
  }
  /** Every tool. */
  get tools(): readonly EntityByKind['tool'][] {
    return this.lists.tool;
  }
  /** Every domain. */
  get domains(): readonly EntityByKind['domain'][] {
    return this.lists.domain;
  }
  /** Every dataset. */
  get datasets(): readonly EntityByKind['dataset'][] {
    return this.lists.dataset;
  }
  /** Every metric. */
  get metrics(): readonly EntityByKind['metric'][] {
    return this.lists.metric;
  }
  /** Every role. */
  get roles(): readonly EntityByKind['role'][] {
    return this.lists.role;
  }

  /**
   * Finds an entity by id, following `replacedBy` from deprecated ids to their replacement.
   *
   * @param id - Any id of the taxonomy.
   * @returns The entity, or `undefined` when no entity has that id.
   * @throws TypeError when `id` is not a string.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   *
   * const entity = taxonomy.get('computer-vision');
   * if (entity?.kind === 'domain') console.log(entity.tasks);
   * ```
   */
  // `| (string & {})` keeps every string valid (an unknown id is `undefined`) while editors still complete ids.
  get(id: I[EntityKind] | (string & {})): Entity | undefined {
    expectString('get', 'id', id);
    const found = this.indexes.entity(id);
    return found ? this.#follow(found).entity : undefined;
  }

  /** Follows `replacedBy` links (bounded, so a loop in bad data cannot hang). */
  #follow(entity: Entity): { entity: Entity; replaced: string[] } {
    const replaced: string[] = [];
    let cur = entity;
    while (cur.deprecated?.replacedBy !== undefined && replaced.length < 100) {
      const next = this.indexes.entity(cur.deprecated.replacedBy);
      if (!next || replaced.includes(cur.id)) break;
      replaced.push(cur.id);
      cur = next;
    }
    return { entity: cur, replaced };
  }

  /** Gets an entity of one kind, or throws a RangeError naming the closest ids of that kind. */
  getOf<K extends EntityKind>(kind: K, id: string, fn = `get${kind[0]!.toUpperCase()}${kind.slice(1)}`, param = 'id'): EntityByKind[K] {
    expectString(fn, param, id);
    const found = this.get(id);
    if (found?.kind === kind) return found as EntityByKind[K];
    const valid = this.lists[kind].filter((e) => !e.deprecated).map((e) => e.id);
    const hint = found ? ` ('${id}' is a ${kindWords(found.kind)})` : '';
    throw new RangeError(unknownMessage(fn, param, id, valid, kindWords(kind)) + hint);
  }

  /**
   * Gets a skill by id. Misspelt built-in ids do not compile; unknown ids at run time throw a RangeError.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.getSkill('object-detection').name; // 'Object detection'
   * ```
   */
  getSkill(id: I['skill']): EntityByKind['skill'] {
    return this.getOf('skill', id);
  }
  /**
   * Gets a tool by id; throws a RangeError for an unknown id.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.getTool('pytorch').category; // 'deep-learning-frameworks'
   * ```
   */
  getTool(id: I['tool']): EntityByKind['tool'] {
    return this.getOf('tool', id);
  }
  /**
   * Gets a domain by id; throws a RangeError for an unknown id.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.getDomain('speech-recognition').datasets?.length;
   * ```
   */
  getDomain(id: I['domain']): EntityByKind['domain'] {
    return this.getOf('domain', id);
  }
  /**
   * Gets a career level by id; throws a RangeError for an unknown id.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.getCareerLevel('senior').rank; // 3
   * ```
   */
  getCareerLevel(id: I['careerLevel']): EntityByKind['careerLevel'] {
    return this.getOf('careerLevel', id);
  }
  /**
   * Gets a role by id; throws a RangeError for an unknown id.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.getRole('machine-learning-engineer').name;
   * ```
   */
  getRole(id: I['role']): EntityByKind['role'] {
    return this.getOf('role', id);
  }

  /**
   * Finds an entity by id, name or alias, ignoring case, spacing and punctuation ('Sci-Kit Learn', 'sklearn' and
   * 'scikit learn' all find scikit-learn), and says how it matched and which deprecated ids it followed.
   *
   * @throws TypeError when `text` is not a string.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * const hit = taxonomy.lookup('k8s');
   * hit?.entity.id; // 'kubernetes'
   * hit?.matchedBy; // 'alias'
   * ```
   */
  lookup(text: string): LookupResult | undefined {
    return this.#lookup(text, 'lookup');
  }

  /** {@link Taxonomy.lookup}, with the name of the public function that was called for its errors. */
  #lookup(text: string, fn: string): LookupResult | undefined {
    expectString(fn, 'text', text);
    const trimmed = text.trim();
    const direct = this.indexes.entity(trimmed);
    let matchedBy: LookupResult['matchedBy'];
    let found: Entity | undefined;
    if (direct) {
      found = direct;
      matchedBy = 'id';
    } else {
      // Names and aliases have at most 200 characters: a text fifty times longer names nothing, and is not worth
      // normalising (a megabyte costs a tenth of a second). Shorter texts are normalised whole, not cut: 'PyTorch'
      // followed by a thousand spaces and more words is not PyTorch.
      if (trimmed.length > MAX_NAME_TEXT) return undefined;
      const hit = this.indexes.names.find(trimmed);
      if (hit === undefined) return undefined;
      found = hit.entity;
      matchedBy = hit.isName ? 'name' : 'alias';
    }
    const { entity, replaced } = this.#follow(found);
    return { entity, matchedBy, replaced };
  }

  /**
   * Finds an entity by id, name or alias (see {@link Taxonomy.lookup}), following deprecated ids.
   * @throws TypeError when `text` is not a string.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.resolve('Sci-Kit Learn')?.id; // 'scikit-learn'
   * ```
   */
  resolve(text: string): Entity | undefined {
    return this.#lookup(text, 'resolve')?.entity;
  }

  /**
   * The taxonomy as plain JSON data (a fresh copy, safe to modify) that {@link validateTaxonomy} accepts again.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * const copy = JSON.stringify(taxonomy);
   * ```
   */
  toJSON(): TaxonomyDocument {
    return cloneJson(this.document);
  }

  /**
   * The skills a career level expects, with the proficiency and the behaviours that show it; deepest first.
   *
   * @param level - A career level id (`'entry'`, `'mid'`, `'senior'`, `'staff'`, `'principal'`, `'distinguished'`).
   * @param options - Filter by `role`, `category` (with sub-categories) or `minProficiency`; `onlyNew` keeps what
   *   is new or raised compared with the level below.
   * @throws RangeError for an unknown level, role, category or proficiency, with the closest valid ids.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   *
   * for (const { skill, proficiency } of taxonomy.skillsByLevel('senior', { onlyNew: true })) {
   *   console.log(`${skill.name}: ${proficiency.name}`);
   * }
   * ```
   */
  skillsByLevel(level: I['careerLevel'], options?: SkillsByLevelOptions<I>): LevelExpectation[] {
    return skillsByLevel(this as Taxonomy<IdSet>, level, options);
  }

  /**
   * The tools of a category and its sub-categories, most important first (or by name).
   * @param category - A tool category id.
   * @param options - `lifecycle` to keep one stage; `sort: 'name'` for alphabetical order.
   * @throws RangeError for an unknown category or lifecycle.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.toolsByCategory('deep-learning-frameworks').map((t) => t.name);
   * ```
   */
  toolsByCategory(category: I['toolCategory'], options?: ToolsByCategoryOptions): EntityByKind['tool'][] {
    return toolsByCategory(this as Taxonomy<IdSet>, category, options);
  }

  /**
   * Everything to learn before a domain (skills and domains), in learning order — foundations first — each with
   * its depth and the chain of ids that pulled it in.
   * @param domain - A domain id.
   * @param options - `transitive: false` for direct prerequisites only.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.domainPrerequisites('speech-recognition').map((s) => s.entity.name);
   * ```
   */
  domainPrerequisites(domain: I['domain'], options?: PrerequisiteOptions): PrerequisiteStep[] {
    return domainPrerequisites(this as Taxonomy<IdSet>, domain, options);
  }

  /**
   * The prerequisites of a skill or domain, in learning order (see {@link Taxonomy.domainPrerequisites}).
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.prerequisitesOf('backpropagation', { transitive: false });
   * ```
   */
  prerequisitesOf(id: I['skill'] | I['domain'], options?: PrerequisiteOptions): PrerequisiteStep[] {
    return prerequisitesOf(this as Taxonomy<IdSet>, id, options);
  }

  /**
   * The skills and domains that name this one as a direct prerequisite.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.dependentsOf('linear-algebra').map((e) => e.id);
   * ```
   */
  dependentsOf(id: I['skill'] | I['domain']): (EntityByKind['skill'] | EntityByKind['domain'])[] {
    return dependentsOf(this as Taxonomy<IdSet>, id);
  }

  /**
   * What is missing to reach the targets, in learning order, skipping what is known (and what that builds on).
   * The targets themselves come last, at depth 0.
   * @param targets - Skill or domain ids, names or aliases.
   * @param options - `known`: skills and domains already learnt.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.learningPath(['speech-recognition'], { known: ['linear-algebra', 'probability'] });
   * ```
   */
  learningPath(targets: readonly (I['skill'] | I['domain'] | (string & {}))[] | I['skill'] | I['domain'], options?: LearningPathOptions<I>): PrerequisiteStep[] {
    return learningPath(this as Taxonomy<IdSet>, targets as readonly string[], options as LearningPathOptions);
  }

  /**
   * Compares a person's skills with what a career level (and optionally a role) expects.
   * @param profile - Skill ids or names, optionally with a proficiency: `['python-programming', { skill: 'sklearn', proficiency: 'expert' }]`.
   * @param options - `level` (required) and `role`.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * const gaps = taxonomy.gapAnalysis(['algorithms', { skill: 'data structures', proficiency: 'practitioner' }], { level: 'mid' });
   * console.log(`${Math.round(gaps.coverage * 100)}% covered; missing ${gaps.missing.length}`);
   * ```
   */
  gapAnalysis(profile: readonly ProfileEntry<I>[], options: GapAnalysisOptions<I>): GapAnalysis {
    return gapAnalysis(this as Taxonomy<IdSet>, profile as readonly ProfileEntry[], options);
  }

  /**
   * Ranked, typo-tolerant search over names, aliases and descriptions: names before aliases before descriptions.
   * @example
   * ```ts
   * import { taxonomy } from 'ml-skills';
   * taxonomy.search('pytroch')[0]?.entity.id; // 'pytorch'
   * ```
   */
  search(query: string, options?: SearchOptions): SearchHit[] {
    return search(this as Taxonomy<IdSet>, query, options);
  }

  /** Every entity of every kind, in document order. */
  *entities(): IterableIterator<Entity> {
    for (const kind of KINDS) yield* this.lists[kind];
  }
}

/**
 * Any taxonomy, whatever its id types: the built-in one (literal ids), a custom one (string ids) or one written
 * `as const`. Use it for parameters that accept every taxonomy.
 *
 * @example
 * ```ts
 * import { taxonomy, type AnyTaxonomy } from 'ml-skills';
 * const countSkills = (t: AnyTaxonomy): number => t.skills.length;
 * countSkills(taxonomy);
 * ```
 */
// TypeScript measures the id parameter as invariant (it appears in both argument and result positions across
// the query options), so no single id type accepts them all; `any` here is the deliberate escape hatch.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTaxonomy = Taxonomy<any>;
