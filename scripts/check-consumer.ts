// Installs the packed tarball into a fresh consumer project and uses it as a user would: ESM import, CJS require,
// the ./schema.json and ./data.json subpaths, the bin, and the data checked against the schema by ajv (a JSON
// Schema validator independent of zod, which generated the schema).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './load-data.js';

const dir = mkdtempSync(join(tmpdir(), 'ml-skills-consumer-'));
const sh = (cmd: string, args: string[], cwd = dir): string => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
try {
  const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', dir], ROOT)) as { filename: string; files: { path: string }[] }[];
  const tarball = join(dir, packed[0]!.filename);
  const files = packed[0]!.files.map((f) => f.path);
  const unexpected = files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE|NOTICE$)/.test(f));
  if (unexpected.length) throw new Error(`the package ships files users do not need: ${unexpected.join(', ')}`);

  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball]);

  writeFileSync(join(dir, 'esm.mjs'), `
import { validateTaxonomy, taxonomy, skillsByLevel } from 'ml-skills';
import { TaxonomySchema } from 'ml-skills/schema';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const data = require('ml-skills/data.json');
const schema = require('ml-skills/schema.json');
const r = validateTaxonomy(data);
if (!r.ok) throw new Error('data.json does not validate: ' + JSON.stringify(r.issues.slice(0, 3)));
if (typeof TaxonomySchema.safeParse !== 'function') throw new Error('ml-skills/schema has no zod schema');
console.log(JSON.stringify({ esm: taxonomy.skills.length, senior: skillsByLevel('senior').length, schemaId: schema.$id }));
`);
  writeFileSync(join(dir, 'cjs.cjs'), `
const { validateTaxonomy, taxonomy } = require('ml-skills');
const data = require('ml-skills/data.json');
if (!validateTaxonomy(data).ok) throw new Error('data.json does not validate under CJS');
console.log(JSON.stringify({ cjs: taxonomy.tools.length, version: require('ml-skills/package.json').version }));
`);
  const esm = JSON.parse(sh('node', ['esm.mjs']));
  const cjs = JSON.parse(sh('node', ['cjs.cjs']));
  const bin = sh(join(dir, 'node_modules/.bin/ml-skills'), ['--version']);

  // The independent check: ajv (draft-07) validates the shipped data against the shipped schema.
  const requireFromRoot = createRequire(join(ROOT, 'package.json'));
  const { default: Ajv } = requireFromRoot('ajv') as { default: new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } } };
  const installed = join(dir, 'node_modules/ml-skills/dist');
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(installed, 'taxonomy.schema.json'), 'utf8')));
  if (!validate(JSON.parse(readFileSync(join(installed, 'data.json'), 'utf8')))) {
    throw new Error(`data.json fails its JSON Schema: ${JSON.stringify(validate.errors).slice(0, 500)}`);
  }
  console.log(`consumer check passed: ${files.length} files packed; ESM ${JSON.stringify(esm)}; CJS ${JSON.stringify(cjs)}; bin ${bin.trim()}; data.json valid against schema.json (ajv)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
