// After tsup: writes the JSON artefacts the package exports (./schema.json, ./data.json) into dist/.
import { copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './load-data.js';

const dist = join(ROOT, 'dist');
copyFileSync(join(ROOT, 'data/schema/taxonomy.schema.json'), join(dist, 'taxonomy.schema.json'));
copyFileSync(join(ROOT, 'data/schema/fragment.schema.json'), join(dist, 'fragment.schema.json'));
// The bundled data, pretty-printed, exactly as the library holds it.
const source = readFileSync(join(ROOT, 'src/generated/builtin-data.ts'), 'utf8');
const literal = /export const BUILTIN_JSON: string = (".*");\n/.exec(source)?.[1];
if (!literal) throw new Error('src/generated/builtin-data.ts has no BUILTIN_JSON; run npm run generate');
const data = JSON.parse(JSON.parse(literal) as string) as Record<string, unknown>;
writeFileSync(join(dist, 'data.json'), JSON.stringify({ $schema: './taxonomy.schema.json', ...data }, null, 2) + '\n');
console.log('wrote dist/taxonomy.schema.json, dist/fragment.schema.json, dist/data.json');
