import type { TaxonomyInput } from '../schema/taxonomy.js';
import type { DeepReadonly } from '../schema/kinds.js';
import type { EntityByKind } from './entities.js';

/**
 * A taxonomy document as the Taxonomy object holds it and `toJSON` returns it: the metadata, and every list
 * present, each entity with its `kind`.
 */
export type TaxonomyDocument = DeepReadonly<Omit<TaxonomyInput, '$schema' | ListKey>> & {
  readonly careerLevels: readonly EntityByKind['careerLevel'][];
  readonly proficiencyLevels: readonly EntityByKind['proficiencyLevel'][];
  readonly skillCategories: readonly EntityByKind['skillCategory'][];
  readonly skills: readonly EntityByKind['skill'][];
  readonly toolCategories: readonly EntityByKind['toolCategory'][];
  readonly tools: readonly EntityByKind['tool'][];
  readonly domains: readonly EntityByKind['domain'][];
  readonly datasets: readonly EntityByKind['dataset'][];
  readonly metrics: readonly EntityByKind['metric'][];
  readonly roles: readonly EntityByKind['role'][];
};

type ListKey =
  | 'careerLevels'
  | 'proficiencyLevels'
  | 'skillCategories'
  | 'skills'
  | 'toolCategories'
  | 'tools'
  | 'domains'
  | 'datasets'
  | 'metrics'
  | 'roles';
