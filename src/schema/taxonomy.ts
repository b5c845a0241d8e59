import { z } from 'zod';
import { Id, Source } from './common.js';
import { CareerLevelSchema, ProficiencyLevelSchema } from './career-level.js';
import { SkillCategorySchema, SkillSchema } from './skill.js';
import { ToolCategorySchema, ToolSchema } from './tool.js';
import { DatasetSchema, DomainSchema, MetricSchema } from './domain.js';
import { RoleSchema } from './role.js';
import { DemandSource } from './demand.js';

import { SCHEMA_VERSION } from './enums.js';

export { SCHEMA_VERSION };

/** The entity lists of a taxonomy, keyed by list name, with the schema of their entries. */
export const entityLists = {
  careerLevels: z.array(CareerLevelSchema).describe('The career ladder, ordered by rank.'),
  proficiencyLevels: z.array(ProficiencyLevelSchema).describe('The proficiency scale, ordered by rank.'),
  skillCategories: z.array(SkillCategorySchema).describe('Groups of skills.'),
  skills: z.array(SkillSchema).describe('Skills, knowledge and competences.'),
  toolCategories: z.array(ToolCategorySchema).describe('Groups of tools.'),
  tools: z.array(ToolSchema).describe('Languages, libraries, frameworks, platforms and services.'),
  domains: z.array(DomainSchema).describe('Domain specialisations.'),
  datasets: z.array(DatasetSchema).describe('Benchmark datasets.'),
  metrics: z.array(MetricSchema).describe('Evaluation metrics.'),
  roles: z.array(RoleSchema).describe('Job roles.'),
};

const optionalLists = {
  careerLevels: entityLists.careerLevels.optional(),
  proficiencyLevels: entityLists.proficiencyLevels.optional(),
  skillCategories: entityLists.skillCategories.optional(),
  skills: entityLists.skills.optional(),
  toolCategories: entityLists.toolCategories.optional(),
  tools: entityLists.tools.optional(),
  domains: entityLists.domains.optional(),
  datasets: entityLists.datasets.optional(),
  metrics: entityLists.metrics.optional(),
  roles: entityLists.roles.optional(),
};

const $schema = z.string().max(2048).optional().describe('The JSON Schema this document follows, for editor completion.');

/** A whole taxonomy document: metadata and the entity lists (each optional; absent means empty). */
export const TaxonomySchema = z
  .strictObject({
    $schema,
    id: Id.describe('The taxonomy\'s own id, e.g. "ml-skills" or "acme-ml-ladder".'),
    name: z.string().min(1).max(200).describe('The taxonomy\'s display name.'),
    description: z.string().min(1).max(5000).optional().describe('What the taxonomy covers.'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
      .describe('The semver version of the data: major for a removed id or field, minor for additions, patch for wording.'),
    schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION).describe(`The version of the document format (this library reads up to ${SCHEMA_VERSION}).`),
    license: z.string().min(1).max(200).optional().describe('The data\'s licence, as an SPDX id (e.g. "CC-BY-4.0").'),
    sources: z.array(Source).optional().describe('Sources of the taxonomy as a whole.'),
    demandSource: DemandSource.optional(),
    ...optionalLists,
  })
  .describe('A taxonomy of machine-learning skills, tools, domains and roles (ml-skills format).');

/** A part of a taxonomy: any of the entity lists, as the built-in data files and overlays hold them. */
export const TaxonomyFragmentSchema = z
  .strictObject({ $schema, ...optionalLists })
  .describe('A part of an ml-skills taxonomy: some of its entity lists. The built-in data and extension overlays are written as fragments.');

/** A whole taxonomy document, as written in a file (what {@link validateTaxonomy} accepts). */
export type TaxonomyInput = z.input<typeof TaxonomySchema>;
/** Some of the entity lists of a taxonomy, as the built-in data files and extension overlays hold them. */
export type TaxonomyFragment = z.input<typeof TaxonomyFragmentSchema>;
