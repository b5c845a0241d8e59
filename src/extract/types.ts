import type { AnyTaxonomy } from '../taxonomy/taxonomy.js';

/**
 * The entity kinds that {@link extractSkills} can find in text.
 * @example
 * ```ts
 * import { EXTRACT_KINDS } from 'ml-skills';
 * EXTRACT_KINDS.includes('tool'); // true
 * ```
 */
export const EXTRACT_KINDS = ['skill', 'tool', 'domain', 'skillCategory', 'toolCategory', 'dataset', 'metric', 'role'] as const;

/**
 * An entity kind that {@link extractSkills} can find: `'skill'`, `'tool'`, `'domain'`, …
 * @example
 * ```ts
 * import { extractSkills, type ExtractKind } from 'ml-skills';
 * const kinds: ExtractKind[] = ['tool', 'domain'];
 * extractSkills('NLP with PyTorch', { kinds }).mentions.map((m) => m.kind); // ['domain', 'tool']
 * ```
 */
export type ExtractKind = (typeof EXTRACT_KINDS)[number];

/**
 * The kinds {@link extractSkills} looks for when `kinds` is not given: skills, tools and domains.
 * @example
 * ```ts
 * import { DEFAULT_EXTRACT_KINDS, extractSkills } from 'ml-skills';
 * const kinds = [...DEFAULT_EXTRACT_KINDS, 'dataset' as const];
 * extractSkills('ImageNet and PyTorch', { kinds }).mentions.map((m) => m.id); // ['imagenet', 'pytorch']
 * ```
 */
export const DEFAULT_EXTRACT_KINDS: readonly ExtractKind[] = ['skill', 'tool', 'domain'];

/**
 * Options of {@link extractSkills}.
 * @example
 * ```ts
 * import { extractSkills, type ExtractOptions } from 'ml-skills';
 * const options: ExtractOptions = { kinds: ['tool'], minConfidence: 0.8 };
 * extractSkills('Python and PyTorch', options).entities.length; // 2
 * ```
 */
export interface ExtractOptions {
  /** The kinds to look for; `['skill', 'tool', 'domain']` by default. */
  readonly kinds?: readonly ExtractKind[];
  /**
   * Mentions below this confidence (0 to 1) are left out; 0.5 by default. Ambiguous names found without supporting
   * context score about 0.3, so `minConfidence: 0` shows them too.
   */
  readonly minConfidence?: number;
  /** The taxonomy whose names and aliases are looked for; the built-in one by default. */
  readonly taxonomy?: AnyTaxonomy;
}

/**
 * One occurrence of an entity's name or alias in the text.
 *
 * `start` and `end` are UTF-16 offsets, as JavaScript strings index them: `text.slice(start, end) === surface`.
 * (An emoji or another character outside the Basic Multilingual Plane counts as two; convert with
 * `Array.from(text.slice(0, start)).length` when code points are needed.)
 * @example
 * ```ts
 * import { extractSkills, type Mention } from 'ml-skills';
 * const [m]: Mention[] = extractSkills('Strong PyTorch skills').mentions;
 * // m: { id: 'pytorch', kind: 'tool', surface: 'PyTorch', start: 7, end: 14, confidence: 1 }
 * ```
 */
export interface Mention {
  /** The id of the entity mentioned. */
  id: string;
  /** The entity's kind. */
  kind: ExtractKind;
  /** The text exactly as written, `text.slice(start, end)`; version numbers after a name are not part of it. */
  surface: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** How sure the match is, from 0 to 1: 1 for a name written as the taxonomy writes it, lower for variants and for ambiguous names. */
  confidence: number;
}

/**
 * The mentions of one entity, aggregated.
 * @example
 * ```ts
 * import { extractSkills, type ExtractedEntity } from 'ml-skills';
 * const e: ExtractedEntity | undefined = extractSkills('Python, then more Python').entities[0];
 * e?.count; // 2
 * ```
 */
export interface ExtractedEntity {
  /** The entity's id. */
  id: string;
  /** The entity's kind. */
  kind: ExtractKind;
  /** The entity's display name. */
  name: string;
  /** How many times it is mentioned. */
  count: number;
  /** The best confidence among its mentions. */
  confidence: number;
  /** UTF-16 offset of its first mention. */
  start: number;
  /** UTF-16 offset just past its first mention. */
  end: number;
  /** The distinct surfaces, in order of first appearance. */
  surfaces: string[];
}

/**
 * What {@link extractSkills} found.
 * @example
 * ```ts
 * import { extractSkills, type ExtractResult } from 'ml-skills';
 * const { mentions, entities }: ExtractResult = extractSkills('Kubernetes and k8s');
 * mentions.length; // 2
 * entities.length; // 1
 * ```
 */
export interface ExtractResult {
  /** Every occurrence, in text order. */
  mentions: Mention[];
  /** One entry per entity, in order of first mention. */
  entities: ExtractedEntity[];
}
