import { parseArgs } from 'node:util';
import type { Taxonomy } from './api.js';
import { didYouMean } from '../internal/suggest.js';
import type { CliIo, Style } from './io.js';
import { UsageError } from './errors.js';
import { wrap } from './format.js';

/** One option of a command, as parseArgs takes it, plus what its help says. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The placeholder shown in help, e.g. `<level>`. */
  readonly value?: string;
  readonly description: string;
}

/** A sub-command of `ml-skills`: its options, its help and what it does. */
export interface Command {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** Usage lines, without the leading `ml-skills `. */
  readonly usage: readonly string[];
  /** Paragraphs of help below the usage. */
  readonly details?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Whether the command takes positional arguments. */
  readonly positionals?: boolean;
  /** Whether `--json` and `--taxonomy` apply (default true). */
  readonly json?: boolean;
  readonly taxonomy?: boolean;
  /** Whole command lines, without the leading `ml-skills `. */
  readonly examples: readonly string[];
  run(ctx: Context): Promise<number> | number;
}

/** What a command runs with. */
export interface Context {
  readonly io: CliIo;
  /** Styles for standard output. */
  readonly style: Style;
  readonly args: Args;
  readonly positionals: readonly string[];
  /** The taxonomy to query: `--taxonomy <file>` or the built-in one. */
  taxonomy(): Promise<Taxonomy>;
  /** Writes text to stdout, adding a final newline when missing. */
  print(text: string): void;
  /** Writes a value as indented JSON to stdout. */
  printJson(value: unknown): void;
  /** Whether `--json` was given. */
  readonly json: boolean;
}

/** The options every command has. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};
const JSON_OPTION: OptionSpec = { type: 'boolean', description: 'print the result as JSON' };
const TAXONOMY_OPTION: OptionSpec = { type: 'string', value: '<file>', description: 'use this taxonomy (JSON or YAML) instead of the built-in one' };

/** Every option a command accepts, common ones included. */
export function optionsOf(command: Command): Record<string, OptionSpec> {
  return {
    ...command.options,
    ...(command.json === false ? {} : { json: command.options['json'] ?? JSON_OPTION }),
    ...(command.taxonomy === false ? {} : { taxonomy: TAXONOMY_OPTION }),
    ...COMMON_OPTIONS,
  };
}

type Value = string | boolean | (string | boolean)[] | undefined;

/** Typed access to parsed option values. */
export class Args {
  constructor(private readonly values: Readonly<Record<string, Value>>) {}
  /** The last value of a string option. */
  string(name: string): string | undefined {
    const v = this.values[name];
    const last = Array.isArray(v) ? v[v.length - 1] : v;
    return typeof last === 'string' ? last : undefined;
  }
  /** Every value of a repeatable string option, comma-separated values split. */
  strings(name: string): string[] {
    const v = this.values[name];
    const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return all
      .filter((x): x is string => typeof x === 'string')
      .flatMap((x) => x.split(','))
      .map((x) => x.trim())
      .filter((x) => x !== '');
  }
  flag(name: string): boolean {
    return this.values[name] === true;
  }
  /** A string option that must be present. */
  required(name: string, command: string, hint = ''): string {
    const v = this.string(name);
    if (v === undefined || v.trim() === '') throw new UsageError(`${command}: --${name} is required${hint}`, command);
    return v;
  }
  /** A whole number option. */
  count(name: string, command: string): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    if (!/^\d{1,9}$/.test(v.trim())) throw new UsageError(`${command}: --${name} must be a whole number, got '${v}'`, command);
    return Number(v);
  }
}

interface NodeError extends Error {
  code?: string;
}

/** Parses a command's arguments; parse errors become usage errors with "did you mean". */
export function parseCommandArgs(command: Command, argv: readonly string[]): { args: Args; positionals: string[] } {
  const specs = optionsOf(command);
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: command.positionals === true, strict: true });
    return { args: new Args(values as Record<string, Value>), positionals };
  } catch (error) {
    const e = error as NodeError;
    const name = command.name;
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const bad = /'(-[^']*)'/.exec(e.message)?.[1] ?? '';
      const flags = Object.keys(specs).map((o) => `--${o}`);
      throw new UsageError(`${name}: unknown option '${bad}'${didYouMean(bad.replace(/=.*$/, ''), flags)}`, name);
    }
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const bad = /'([^']*)'/.exec(e.message)?.[1] ?? '';
      throw new UsageError(`${name}: unexpected argument '${bad}' (${name} takes no arguments, only options)`, name);
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const opt = /(--[\w-]+)/.exec(e.message)?.[1] ?? /'(-\w)/.exec(e.message)?.[1] ?? 'an option';
      const spec = specs[opt.replace(/^-+/, '')];
      const text = spec?.type === 'boolean' ? `${opt} takes no value` : `${opt} needs a value${spec?.value ? ` (${opt} ${spec.value})` : ''}`;
      throw new UsageError(`${name}: ${text}`, name);
    }
    throw error;
  }
}

/** The help of one command: usage, details, options and examples. */
export function commandHelp(command: Command, style: Style): string {
  const specs = optionsOf(command);
  const flags = Object.entries(specs).map(([name, s]) => [`${s.short ? `-${s.short}, ` : '    '}--${name}${s.value ? ` ${s.value}` : ''}`, s.description + (s.multiple ? ' (repeatable; or comma-separated)' : '')] as const);
  const width = Math.max(...flags.map(([f]) => f.length));
  const out = [
    `${style.bold(`ml-skills ${command.name}`)} — ${command.summary}`,
    '',
    style.bold('Usage'),
    ...command.usage.map((u) => `  ml-skills ${u}`),
  ];
  if (command.details) out.push('', wrap(command.details));
  out.push('', style.bold('Options'), ...flags.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`));
  out.push('', style.bold('Examples'), ...command.examples.map((e) => `  ml-skills ${e}`));
  return out.join('\n') + '\n';
}
