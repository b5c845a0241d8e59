// Validates the built-in data (data/) and prints every issue at its file and JSON Pointer.
import { loadBuiltinDocument } from './load-data.js';
import { validateTaxonomy } from '../src/validate/validate-taxonomy.js';

const { document, origins } = loadBuiltinDocument();
const result = validateTaxonomy(document);
const issues = result.ok ? result.warnings : result.issues;

/** Maps a pointer into the merged document back to the file and pointer it came from. */
function locate(pointer: string): string {
  const m = /^(\/[^/]+\/\d+)(.*)$/.exec(pointer);
  const origin = m ? origins.get(m[1]!) : undefined;
  return origin ? `${origin.file}#${origin.pointer}${m![2]}` : `data/taxonomy.json#${pointer}`;
}

for (const issue of issues) console.log(`${issue.severity}  ${locate(issue.path)}  [${issue.code}] ${issue.message}`);
const counts = Object.entries(document)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
  .join(', ');
console.log(`\n${counts}`);
console.log(result.ok ? `valid (${issues.length} warnings)` : `${issues.length} issues`);
process.exitCode = result.ok ? 0 : 1;
