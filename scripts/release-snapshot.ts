// Writes the release snapshot data/releases/<version>.json: the merged built-in data at the data version of
// data/taxonomy.json. Released data never changes: an existing snapshot with other content is an error.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, loadBuiltinDocument } from './load-data.js';
import { RELEASES_DIR, snapshotText } from './check-release.js';
import { validateTaxonomy } from '../src/validate/validate-taxonomy.js';

/** Writes the snapshot of the current data; returns its path and whether it was written (false: already there). */
export function writeSnapshot(dir = RELEASES_DIR): { file: string; written: boolean } {
  const { document } = loadBuiltinDocument();
  const result = validateTaxonomy(document);
  if (!result.ok) throw new Error(`the data is invalid; fix it before releasing (npm run check:data): ${result.issues[0]?.message ?? ''}`);
  const version = String(document['version']);
  const file = join(dir, `${version}.json`);
  const text = snapshotText(document);
  if (existsSync(file)) {
    if (readFileSync(file, 'utf8') === text) return { file, written: false };
    throw new Error(`${relative(ROOT, file)} already holds other data: released data never changes; bump the data version for new data`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text);
  return { file, written: true };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  try {
    const { file, written } = writeSnapshot();
    console.log(written ? `wrote ${relative(ROOT, file)}` : `${relative(ROOT, file)} is up to date`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
