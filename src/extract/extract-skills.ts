import { expectKnownKeys, expectOptions, expectString, unknownMessage } from '../internal/args.js';
import { quote } from '../internal/suggest.js';
import { taxonomy as builtin } from '../taxonomy/builtin.js';
import type { IdSet } from '../taxonomy/entities.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { kindMask } from './compile.js';
import { matcherFor } from './matcher.js';
import { scan } from './scan.js';
import { select } from './select.js';
import { DEFAULT_EXTRACT_KINDS, EXTRACT_KINDS, type ExtractKind, type ExtractOptions, type ExtractResult, type ExtractedEntity } from './types.js';

const FN = 'extractSkills';

/** Checks the options and fills in the defaults. */
function readOptions(options: ExtractOptions | undefined): { kinds: Set<ExtractKind>; minConfidence: number; tax: Taxonomy<IdSet> } {
  expectOptions(FN, 'options', options);
  // A misspelt option ({ kind: ['tool'] }) must not be silently ignored.
  expectKnownKeys(FN, 'options', options, ['kinds', 'minConfidence', 'taxonomy']);
  const o = options ?? {};
  let kinds: readonly ExtractKind[] = DEFAULT_EXTRACT_KINDS;
  if (o.kinds !== undefined) {
    if (!Array.isArray(o.kinds)) throw new TypeError(`${FN}: options.kinds must be an array of kinds, got ${quote(o.kinds)} (valid: ${EXTRACT_KINDS.join(', ')})`);
    for (const k of o.kinds as unknown[]) {
      if (typeof k !== 'string') throw new TypeError(`${FN}: options.kinds must hold kind names, got ${quote(k)} (valid: ${EXTRACT_KINDS.join(', ')})`);
      if (!(EXTRACT_KINDS as readonly string[]).includes(k)) throw new RangeError(unknownMessage(FN, 'options.kinds', k, EXTRACT_KINDS, 'kind'));
    }
    kinds = o.kinds;
  }
  const minConfidence = o.minConfidence ?? 0.5;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new RangeError(`${FN}: options.minConfidence must be a number from 0 to 1, got ${quote(minConfidence)}`);
  }
  const tax = o.taxonomy ?? builtin;
  if (!(tax instanceof Taxonomy)) throw new TypeError(`${FN}: options.taxonomy must be a Taxonomy (from createTaxonomy or extendTaxonomy), got ${quote(tax)}`);
  return { kinds: new Set(kinds), minConfidence, tax: tax as Taxonomy<IdSet> };
}

/**
 * Finds the taxonomy's skills, tools and domains in free text: every mention with its exact place, and the
 * entities mentioned, counted.
 *
 * Names and aliases are matched whatever their case and punctuation ('scikit learn', 'Sci-Kit-Learn', 'NodeJS'),
 * in the plural ('LLMs', 'CNNs'), before version numbers ('Python 3.11', 'TensorFlow2') and where scraping glued
 * words together ('PyTorchExperience'), longest name first ('Apache Spark Streaming' over 'Spark'). Names that are
 * also ordinary words ('Go', 'R', 'Spark', 'Excel') follow the entity's `matching` rules: exact case, text that
 * rules them out right before or after, and context words that must be near; without such context they score
 * about 0.3, below the default `minConfidence`. Mentions inside URLs and e-mail addresses are skipped.
 *
 * The matcher is compiled once per taxonomy and cached; a scan is linear in the length of the text.
 *
 * @param text - Any text: a job posting, a CV, a course description.
 * @param options - `kinds` to look for (`['skill', 'tool', 'domain']` by default), `minConfidence` (0.5 by
 *   default) and `taxonomy` (the built-in one by default).
 * @returns `mentions` in text order, their offsets in UTF-16 units (`text.slice(start, end) === surface`), and
 *   `entities`, one per id in order of first mention, with `count` and the best `confidence`.
 * @throws TypeError when `text` is not a string or an option has the wrong type; RangeError for an unknown kind
 *   or a `minConfidence` outside 0 to 1.
 * @example
 * ```ts
 * import { extractSkills } from 'ml-skills';
 *
 * const { mentions, entities } = extractSkills('Strong Python 3.11 and PyTorch; Go (golang) a plus. R&D team.');
 * mentions.map((m) => m.id); // ['python', 'pytorch', 'go', 'go']
 * entities.map((e) => `${e.id}×${e.count}`); // ['python×1', 'pytorch×1', 'go×2']
 * ```
 * @category Extraction
 */
export function extractSkills(text: string, options?: ExtractOptions): ExtractResult {
  expectString(FN, 'text', text);
  const { kinds, minConfidence, tax } = readOptions(options);
  const matcher = matcherFor(tax);
  const mentions = select(text, matcher, scan(text, matcher), kindMask(kinds), minConfidence);
  const byId = new Map<string, ExtractedEntity>();
  const entities: ExtractedEntity[] = [];
  for (const mention of mentions) {
    const e = byId.get(mention.id);
    if (e === undefined) {
      const name = matcher.targets[matcher.targetIndex.get(mention.id)!]!.name;
      const created: ExtractedEntity = { id: mention.id, kind: mention.kind, name, count: 1, confidence: mention.confidence, start: mention.start, end: mention.end, surfaces: [mention.surface] };
      byId.set(mention.id, created);
      entities.push(created);
    } else {
      e.count++;
      if (mention.confidence > e.confidence) e.confidence = mention.confidence;
      if (!e.surfaces.includes(mention.surface)) e.surfaces.push(mention.surface);
    }
  }
  return { mentions, entities };
}
