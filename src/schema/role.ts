import { z } from 'zod';
import { IdList, Ref } from './common.js';
import { entitySchema } from './entity.js';

import { IMPORTANCES } from './enums.js';

export { IMPORTANCES };

/** A job role (machine learning engineer, research scientist, …). */
export const RoleSchema = entitySchema('role', 'A job role in machine learning.', {
  summary: z.string().min(1).max(2000).optional().describe('One or two sentences a job description can open with.'),
  responsibilities: z
    .array(z.string().min(1).max(500))
    .optional()
    .describe('What people in the role do, as sentences a job description can use.'),
  skills: z
    .array(
      z.strictObject({
        skill: Ref.describe('The skill id.'),
        importance: z.enum(IMPORTANCES).describe('"core" skills are required for the role; "supporting" ones are a plus.'),
      }),
    )
    .optional()
    .describe('The skills the role draws on.'),
  domains: IdList('domains the role commonly works in').optional(),
  toolCategories: IdList('tool categories the role uses').optional(),
});

/** A role as written in a taxonomy document. */
export type RoleInput = z.input<typeof RoleSchema>;
/** How much a role relies on a skill: `'core'` or `'supporting'`. */
export type Importance = (typeof IMPORTANCES)[number];
