import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { CliIo } from './io.js';
import { CliFailure, UsageError } from './errors.js';
import { Locator, positionOf, type Position } from './locate.js';

/** A problem found in a source file, at a position. */
export interface SourceProblem {
  readonly position: Position;
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly code?: string;
}

/** A JSON or YAML file read and parsed, with a locator for its JSON Pointers. */
export interface SourceDocument {
  /** The name to print: the path as given, or `<stdin>`. */
  readonly name: string;
  readonly format: 'json' | 'yaml';
  /** The parsed value, when the text parsed. */
  readonly value: unknown;
  /** Syntax errors; when there are any, `value` is undefined. */
  readonly syntaxErrors: readonly SourceProblem[];
  readonly locator: Locator;
}

/** Reads a file, or standard input for `-`; a file that cannot be read is a usage error (exit 2). */
export async function readSource(file: string, io: CliIo, command: string): Promise<{ name: string; text: string }> {
  if (file === '-') {
    if (!io.readStdin) throw new UsageError(`${command}: there is no standard input to read`, command);
    return { name: '<stdin>', text: await io.readStdin() };
  }
  try {
    return { name: file, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliFailure(`cannot read '${file}': ${why}`, 2);
  }
}

/** JSON for `.json` files (and text that starts like JSON), YAML otherwise. */
function formatOf(name: string, text: string): 'json' | 'yaml' {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** Parses JSON or YAML text; syntax errors come back located, never thrown. */
export function parseSource(name: string, text: string): SourceDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const format = formatOf(name, body);
  const locator = new Locator(body);
  if (format === 'json') {
    try {
      return { name, format, value: JSON.parse(body) as unknown, syntaxErrors: [], locator };
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const position = at ? positionOf(body, Number(at[1])) : /Unexpected end/.test(message) ? positionOf(body, body.length) : { line: 1, column: 1 };
      const clean = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
      return { name, format, value: undefined, syntaxErrors: [{ position, path: '', message: `invalid JSON: ${clean}`, severity: 'error', code: 'syntax' }], locator };
    }
  }
  // maxAliasCount bounds alias expansion ("billion laughs"); toJS turns `__proto__` keys into own properties.
  const doc = parseDocument(body, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const syntaxErrors = doc.errors.map((e): SourceProblem => ({
      position: locator.position(e.pos[0]),
      path: '',
      message: `invalid YAML: ${e.message.split('\n')[0]}`,
      severity: 'error',
      code: 'syntax',
    }));
    return { name, format, value: undefined, syntaxErrors, locator };
  }
  try {
    return { name, format, value: doc.toJS({ maxAliasCount: 1000 }) as unknown, syntaxErrors: [], locator };
  } catch (error) {
    const problem: SourceProblem = { position: { line: 1, column: 1 }, path: '', message: `invalid YAML: ${(error as Error).message}`, severity: 'error', code: 'syntax' };
    return { name, format, value: undefined, syntaxErrors: [problem], locator };
  }
}

/** Reads and parses a JSON or YAML file (or stdin for `-`). */
export async function loadSource(file: string, io: CliIo, command: string): Promise<SourceDocument> {
  const { name, text } = await readSource(file, io, command);
  return parseSource(name, text);
}

/** `file:line:col  path  message`, the format editors and CI annotate from. */
export function formatProblem(file: string, p: SourceProblem): string {
  const where = `${file}:${p.position.line}:${p.position.column}`;
  return `${where}  ${p.path === '' ? '(document)' : p.path}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
