// Runs a built ml-skills binary as a subprocess, as a user would.
import { spawn } from 'node:child_process';
import { ROOT } from './build-cli.js';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <bin> ...args` in the repository root, with `input` on stdin and a controlled environment. */
export function runBin(bin: string, args: readonly string[], { input, env = {} }: { input?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  // Start from the parent's environment minus anything that changes colours, so results do not depend on the shell.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['NO_COLOR', 'FORCE_COLOR', 'ML_SKILLS_DEBUG'].includes(k)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** Parses a command's JSON output, failing with the output when it is not JSON. */
export function json<T = unknown>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}
