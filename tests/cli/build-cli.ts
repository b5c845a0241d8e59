// Builds the command line with the project's own tsup settings (the `cli` entry of tsup.config.ts), quietly.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Options } from 'tsup';
import config from '../../tsup.config.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The tsup options of the CLI bundle, as `npm run build` uses them. */
function cliOptions(): Options {
  const all = (Array.isArray(config) ? config : [config]) as Options[];
  const cli = all.find((o) => o.entry && !Array.isArray(o.entry) && typeof o.entry === 'object' && 'cli' in o.entry);
  if (!cli) throw new Error('tsup.config.ts has no `cli` entry');
  return cli;
}

/** Bundles src/cli/main.ts to `<outDir>/cli.js` and returns its path. Never cleans outDir. */
export async function buildCli(outDir: string): Promise<string> {
  await build({ ...cliOptions(), outDir: join(ROOT, outDir), clean: false, silent: true, config: false });
  return join(ROOT, outDir, 'cli.js');
}

/** The newest modification time of the files the CLI is built from. */
function newestSource(dir = join(ROOT, 'src')): number {
  let newest = statSync(join(ROOT, 'package.json')).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/cli.js exists and is newer than every source file. */
export function distIsFresh(): boolean {
  const cli = join(ROOT, 'dist/cli.js');
  return existsSync(cli) && statSync(cli).mtimeMs >= newestSource();
}
