import { z } from 'zod';
import { IdList, Ref } from './common.js';
import { entitySchema } from './entity.js';
import { Demand } from './demand.js';

import { LIFECYCLES } from './enums.js';

export { LIFECYCLES };

/** A group of tools; categories may nest through `parent`. */
export const ToolCategorySchema = entitySchema('toolCategory', 'A group of tools.', {
  parent: Ref.optional().describe('The id of the broader tool category, if any.'),
});

/** A language, library, framework, platform or service. */
export const ToolSchema = entitySchema('tool', 'A programming language, library, framework, platform or service.', {
  category: Ref.describe('The id of the tool category.'),
  homepage: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/)
    .max(2048)
    .optional()
    .describe('The official homepage.'),
  license: z.string().min(1).max(200).optional().describe('The licence, as an SPDX id where one exists, or "proprietary".'),
  languages: IdList('tools (programming languages) it is used from').optional(),
  skills: IdList('skills the tool serves').optional(),
  lifecycle: z
    .enum(LIFECYCLES)
    .optional()
    .describe('"emerging" (new, fast-moving), "active" (mainstream) or "legacy" (maintained or superseded, rarely chosen for new work).'),
  supersededBy: Ref.optional().describe('The id of the tool that superseded this one.'),
  demand: Demand.optional(),
});

/** A tool category as written in a taxonomy document. */
export type ToolCategoryInput = z.input<typeof ToolCategorySchema>;
/** A tool as written in a taxonomy document. */
export type ToolInput = z.input<typeof ToolSchema>;
/** A tool's lifecycle stage: `'emerging'`, `'active'` or `'legacy'`. */
export type Lifecycle = (typeof LIFECYCLES)[number];
