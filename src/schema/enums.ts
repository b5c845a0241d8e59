// Closed value sets of the data model, kept free of zod so that queries can use them without loading the schemas.

/** The lifecycle stages of a tool. */
export const LIFECYCLES = ['emerging', 'active', 'legacy'] as const;

/** How much a role relies on a skill. */
export const IMPORTANCES = ['core', 'supporting'] as const;

/** ESCO's three types of skill concept. */
export const SKILL_TYPES = ['knowledge', 'skill', 'competence'] as const;
