import { z } from 'zod';
import { IdList } from './common.js';
import { entitySchema } from './entity.js';
import { Demand } from './demand.js';

/** A domain specialisation of machine learning (computer vision, speech recognition, …). */
export const DomainSchema = entitySchema('domain', 'A domain specialisation of machine learning.', {
  applications: z
    .array(z.string().min(1).max(300))
    .optional()
    .describe('Products and uses the domain serves, in plain words.'),
  tasks: IdList('skills that are the domain\'s tasks (e.g. object detection)').optional(),
  techniques: IdList('skills that are the domain\'s techniques and model families').optional(),
  datasets: IdList('benchmark datasets').optional(),
  metrics: IdList('evaluation metrics').optional(),
  prerequisites: IdList('skills or domains to learn before the domain').optional(),
  tools: IdList('tools characteristic of the domain').optional(),
  demand: Demand.optional(),
});

/** A public dataset, usually a benchmark. */
export const DatasetSchema = entitySchema('dataset', 'A public dataset, usually a benchmark.', {
  year: z.number().int().min(1900).max(2100).optional().describe('The year the dataset was published.'),
  size: z.string().min(1).max(300).optional().describe('Its size as its publishers state it (e.g. "about 1,000 hours of read English speech").'),
  url: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/)
    .max(2048)
    .optional()
    .describe('The dataset\'s official page.'),
  license: z.string().min(1).max(300).optional().describe('The licence or terms under which it is distributed.'),
  domains: IdList('domains the dataset serves').optional(),
  tasks: IdList('skills (tasks) the dataset benchmarks').optional(),
});

/** An evaluation metric. */
export const MetricSchema = entitySchema('metric', 'An evaluation metric.', {
  measures: z.string().min(1).max(1000).describe('What the metric measures.'),
  formula: z.string().min(1).max(1000).optional().describe('The formula, where one exists, in plain text.'),
  higherIsBetter: z.boolean().optional().describe('Whether higher values are better.'),
  range: z.string().min(1).max(100).optional().describe('The range of values (e.g. "0 to 1").'),
  domains: IdList('domains that use the metric').optional(),
});

/** A domain as written in a taxonomy document. */
export type DomainInput = z.input<typeof DomainSchema>;
/** A dataset as written in a taxonomy document. */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** A metric as written in a taxonomy document. */
export type MetricInput = z.input<typeof MetricSchema>;
