import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../scripts/emit-schema.js';
import { dataFiles } from '../scripts/emit-data.js';
import { ROOT } from '../scripts/load-data.js';

const stale = (files: Record<string, string>): string[] =>
  Object.entries(files)
    .filter(([rel, text]) => !existsSync(join(ROOT, rel)) || readFileSync(join(ROOT, rel), 'utf8') !== text)
    .map(([rel]) => rel);

describe('generated files', () => {
  it('the JSON Schemas and the structure validator match src/schema (run `npm run generate`)', () => {
    expect(stale(schemaFiles())).toEqual([]);
  });

  it('the id unions and the bundled data match data/ (run `npm run generate`)', () => {
    const result = dataFiles();
    expect(result.ok ? [] : result.summary).toEqual([]);
    if (result.ok) expect(stale(result.files)).toEqual([]);
  });

  it('every generated file says so in its first lines', () => {
    for (const rel of ['src/generated/ids.ts', 'src/generated/builtin-data.ts', 'src/generated/structure.js', 'src/generated/fields.ts']) {
      expect(readFileSync(join(ROOT, rel), 'utf8').slice(0, 200)).toMatch(/generated .* do not edit/);
    }
    for (const rel of ['data/schema/taxonomy.schema.json', 'data/schema/fragment.schema.json']) {
      expect(JSON.parse(readFileSync(join(ROOT, rel), 'utf8')).$comment).toMatch(/generated .* do not edit/);
    }
  });
});
