import { z } from 'zod';
import { entitySchema } from './entity.js';

/** One step of the career ladder (entry, mid, senior, staff, principal, distinguished). */
export const CareerLevelSchema = entitySchema('careerLevel', 'A step of the career ladder.', {
  rank: z.number().int().min(0).max(1000).describe('Position on the ladder: a higher rank is a more senior level. Ranks are a strict order.'),
  typicalYears: z
    .strictObject({
      min: z.number().min(0).max(60).describe('Typical fewest years of experience at this level.'),
      max: z.number().min(0).max(60).optional().describe('Typical most years of experience; absent for open-ended levels.'),
    })
    .optional()
    .describe('Typical years of industry experience of people at this level.'),
  scope: z.string().min(1).max(2000).optional().describe('The scope of impact expected at this level (task, project, team, organisation, industry).'),
  responsibilities: z
    .array(z.string().min(1).max(500))
    .optional()
    .describe('What people at this level are trusted with, as sentences a job description can use.'),
  companyLevels: z
    .array(
      z.strictObject({
        company: z.string().min(1).max(200).describe('The company whose ladder this is.'),
        levels: z.array(z.string().min(1).max(100)).min(1).describe('The company\'s level codes that map to this step (e.g. "L5").'),
      }),
    )
    .optional()
    .describe('The levels of company ladders that map onto this step; approximate.'),
});

/** The proficiency scale: how well a skill is held. */
export const ProficiencyLevelSchema = entitySchema('proficiencyLevel', 'A step of the proficiency scale.', {
  rank: z.number().int().min(0).max(1000).describe('Position on the scale: a higher rank is a deeper proficiency. Ranks are a strict order.'),
  indicators: z
    .array(z.string().min(1).max(500))
    .optional()
    .describe('What someone at this proficiency can be seen to do.'),
});

/** A career level as written in a taxonomy document (the input side of {@link CareerLevelSchema}). */
export type CareerLevelInput = z.input<typeof CareerLevelSchema>;
/** A proficiency level as written in a taxonomy document. */
export type ProficiencyLevelInput = z.input<typeof ProficiencyLevelSchema>;
