import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: { dir: string; version: string } | undefined | null = null;

/**
 * The package's directory and version: the nearest package.json named ml-skills above this file (dist/cli.js
 * when built and installed, src/cli/ when run from source).
 */
function packageInfo(): { dir: string; version: string } | undefined {
  if (root !== null) return root;
  root = undefined;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ml-skills' && pkg.version) return (root = { dir, version: pkg.version });
    } catch {
      // no package.json here: look further up
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return root;
}

/** The package's version, or 'unknown' when its package.json cannot be found. */
export const packageVersion = (): string => packageInfo()?.version ?? 'unknown';

/** The JSON Schema of taxonomy documents: shipped in dist/, generated into data/schema/ in a checkout. */
export function schemaFile(): string | undefined {
  const dir = packageInfo()?.dir;
  if (!dir) return undefined;
  return [join(dir, 'dist/taxonomy.schema.json'), join(dir, 'data/schema/taxonomy.schema.json')].find((f) => existsSync(f));
}
