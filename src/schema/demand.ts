import { z } from 'zod';

/** How often real job postings ask for a tool or domain; measured, not estimated. */
export const Demand = z
  .strictObject({
    share: z.number().min(0).max(1).describe('Share of the sampled job postings that mention it, 0 to 1.'),
    postings: z.number().int().min(0).describe('How many of the sampled postings mention it.'),
    hotTechnology: z.boolean().optional().describe('O*NET marks a matching technology example a Hot Technology (frequent across all postings).'),
    inDemand: z.boolean().optional().describe('O*NET marks a matching technology example In Demand for at least one ML occupation.'),
  })
  .describe('Demand measured in real job postings and O*NET flags; see the taxonomy\'s `demandSource` for the sample.')
  .meta({ id: 'demand' });

/** The sample that `demand` figures were measured on. */
export const DemandSource = z
  .strictObject({
    name: z.string().min(1).max(300).describe('The name of the sample of job postings.'),
    url: z.string().regex(/^https?:\/\/[^\s]+$/).max(2048).describe('Where the sample is published.'),
    license: z.string().min(1).max(100).optional().describe('The sample\'s licence.'),
    region: z.string().min(1).max(100).optional().describe('Where the jobs are.'),
    postings: z.number().int().min(1).describe('How many postings the sample holds.'),
    period: z
      .strictObject({
        from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Date of the earliest posting (YYYY-MM-DD).'),
        to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Date of the latest posting (YYYY-MM-DD).'),
      })
      .describe('The period the postings cover.'),
  })
  .describe('The job postings the `demand` figures were measured on.')
  .meta({ id: 'demandSource' });
