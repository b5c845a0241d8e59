// The API site builds without a single typedoc warning (typedoc.json treats warnings as errors: unexported
// types referenced by public ones, broken {@link}s). `--emit none` runs the conversion and validation only.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

it('typedoc reports no warnings', async () => {
  const bin = join(dirname(createRequire(import.meta.url).resolve('typedoc/package.json')), 'bin/typedoc');
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, [bin, '--emit', 'none', '--logLevel', 'Warn'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 1 << 24 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
  const problems = output.split('\n').filter((l) => /\[(warning|error)\]/.test(l));
  expect(problems).toEqual([]);
  expect(code).toBe(0);
}, 120_000);
