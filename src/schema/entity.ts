import { z } from 'zod';
import { entityFields } from './common.js';

/**
 * Builds the schema of one entity kind: the shared fields, an optional `kind` literal (implied by the list the
 * entity sits in) and the kind's own fields.
 */
export const entitySchema = <K extends string, S extends z.ZodRawShape>(kind: K, description: string, shape: S) =>
  z
    .strictObject({
      kind: z
        .literal(kind)
        .optional()
        .describe(`The entity kind, "${kind}"; optional in documents because the list implies it.`),
      ...entityFields,
      ...shape,
    })
    .describe(description)
    .meta({ id: kind });
