import { z } from 'zod';

import { ID_PATTERN } from './enums.js';

export { ID_PATTERN };

/** A stable kebab-case identifier, unique across the whole taxonomy. */
export const Id = z
  .string()
  .regex(new RegExp(ID_PATTERN))
  .max(120)
  .describe('A stable kebab-case identifier (e.g. "object-detection"), unique across the whole taxonomy. Ids are forever: deprecate, never remove or reuse.');

/**
 * A reference to another entity's id. Its form is not checked here: a reference must name an existing id, which the
 * cross-record rules check (with "did you mean"), so a second, per-reference pattern test would only cost time.
 */
export const Ref = z.string().min(1).max(120).describe('The id of another entity of the taxonomy.');

/** A list of ids that all point at one kind of entity. */
export const IdList = (what: string): z.ZodArray<typeof Ref> =>
  z.array(Ref).max(100_000).describe(`Ids of ${what}.`);

const Url = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/)
  .max(2048);

/** Where a fact comes from: a title and a URL. */
export const Source = z
  .strictObject({
    title: z.string().min(1).max(500).describe('What the source is: the page, paper, dataset card or book section.'),
    url: Url.describe('An http(s) URL where the source can be read.'),
  })
  .describe('A reference that backs the entity: official documentation, the paper, the dataset page or the book.')
  .meta({ id: 'source' });

const CrosswalkCode = z
  .strictObject({
    code: z.string().min(1).max(300).describe('The code or URI in the external scheme.'),
    match: z
      .enum(['exact', 'close'])
      .optional()
      .describe('How closely the external concept matches: "exact" (same concept) or "close" (overlapping). Defaults to "close".'),
  })
  .describe('A code in an external classification.');

/** Codes in external classifications. Codes only: no text is copied from them. */
export const Crosswalks = z
  .strictObject({
    esco: z.array(CrosswalkCode).optional().describe('ESCO concept URIs (skills or occupations), e.g. "http://data.europa.eu/esco/skill/…".'),
    onetSoc: z.array(CrosswalkCode).optional().describe('O*NET-SOC occupation codes, e.g. "15-2051.00".'),
    isco08: z.array(CrosswalkCode).optional().describe('ISCO-08 unit group codes, e.g. "2511".'),
    unspsc: z.array(CrosswalkCode).optional().describe('UNSPSC commodity codes as O*NET uses them for technology, e.g. "43232605".'),
    sfia: z
      .array(
        z.strictObject({
          code: z.string().regex(/^[A-Z]{4}$/).describe('The four-letter SFIA skill code, e.g. "MLNG".'),
          level: z.number().int().min(1).max(7).optional().describe('The SFIA level of responsibility, 1 to 7.'),
          match: CrosswalkCode.shape.match,
        }),
      )
      .optional()
      .describe('SFIA skill codes and levels (codes only; SFIA text is licensed and never copied).'),
    wikidata: z.array(CrosswalkCode).optional().describe('Wikidata item ids, e.g. "Q2539".'),
  })
  .describe('Codes of the same concept in other classifications (ESCO, O*NET-SOC, ISCO-08, UNSPSC, SFIA, Wikidata).')
  .meta({ id: 'crosswalks' });

/** Marks an entity as deprecated: it keeps resolving, and points at its replacement. */
export const Deprecation = z
  .strictObject({
    since: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .describe('The data version (semver) that deprecated the entity.'),
    replacedBy: Ref.optional().describe('The id that replaces this one; lookups of the old id follow it.'),
    reason: z.string().max(1000).optional().describe('Why the entity was deprecated.'),
  })
  .describe('Deprecation: the entity stays resolvable, but new work should use its replacement.')
  .meta({ id: 'deprecation' });

/** Rules that decide, from context, whether an ambiguous name in text means this entity. */
export const Matching = z
  .strictObject({
    ambiguous: z
      .array(z.string().min(1).max(200))
      .optional()
      .describe('Names or aliases that are also ordinary words or other things ("Go", "R", "Spark"): found in text only with supporting context.'),
    caseSensitive: z
      .array(z.string().min(1).max(200))
      .optional()
      .describe('Names or aliases that match only in exactly this case ("Go" but not "go").'),
    contextWords: z
      .array(z.string().min(1).max(200))
      .optional()
      .describe('Words that, near an ambiguous name, show that this entity is meant (e.g. "golang", "goroutines" for Go).'),
    notBefore: z
      .array(z.string().min(1).max(200))
      .optional()
      .describe('Text that, directly after the name, shows it is not this entity (e.g. "&D" after "R").'),
    notAfter: z
      .array(z.string().min(1).max(200))
      .optional()
      .describe('Text that, directly before the name, shows it is not this entity (e.g. "to " before "excel").'),
  })
  .describe('Context rules for finding this entity in free text; data, not code.')
  .meta({ id: 'matching' });

/** The fields every entity shares. */
export const entityFields = {
  id: Id,
  name: z.string().min(1).max(200).describe('The display name, as people write it.'),
  description: z.string().min(1).max(5000).describe('What it is, in the project\'s own words.'),
  aliases: z
    .array(z.string().min(1).max(200))
    .max(10_000)
    .optional()
    .describe('Other names people write for it (abbreviations, spellings, former names); used by resolve, search and extraction.'),
  sources: z.array(Source).max(100).optional().describe('References backing the entity; the built-in data has at least one per entity.'),
  crosswalks: Crosswalks.optional(),
  deprecated: Deprecation.optional(),
  matching: Matching.optional(),
};
