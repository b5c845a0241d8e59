// Run after `changeset version` (npm run version-packages): the data version follows the package version that
// changesets computed, and the data of that version is kept as its release snapshot.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_DIR, ROOT } from './load-data.js';
import { writeSnapshot } from './release-snapshot.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const rootFile = join(DATA_DIR, 'taxonomy.json');
const text = readFileSync(rootFile, 'utf8');
const current = (JSON.parse(text) as { version: string }).version;
if (current !== pkg.version) {
  // Only the version line changes: the file keeps its layout.
  const updated = text.replace(/("version"\s*:\s*)"[^"]*"/, `$1"${pkg.version}"`);
  if ((JSON.parse(updated) as { version: string }).version !== pkg.version) throw new Error(`could not set the version in ${relative(ROOT, rootFile)}`);
  writeFileSync(rootFile, updated);
  console.log(`data version ${current} → ${pkg.version}`);
}
const { file, written } = writeSnapshot();
console.log(written ? `wrote ${relative(ROOT, file)}` : `${relative(ROOT, file)} is up to date`);
