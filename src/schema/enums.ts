// Constants and closed value sets of the data model, kept free of zod so that the library can use them without
// loading the schemas.

/** The lifecycle stages of a tool. */
export const LIFECYCLES = ['emerging', 'active', 'legacy'] as const;

/** How much a role relies on a skill. */
export const IMPORTANCES = ['core', 'supporting'] as const;

/** ESCO's three types of skill concept. */
export const SKILL_TYPES = ['knowledge', 'skill', 'competence'] as const;

/** The version of the document format this library reads and writes. */
export const SCHEMA_VERSION = 1;

/** The kebab-case pattern every id follows: lowercase letters and digits in words joined by single hyphens. */
export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
