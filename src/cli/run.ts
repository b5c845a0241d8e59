import { TaxonomyValidationError, type Taxonomy } from './api.js';
import { didYouMean } from '../internal/suggest.js';
import { commandHelp, optionsOf, parseCommandArgs, type Command, type Context } from './command.js';
import { commands as allCommands } from './commands/index.js';
import { start } from './commands/start.js';
import { mainHelp } from './commands/help.js';
import { CliFailure, UsageError } from './errors.js';
import { styleFor, type CliIo, type Style } from './io.js';
import { loadTaxonomy } from './load-taxonomy.js';

export type { CliIo } from './io.js';

/**
 * Finds the command name: the first argument that is neither an option nor an option's value, so that options
 * may come before it (`ml-skills --taxonomy mine.json skills --level lead`).
 */
function splitCommand(argv: readonly string[], commands: readonly Command[]): { name: string | undefined; rest: string[] } {
  const takesValue = new Set<string>();
  for (const c of commands) {
    for (const [name, spec] of Object.entries(optionsOf(c))) {
      if (spec.type !== 'string') continue;
      takesValue.add(`--${name}`);
      if (spec.short) takesValue.add(`-${spec.short}`);
    }
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('-') && arg !== '-') {
      if (takesValue.has(arg)) i++;
      continue;
    }
    return { name: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { name: undefined, rest: [...argv] };
}

function context(command: Command, argv: readonly string[], io: CliIo, style: Style): Context | 'help' {
  const { args, positionals } = parseCommandArgs(command, argv);
  if (args.flag('help')) return 'help';
  let loaded: Promise<Taxonomy> | undefined;
  return {
    io,
    style,
    args,
    positionals,
    json: args.flag('json'),
    taxonomy: () => (loaded ??= loadTaxonomy(args.string('taxonomy'), io)),
    print: (text) => void io.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    printJson: (value) => void io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
}

/** Reports a user's mistake in one line (no stack trace) and gives its exit code; anything else is a bug and rethrown. */
function report(error: unknown, io: CliIo, style: Style): number {
  const say = (message: string): void => void io.stderr.write(`${style.red('ml-skills:')} ${message}\n`);
  if (error instanceof UsageError) {
    say(error.message);
    io.stderr.write(`Run 'ml-skills ${error.command ? `${error.command} ` : ''}--help' for usage.\n`);
    return 2;
  }
  if (error instanceof CliFailure) {
    for (const line of error.details) io.stderr.write(`${line}\n`);
    say(error.message);
    return error.exitCode;
  }
  if (error instanceof TaxonomyValidationError) {
    say(error.message);
    return 1;
  }
  if (error instanceof TypeError || error instanceof RangeError) {
    if (io.env['ML_SKILLS_DEBUG']) io.stderr.write(`${error.stack ?? ''}\n`);
    say(error.message);
    return 2;
  }
  throw error;
}

/** Runs the CLI with the given arguments; returns the exit code (0 ok, 1 failure, 2 usage error). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const style = styleFor(io.stdoutIsTTY, io.env);
  const errStyle = styleFor(io.stderrIsTTY, io.env);
  const commands = allCommands(style);
  const { name, rest } = splitCommand(argv, commands);
  try {
    let command: Command | undefined;
    if (name === undefined) {
      if (rest.includes('--version') || rest.includes('-v')) {
        command = commands.find((c) => c.name === 'version')!;
        rest.splice(0, rest.length, ...rest.filter((a) => a !== '--version' && a !== '-v'));
      } else if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout.write(mainHelp(commands, style));
        return 0;
      } else command = start;
    } else {
      command = commands.find((c) => c.name === name);
      if (!command) {
        throw new UsageError(`unknown command '${name}'${didYouMean(name, commands.map((c) => c.name))}`);
      }
    }
    const ctx = context(command, rest, io, style);
    if (ctx === 'help') {
      io.stdout.write(command === start ? mainHelp(commands, style) : commandHelp(command, style));
      return 0;
    }
    return await command.run(ctx);
  } catch (error) {
    return report(error, io, errStyle);
  }
}
