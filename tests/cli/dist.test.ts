// The one test of the real bin target, dist/cli.js. A fresh clone has no dist/ when vitest runs (npm test builds
// afterwards), so it is built here — only the CLI entry of tsup.config.ts, which never cleans dist/ — when it is
// missing or older than the sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { skillsByLevel, taxonomy } from '../../src/index.js';
import { buildCli, distIsFresh, ROOT } from './build-cli.js';
import { json, runBin } from './run-cli.js';

it('dist/cli.js, the package bin, runs', async () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
  expect(pkg.bin['ml-skills']).toBe('./dist/cli.js');
  if (!distIsFresh()) await buildCli('dist');
  const bin = join(ROOT, 'dist/cli.js');
  expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  const [version, skills] = await Promise.all([runBin(bin, ['--version']), runBin(bin, ['skills', '--level', 'senior', '--json'])]);
  expect(version.stdout).toBe(`ml-skills ${pkg.version} (data ${taxonomy.version})\n`);
  expect(json<{ id: string }[]>(skills).map((s) => s.id)).toEqual(skillsByLevel('senior').map((e) => e.skill.id));
}, 60_000);
