// Reads the built-in taxonomy from data/: the root document plus every fragment file, merged in path order.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATA_DIR = join(ROOT, 'data');

/** Folders under data/ that hold no taxonomy fragments. */
const SKIPPED = new Set(['schema', 'releases']);
/** Files under data/ that are not fragments. */
const SKIPPED_FILES = new Set(['taxonomy.json', 'demand.json']);

const LISTS = [
  'careerLevels',
  'proficiencyLevels',
  'skillCategories',
  'skills',
  'toolCategories',
  'tools',
  'domains',
  'datasets',
  'metrics',
  'roles',
] as const;

export interface DataFile {
  /** Path relative to the repository root. */
  readonly path: string;
  readonly text: string;
  readonly json: Record<string, unknown>;
}

function listFragments(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!SKIPPED.has(name)) out.push(...listFragments(full));
    } else if (name.endsWith('.json') && !(dir === DATA_DIR && SKIPPED_FILES.has(name))) {
      out.push(full);
    }
  }
  return out;
}

function read(path: string): DataFile {
  const text = readFileSync(path, 'utf8');
  return { path: relative(ROOT, path), text, json: JSON.parse(text) as Record<string, unknown> };
}

/** The root document and the fragments, in merge order. */
export function readDataFiles(): { root: DataFile; fragments: DataFile[] } {
  return { root: read(join(DATA_DIR, 'taxonomy.json')), fragments: listFragments(DATA_DIR).map(read) };
}

/**
 * Merges the data files into one taxonomy document, without `$schema`. Each entity also gets its origin
 * (file and index) in `origins`, so that issues can point back at the file that holds the entity.
 */
export function loadBuiltinDocument(): {
  document: Record<string, unknown>;
  origins: Map<string, { file: string; pointer: string }>;
} {
  const { root, fragments } = readDataFiles();
  const { $schema: _ignored, ...meta } = root.json;
  const document: Record<string, unknown> = { ...meta };
  const origins = new Map<string, { file: string; pointer: string }>();
  const merged: Record<string, unknown[]> = {};
  for (const list of LISTS) merged[list] = [];
  for (const file of fragments) {
    for (const [key, value] of Object.entries(file.json)) {
      if (key === '$schema') continue;
      const target = merged[key];
      if (!target || !Array.isArray(value)) {
        throw new Error(`${file.path}: unexpected top-level key "${key}" (expected one of ${LISTS.join(', ')})`);
      }
      value.forEach((entry, i) => {
        origins.set(`/${key}/${target.length}`, { file: file.path, pointer: `/${key}/${i}` });
        target.push(entry);
      });
    }
  }
  for (const list of LISTS) document[list] = merged[list];
  mergeDemand(document);
  return { document, origins };
}

interface DemandFile {
  readonly source: Record<string, unknown>;
  readonly tools: Record<string, { share: number; postings: number; onet?: { hotTechnology?: boolean; inDemand?: boolean } }>;
  readonly domains: Record<string, { share: number; postings: number }>;
}

/** Copies the measured demand (data/demand.json, written by `npm run demand`) onto the tools and domains it names. */
function mergeDemand(document: Record<string, unknown>): void {
  const path = join(DATA_DIR, 'demand.json');
  if (!existsSync(path)) return;
  const demand = JSON.parse(readFileSync(path, 'utf8')) as DemandFile;
  const { region, ...source } = demand.source as Record<string, unknown> & { region?: unknown };
  document['demandSource'] = { ...source, ...(region === undefined ? {} : { region }) };
  const apply = (list: string, figures: Record<string, { share: number; postings: number; onet?: { hotTechnology?: boolean; inDemand?: boolean } }>): void => {
    const byId = new Map((document[list] as Record<string, unknown>[]).map((e) => [e['id'] as string, e]));
    for (const [id, f] of Object.entries(figures)) {
      const entity = byId.get(id);
      if (!entity) throw new Error(`data/demand.json names ${list} '${id}', which data/ does not define; run npm run demand`);
      entity['demand'] = {
        share: f.share,
        postings: f.postings,
        ...(f.onet?.hotTechnology === undefined ? {} : { hotTechnology: f.onet.hotTechnology }),
        ...(f.onet?.inDemand === undefined ? {} : { inDemand: f.onet.inDemand }),
      };
    }
  };
  apply('tools', demand.tools);
  apply('domains', demand.domains);
}
