// Whatever the arguments, the CLI answers with an exit code and never a stack trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/run.js';

function io(): CliIo & { out: string; err: string } {
  const result = {
    out: '',
    err: '',
    env: {},
    stdout: { write: (t: string) => void (result.out += t) },
    stderr: { write: (t: string) => void (result.err += t) },
  };
  return result;
}

const TOKENS = [
  'skills', 'tools', 'domains', 'prereqs', 'path', 'search', 'show', 'summary', 'version', 'help', 'validate', 'jd', 'diff', 'export',
  '--format', 'markdown', 'jsonld', 'csv', '--domain',
  '--level', 'senior', 'seniour', '--role', '--category', '--only-new', '--json', '--known', '--kind', '--limit', '--depth',
  '--order', '--ids', '--lifecycle', '--sort', 'name', '-h', '--help', '-v', '--version', '-', '--', 'computer-vision',
  'pytorch', 'linear-algebra', '--taxonomy', 'tests/fixtures/acme.json', 'lead', '0', '-1', '--level=', '=',
];

describe('run', () => {
  it('returns 0, 1 or 2 for any arguments, with one-line errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 6 }), async (argv) => {
        // Never let a random command line write files (jd/export --out).
        fc.pre(!argv.some((a) => /^-o|^--o/.test(a)));
        const streams = io();
        const code = await run(argv, streams);
        expect([0, 1, 2]).toContain(code);
        if (code === 2) expect(streams.err).toMatch(/^ml-skills: /m);
        expect(streams.err).not.toMatch(/^\s+at /m);
      }),
      { numRuns: 300 },
    );
  });

  it('reads standard input only when it has some', async () => {
    const streams = io();
    expect(await run(['validate', '-'], streams)).toBe(2);
    expect(streams.err).toContain('there is no standard input');
  });
});
