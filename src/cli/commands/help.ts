import type { Command } from '../command.js';
import type { Style } from '../io.js';
import { table } from '../format.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../../internal/suggest.js';

/** The main help: every command, the common options and examples. */
export function mainHelp(commands: readonly Command[], style: Style): string {
  return `${style.bold('ml-skills')} — the machine-learning engineering taxonomy: skills by career level, tools by category,
domains with their prerequisites.

${style.bold('Usage')}
  ml-skills [command] [options]
  ml-skills <command> --help

${style.bold('Commands')}
${table(commands.map((c) => [c.name, c.summary]), { style })}

${style.bold('Options for every command')}
  -h, --help             help for the command, with examples
  --json                 print the result as JSON (queries and validate)
  --taxonomy <file>      run on your own taxonomy (JSON or YAML) instead of the built-in one
  -v, --version          the package and data versions

Colours are used on a terminal only, and never when NO_COLOR is set.

${style.bold('Examples')}
  ml-skills skills --level senior --only-new
  ml-skills prereqs computer-vision
  ml-skills path speech-recognition --known linear-algebra,probability
  ml-skills validate my-taxonomy.yaml
  ml-skills skills --level lead --taxonomy my-taxonomy.json
`;
}

/** `ml-skills help [command]`. The list of commands is given by the registry, which this module cannot import. */
export const help = (commands: () => readonly Command[], commandHelp: (c: Command) => string): Command => ({
  name: 'help',
  summary: 'this help, or the help of one command',
  usage: ['help [command]'],
  positionals: true,
  json: false,
  taxonomy: false,
  options: {},
  examples: ['help', 'help skills'],
  run(ctx) {
    const [name] = ctx.positionals;
    const command = name === undefined ? undefined : commands().find((c) => c.name === name);
    if (name !== undefined && !command) {
      throw new UsageError(`help: unknown command '${name}'${didYouMean(name, commands().map((c) => c.name))}`);
    }
    ctx.print(command ? commandHelp(command) : mainHelp(commands(), ctx.style));
    return 0;
  },
});
