// npm run docs: the API site (typedoc → docs/api, gitignored) and the Markdown catalog (docs/catalog, committed).
//   tsx scripts/docs.ts            both
//   tsx scripts/docs.ts --catalog  the catalog only (fast; what to run after changing data/)
//   tsx scripts/docs.ts --api      the API site only
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { taxonomy } from '../src/index.js';
import { renderCatalog } from './docs-catalog.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CATALOG_DIR = join(ROOT, 'docs/catalog');

/** Every file under a directory, as paths relative to it. */
export function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))]));
}

/** Writes the catalog, removing pages that no longer exist; returns how many files changed. */
function writeCatalog(): number {
  const files = renderCatalog(taxonomy as never);
  let changed = 0;
  for (const old of listFiles(CATALOG_DIR)) {
    if (!files.has(old.split('\\').join('/'))) {
      rmSync(join(CATALOG_DIR, old));
      changed++;
    }
  }
  for (const [path, text] of files) {
    const file = join(CATALOG_DIR, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    changed++;
  }
  console.log(`docs/catalog: ${files.size} files, ${changed} changed`);
  return changed;
}

/** Runs typedoc with typedoc.json (warnings are errors there); returns its exit code. */
function buildApi(): number {
  const bin = join(dirname(createRequire(import.meta.url).resolve('typedoc/package.json')), 'bin/typedoc');
  const result = spawnSync(process.execPath, [bin], { cwd: ROOT, stdio: 'inherit' });
  return result.status ?? 1;
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--catalog' && a !== '--api');
if (unknown.length) {
  console.error(`docs: unknown argument ${unknown.join(' ')} (use --catalog, --api or nothing for both)`);
  process.exit(2);
}
if (!args.includes('--api')) writeCatalog();
if (!args.includes('--catalog')) process.exitCode = buildApi();
