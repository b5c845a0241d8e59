// The cost of `import 'ml-skills'` in a cold Node process, beside reading and JSON.parse-ing the raw built-in data
// alone; both minus an empty Node process, all measured in the same run (needs `npm run build` first).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, bench, describe } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${root}dist`;
const run = (code: string): void => void execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
const samples: Record<string, number[]> = { empty: [], parse: [], import: [], importAndQuery: [] };
const timed = (name: string, code: string) => () => {
  const start = performance.now();
  run(code);
  samples[name]!.push(performance.now() - start);
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

describe.runIf(existsSync(`${dist}/index.js`))('import cost (cold processes)', () => {
  const options = { iterations: 15, time: 0, warmupIterations: 2 };
  bench('empty Node process', timed('empty', ''), options);
  bench('baseline: read + JSON.parse dist/data.json', timed('parse', `import { readFileSync } from 'node:fs'; JSON.parse(readFileSync('${dist}/data.json', 'utf8'));`), options);
  bench("import 'ml-skills'", timed('import', `await import('${dist}/index.js');`), options);
  bench("import 'ml-skills' + first query (parse, freeze, index)", timed('importAndQuery', `const m = await import('${dist}/index.js'); m.skillsByLevel('senior');`), options);

  afterAll(() => {
    const empty = median(samples['empty']!);
    const parse = median(samples['parse']!) - empty;
    const ratio = (name: string): string => ((median(samples[name]!) - empty) / parse).toFixed(2);
    process.stdout.write(
      `\nimport cost over an empty process (${empty.toFixed(0)} ms): read+parse ${parse.toFixed(1)} ms; ` +
        `import ${ratio('import')}× of that (budget 1.2×); import + first query ${ratio('importAndQuery')}×\n`,
    );
  });
});
