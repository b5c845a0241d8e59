// The public API of ml-skills. Anything not exported here is internal.

// The built-in taxonomy and the queries bound to it
export { taxonomy } from './taxonomy/builtin.js';
export {
  skillsByLevel,
  toolCategories,
  toolsByCategory,
  domainPrerequisites,
  prerequisitesOf,
  dependentsOf,
  learningPath,
  gapAnalysis,
  search,
  resolve,
  get,
  getSkill,
  getTool,
  getDomain,
  getCareerLevel,
  getRole,
} from './taxonomy/bound.js';

// Custom taxonomies
export { Taxonomy } from './taxonomy/taxonomy.js';
export type { LookupResult, AnyTaxonomy } from './taxonomy/taxonomy.js';
export { createTaxonomy } from './taxonomy/create.js';
export type { IdsOf } from './taxonomy/create.js';
export { extendTaxonomy } from './taxonomy/extend.js';
export type { TaxonomyOverlay, ExtendOptions } from './taxonomy/extend.js';
export type { TaxonomyDocument } from './taxonomy/document.js';

// Job descriptions
export { generateJobDescription } from './jd/generate.js';
export { renderJobDescription, JOB_DESCRIPTION_FORMATS } from './jd/render/index.js';
export type { JobDescriptionFormat } from './jd/render/index.js';
export { toJobPosting } from './jd/render/jsonld.js';
export type { JsonLdNode } from './jd/render/jsonld.js';
export type { JobDescriptionOptions, JobDescriptionCounts, RequirementInput } from './jd/options.js';
export type {
  JobDescription,
  JobDescriptionRef,
  Requirement,
  RequirementTerm,
  RequirementTermKind,
  RequirementSource,
  ToolGroup,
  DomainKnowledge,
  ExperienceRequirement,
  PostingDetails,
  PostingFact,
  Company,
  JobLocation,
  Salary,
  SalaryUnit,
  EmploymentType,
} from './jd/types.js';

// Skill extraction
export { extractSkills } from './extract/extract-skills.js';
export { EXTRACT_KINDS, DEFAULT_EXTRACT_KINDS } from './extract/types.js';
export type { ExtractKind, ExtractOptions, Mention, ExtractedEntity, ExtractResult } from './extract/types.js';

// Versions and interop
export { diffTaxonomies, migrateTaxonomy, toJsonLd, toCsv, toMermaid, importEsco, importOnetTechnology } from './interop/index.js';
export type {
  TaxonomyDiff,
  EntityChange,
  TaxonomyLike,
  Bump,
  JsonLdDocument,
  JsonLdOptions,
  JsonObject,
  JsonValue,
  MermaidOptions,
  EscoFiles,
  EscoImportOptions,
  EscoImport,
  EscoRelations,
  OnetTechnologyImport,
  OnetToolFlags,
  ImportOptions,
  DroppedAlias,
} from './interop/index.js';

// Validation
export { validateTaxonomy } from './validate/validate-taxonomy.js';
export type { ValidationResult } from './validate/validate-taxonomy.js';
export { TaxonomyValidationError } from './validate/errors.js';
export type { ValidationIssue, IssueCode, Severity } from './validate/issue.js';

// Types of the data model (the zod schemas themselves are in 'ml-skills/schema')
export type {
  CareerLevel,
  ProficiencyLevel,
  SkillCategory,
  Skill,
  ToolCategory,
  Tool,
  Domain,
  Dataset,
  Metric,
  Role,
  Entity,
  EntityByKind,
  IdSet,
  StringIds,
} from './taxonomy/entities.js';
export type { EntityKind, ListName, DeepReadonly } from './schema/kinds.js';
export type { TaxonomyInput, TaxonomyFragment } from './schema/taxonomy.js';
export type { Lifecycle } from './schema/tool.js';
export type { Importance } from './schema/role.js';
export type {
  BuiltinIds,
  CareerLevelId,
  ProficiencyLevelId,
  SkillCategoryId,
  SkillId,
  ToolCategoryId,
  ToolId,
  DomainId,
  DatasetId,
  MetricId,
  RoleId,
} from './generated/ids.js';

// Query option and result types
export type { SkillsByLevelOptions, LevelExpectation } from './queries/skills-by-level.js';
export type { ToolsByCategoryOptions } from './queries/tools-by-category.js';
export type { PrerequisiteOptions, PrerequisiteStep } from './queries/prerequisites.js';
export type { LearningPathOptions } from './queries/learning-path.js';
export type { GapAnalysis, GapAnalysisOptions, GapItem, ProfileEntry } from './queries/gap-analysis.js';
export type { SearchOptions, SearchHit } from './queries/search.js';
