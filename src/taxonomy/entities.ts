import type { EntityKind, EntityOf } from '../schema/kinds.js';

/** A step of the career ladder. */
export type CareerLevel = EntityOf<'careerLevel'>;
/** A step of the proficiency scale. */
export type ProficiencyLevel = EntityOf<'proficiencyLevel'>;
/** A group of skills. */
export type SkillCategory = EntityOf<'skillCategory'>;
/** A skill, body of knowledge or competence. */
export type Skill = EntityOf<'skill'>;
/** A group of tools. */
export type ToolCategory = EntityOf<'toolCategory'>;
/** A language, library, framework, platform or service. */
export type Tool = EntityOf<'tool'>;
/** A domain specialisation. */
export type Domain = EntityOf<'domain'>;
/** A benchmark dataset. */
export type Dataset = EntityOf<'dataset'>;
/** An evaluation metric. */
export type Metric = EntityOf<'metric'>;
/** A job role. */
export type Role = EntityOf<'role'>;

/** Entities by kind. */
export interface EntityByKind {
  careerLevel: CareerLevel;
  proficiencyLevel: ProficiencyLevel;
  skillCategory: SkillCategory;
  skill: Skill;
  toolCategory: ToolCategory;
  tool: Tool;
  domain: Domain;
  dataset: Dataset;
  metric: Metric;
  role: Role;
}

/** Any entity; narrow it with `kind`. */
export type Entity = EntityByKind[EntityKind];

/** The id type of each kind; `string` for custom taxonomies, literal unions for the built-in one. */
export type IdSet = { readonly [K in EntityKind]: string };

/** The ids of a taxonomy whose every kind uses plain strings (the default id types of a custom taxonomy). */
export type StringIds = IdSet;
