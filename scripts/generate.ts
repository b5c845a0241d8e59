// Regenerates every derived file: the JSON Schemas, the structure validator, the id unions and the bundled data.
// The schema files come first: the data step validates with the validator they produce.
import { schemaFiles, writeFiles } from './emit-schema.js';

const written = writeFiles(schemaFiles());
const { dataFiles } = await import('./emit-data.js');
const data = dataFiles();
if (data.ok) written.push(...writeFiles(data.files));
console.log(`generated ${written.join(', ')}`);
if (!data.ok) {
  console.error(`the built-in data is invalid (run \`npx tsx scripts/check-data.ts\` for every issue):\n${data.summary}`);
  process.exitCode = 1;
}
