import type { BuiltinIds } from '../generated/ids.js';
import type { Taxonomy } from './taxonomy.js';
import { taxonomy } from './builtin.js';
import { quote } from '../internal/suggest.js';
import type { IdSet } from './entities.js';
import type { Entity, EntityByKind } from './entities.js';
import type { LevelExpectation, SkillsByLevelOptions } from '../queries/skills-by-level.js';
import type { ToolsByCategoryOptions } from '../queries/tools-by-category.js';
import type { PrerequisiteOptions, PrerequisiteStep } from '../queries/prerequisites.js';
import type { LearningPathOptions } from '../queries/learning-path.js';
import type { GapAnalysis, GapAnalysisOptions, ProfileEntry } from '../queries/gap-analysis.js';
import type { SearchHit, SearchOptions } from '../queries/search.js';

type B = BuiltinIds;

/**
 * The skills a career level expects in the built-in taxonomy; see {@link Taxonomy.skillsByLevel}.
 * @example
 * ```ts
 * import { skillsByLevel } from 'ml-skills';
 * skillsByLevel('staff', { category: 'ml-systems-and-mlops' }).map((x) => x.skill.name);
 * ```
 * @category Queries
 */
export const skillsByLevel = (level: B['careerLevel'], options?: SkillsByLevelOptions<B>): LevelExpectation[] => taxonomy.skillsByLevel(level, options);

/**
 * Every tool category of a taxonomy (the built-in one by default), as a fresh array the caller may reorder.
 * @throws TypeError when `from` is not a taxonomy.
 * @example
 * ```ts
 * import { toolCategories } from 'ml-skills';
 * toolCategories().length;
 * ```
 * @category Queries
 */
export const toolCategories = (from: Pick<Taxonomy<IdSet>, 'toolCategories'> = taxonomy): readonly EntityByKind['toolCategory'][] => {
  const list = from !== null && typeof from === 'object' ? from.toolCategories : undefined;
  if (!Array.isArray(list)) throw new TypeError(`toolCategories: from must be a Taxonomy (from createTaxonomy or the built-in taxonomy), got ${quote(from)}`);
  return list.slice();
};

/**
 * The tools of a category in the built-in taxonomy; see {@link Taxonomy.toolsByCategory}.
 * @example
 * ```ts
 * import { toolsByCategory } from 'ml-skills';
 * toolsByCategory('experiment-tracking-tools').map((t) => t.name);
 * ```
 * @category Queries
 */
export const toolsByCategory = (category: B['toolCategory'], options?: ToolsByCategoryOptions): EntityByKind['tool'][] => taxonomy.toolsByCategory(category, options);

/**
 * What to learn before a built-in domain, in learning order; see {@link Taxonomy.domainPrerequisites}.
 * @example
 * ```ts
 * import { domainPrerequisites } from 'ml-skills';
 * domainPrerequisites('computer-vision', { transitive: false }).map((s) => s.entity.id);
 * ```
 * @category Queries
 */
export const domainPrerequisites = (domain: B['domain'], options?: PrerequisiteOptions): PrerequisiteStep[] => taxonomy.domainPrerequisites(domain, options);

/**
 * The prerequisites of a built-in skill or domain; see {@link Taxonomy.prerequisitesOf}.
 * @example
 * ```ts
 * import { prerequisitesOf } from 'ml-skills';
 * prerequisitesOf('transformer-architecture').length;
 * ```
 * @category Queries
 */
export const prerequisitesOf = (id: B['skill'] | B['domain'], options?: PrerequisiteOptions): PrerequisiteStep[] => taxonomy.prerequisitesOf(id, options);

/**
 * The built-in skills and domains that require this one directly; see {@link Taxonomy.dependentsOf}.
 * @example
 * ```ts
 * import { dependentsOf } from 'ml-skills';
 * dependentsOf('probability').map((e) => e.id);
 * ```
 * @category Queries
 */
export const dependentsOf = (id: B['skill'] | B['domain']): (EntityByKind['skill'] | EntityByKind['domain'])[] => taxonomy.dependentsOf(id);

/**
 * What is missing to reach the targets in the built-in taxonomy; see {@link Taxonomy.learningPath}.
 * @example
 * ```ts
 * import { learningPath } from 'ml-skills';
 * learningPath(['computer-vision'], { known: ['linear-algebra'] }).map((s) => s.entity.name);
 * ```
 * @category Queries
 */
export const learningPath = (
  targets: readonly (B['skill'] | B['domain'] | (string & {}))[] | B['skill'] | B['domain'],
  options?: LearningPathOptions<B>,
): PrerequisiteStep[] => taxonomy.learningPath(targets, options);

/**
 * Compares a profile with a built-in career level; see {@link Taxonomy.gapAnalysis}.
 * @example
 * ```ts
 * import { gapAnalysis } from 'ml-skills';
 * gapAnalysis(['algorithms', 'data-structures'], { level: 'entry' }).coverage;
 * ```
 * @category Queries
 */
export const gapAnalysis = (profile: readonly ProfileEntry<B>[], options: GapAnalysisOptions<B>): GapAnalysis => taxonomy.gapAnalysis(profile, options);

/**
 * Searches the built-in taxonomy; see {@link Taxonomy.search}.
 * @example
 * ```ts
 * import { search } from 'ml-skills';
 * search('speech', { kinds: ['domain'] })[0]?.entity.id;
 * ```
 * @category Queries
 */
export const search = (query: string, options?: SearchOptions): SearchHit[] => taxonomy.search(query, options);

/**
 * Finds a built-in entity by id, name or alias; see {@link Taxonomy.resolve}.
 * @example
 * ```ts
 * import { resolve } from 'ml-skills';
 * resolve('k8s')?.id; // 'kubernetes'
 * ```
 * @category Queries
 */
export const resolve = (text: string): Entity | undefined => taxonomy.resolve(text);

/**
 * Gets a built-in entity by id (following deprecations); see {@link Taxonomy.get}.
 * @example
 * ```ts
 * import { get } from 'ml-skills';
 * get('senior')?.kind; // 'careerLevel'
 * ```
 * @category Queries
 */
export const get = (id: B[keyof B]): Entity | undefined => taxonomy.get(id);

/**
 * Gets a built-in skill; a misspelt id does not compile. See {@link Taxonomy.getSkill}.
 * @example
 * ```ts
 * import { getSkill } from 'ml-skills';
 * getSkill('ctc-loss').name;
 * ```
 * @category Queries
 */
export const getSkill = (id: B['skill']): EntityByKind['skill'] => taxonomy.getSkill(id);

/**
 * Gets a built-in tool. See {@link Taxonomy.getTool}.
 * @example
 * ```ts
 * import { getTool } from 'ml-skills';
 * getTool('scikit-learn').homepage;
 * ```
 * @category Queries
 */
export const getTool = (id: B['tool']): EntityByKind['tool'] => taxonomy.getTool(id);

/**
 * Gets a built-in domain. See {@link Taxonomy.getDomain}.
 * @example
 * ```ts
 * import { getDomain } from 'ml-skills';
 * getDomain('computer-vision').tasks;
 * ```
 * @category Queries
 */
export const getDomain = (id: B['domain']): EntityByKind['domain'] => taxonomy.getDomain(id);

/**
 * Gets a built-in career level. See {@link Taxonomy.getCareerLevel}.
 * @example
 * ```ts
 * import { getCareerLevel } from 'ml-skills';
 * getCareerLevel('staff').companyLevels;
 * ```
 * @category Queries
 */
export const getCareerLevel = (id: B['careerLevel']): EntityByKind['careerLevel'] => taxonomy.getCareerLevel(id);

/**
 * Gets a built-in role. See {@link Taxonomy.getRole}.
 * @example
 * ```ts
 * import { getRole } from 'ml-skills';
 * getRole('data-scientist').skills;
 * ```
 * @category Queries
 */
export const getRole = (id: B['role']): EntityByKind['role'] => taxonomy.getRole(id);
