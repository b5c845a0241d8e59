// What an import pulls into a bundle: a query-only import carries the data but no validator code and no zod; a
// validation-only import carries the validator but not the data. Bundled with esbuild (as bundlers and size-limit
// do) from the sources, always, and from the built dist/index.js when it exists. The byte budgets themselves are in
// .size-limit.json (`npx size-limit`, after the build).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = `${ROOT}dist/index.js`;
const SOURCE = `${ROOT}src/index.ts`;

/** The ESM bundle of `export { names } from entry`, zod left external so that a use of it shows as an import. */
async function bundle(entry: string, names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(entry)};`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external: ['zod'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const QUERIES = 'taxonomy, skillsByLevel, toolsByCategory, domainPrerequisites, prerequisitesOf, learningPath, gapAnalysis, search, resolve, getSkill';
// Strings only the structure validator holds (its function name and ajv's keyword and message).
const VALIDATOR = ['validateStructure', 'additionalProperties', 'must NOT have additional properties'];
const ZOD = /\bfrom\s*["']zod["']|require\(\s*["']zod["']\s*\)/;
const DATA = 'BUILTIN_JSON';
// zod is imported when a module of the entry uses a value (not a type) of a src/schema/*.ts module that builds zod
// schemas at load time: a bundler cannot drop those calls, so every import of the entry loads zod.
const ZOD_WHY = 'zod is imported: some module uses a runtime value of a zod-building src/schema module';

const cases = (entry: string) => () => {
  it('a query-only import carries the data, but no validator code and no zod', async () => {
    const code = await bundle(entry, QUERIES);
    expect(code).toContain(DATA);
    expect(VALIDATOR.filter((marker) => code.includes(marker))).toEqual([]);
    expect(code.includes('TaxonomyValidationError')).toBe(false);
    expect(code.match(ZOD)?.[0], ZOD_WHY).toBeUndefined();
  });

  it('a validation-only import carries the validator, but not the data and no zod', async () => {
    const code = await bundle(entry, 'validateTaxonomy');
    expect(VALIDATOR.filter((marker) => !code.includes(marker))).toEqual([]);
    expect(code.includes(DATA)).toBe(false);
    expect(code.match(ZOD)?.[0], ZOD_WHY).toBeUndefined();
  });

  it('the whole entry carries both (so the markers above mean something)', async () => {
    const code = await bundle(entry, 'validateTaxonomy, skillsByLevel');
    expect(code).toContain(DATA);
    expect(code).toContain('additionalProperties');
  });
};

describe('bundles from the sources (src/index.ts)', cases(SOURCE));

describe.skipIf(!existsSync(DIST))(
  existsSync(DIST) ? 'bundles from the build (dist/index.js)' : 'bundles from the build: skipped, dist/ is absent (run `npx tsup && npx tsx scripts/emit-artifacts.ts`)',
  cases(DIST),
);
