import { z } from 'zod';
import { IdList, Ref } from './common.js';
import { entitySchema } from './entity.js';
import { SKILL_TYPES } from './enums.js';

/** A group of skills; categories may nest through `parent`. */
export const SkillCategorySchema = entitySchema('skillCategory', 'A group of skills.', {
  parent: Ref.optional().describe('The id of the broader skill category, if any.'),
});

/** What a skill demands at one career level. */
export const ExpectationSchema = z
  .strictObject({
    level: Ref.describe('The career level id.'),
    proficiency: Ref.describe('The proficiency level id expected at that career level.'),
    behaviours: z
      .array(z.string().min(1).max(500))
      .optional()
      .describe('Observable behaviours that show the expected proficiency at that level.'),
  })
  .describe('The proficiency a career level expects in a skill, and how it shows.')
  .meta({ id: 'expectation' });

/** A skill, knowledge area or competence. */
export const SkillSchema = entitySchema('skill', 'A skill, body of knowledge or competence.', {
  category: Ref.describe('The id of the skill category.'),
  type: z
    .enum(SKILL_TYPES)
    .describe('ESCO\'s distinction: "knowledge" (what one knows), "skill" (what one can do), "competence" (applying both with autonomy).'),
  prerequisites: IdList('skills to learn first').optional(),
  tools: IdList('tools used to practise the skill').optional(),
  expectations: z
    .array(ExpectationSchema)
    .optional()
    .describe('Expected proficiency per career level; levels not listed do not expect the skill.'),
});

/** A skill category as written in a taxonomy document. */
export type SkillCategoryInput = z.input<typeof SkillCategorySchema>;
/** A skill as written in a taxonomy document (`kind` optional, implied by the list). */
export type SkillInput = z.input<typeof SkillSchema>;
/** What a skill demands at one career level: the level, the proficiency and the behaviours that show it. */
export type Expectation = z.infer<typeof ExpectationSchema>;
