import { expectKnownKeys, expectOptions } from '../internal/args.js';
import { quote } from '../internal/suggest.js';
import type { IdSet } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { learnable, walkPrerequisites, type PrerequisiteStep } from './prerequisites.js';

/** Options of {@link Taxonomy.learningPath}. */
export interface LearningPathOptions<I extends IdSet = IdSet> {
  /** Skills and domains already known (ids, names or aliases); their prerequisites count as known too. */
  readonly known?: readonly (I['skill'] | I['domain'] | (string & {}))[];
}

/** Resolves ids, names or aliases of skills and domains, or throws naming the parameter. */
function resolveAll(tax: Taxonomy<IdSet>, values: unknown, fn: string, param: string) {
  if (!Array.isArray(values)) throw new TypeError(`${fn}: ${param} must be an array of ids or names, got ${quote(values)}`);
  // Array.from, not map: a hole in a sparse array is checked as undefined, not skipped.
  return Array.from(values as unknown[], (v, i) => learnable(tax, typeof v === 'string' ? (tax.resolve(v)?.id ?? v) : v, fn, `${param}[${i}]`));
}

/** Implements {@link Taxonomy.learningPath}. */
export function learningPath(tax: Taxonomy<IdSet>, targets: readonly string[] | string, options: LearningPathOptions = {}): PrerequisiteStep[] {
  const fn = 'learningPath';
  expectOptions(fn, 'options', options);
  expectKnownKeys(fn, 'options', options, ['known']);
  const goals = resolveAll(tax, typeof targets === 'string' ? [targets] : targets, fn, 'targets');
  const knownRoots = resolveAll(tax, options.known ?? [], fn, 'options.known');
  // Knowing something implies knowing what it builds on.
  const known = new Set(walkPrerequisites(tax, knownRoots, { includeTargets: true }).map((s) => s.entity.id));
  return walkPrerequisites(tax, goals, { includeTargets: true, known });
}
