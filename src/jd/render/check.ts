import { expectOptions } from '../../internal/args.js';
import { quote } from '../../internal/suggest.js';
import type { JobDescription } from '../types.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const LISTS = ['summary', 'responsibilities', 'tools', 'domainKnowledge', 'facts'] as const;

/**
 * Throws a TypeError unless `jd` has the shape of a job description from generateJobDescription (or its JSON): the
 * parts every renderer reads, so that a wrong argument is named rather than failing deep inside a renderer.
 */
export function expectJobDescription(fn: string, jd: unknown): asserts jd is JobDescription {
  expectOptions(fn, 'jd', jd);
  const j = jd as Record<string, unknown> | undefined;
  const requirements = j?.['requirements'];
  const occupations = j?.['occupations'];
  const metadata = j?.['metadata'];
  const ok =
    j !== undefined &&
    typeof j['title'] === 'string' &&
    LISTS.every((key) => Array.isArray(j[key])) &&
    isObject(requirements) &&
    Array.isArray(requirements['required']) &&
    Array.isArray(requirements['preferred']) &&
    isObject(j['posting']) &&
    isObject(occupations) &&
    Array.isArray(occupations['onetSoc']) &&
    Array.isArray(occupations['isco08']) &&
    isObject(metadata) &&
    isObject(metadata['taxonomy']);
  if (!ok) throw new TypeError(`${fn}: jd must be a job description from generateJobDescription, got ${quote(jd)}`);
}
