import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { taxonomy, skillsByLevel } from '../index.js';
import { didYouMean } from '../internal/suggest.js';

/** Where the CLI writes, and the environment it reads (injected, so tests can run it in-process too). */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

const COMMANDS = ['help', 'version', 'summary'] as const;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const HELP = `ml-skills — the machine-learning engineering taxonomy

Usage
  ml-skills [command] [options]

Commands
  summary        what the built-in taxonomy holds, and the skills new at senior level (default)
  help           this help
  version        the package and data versions

Options
  -h, --help     show help
  -v, --version  show the version

Examples
  ml-skills
  ml-skills --version
`;

function summary(): string {
  const t = taxonomy;
  const lines = [
    `${t.name} — data v${t.version}`,
    `${t.skills.length} skills in ${t.skillCategories.length} categories, ${t.tools.length} tools in ${t.toolCategories.length} categories,`,
    `${t.domains.length} domains, ${t.datasets.length} datasets, ${t.metrics.length} metrics, ${t.roles.length} roles, ${t.careerLevels.length} career levels.`,
    '',
    'Career ladder: ' + t.careerLevels.map((l) => l.name).join(' → '),
  ];
  const senior = t.careerLevels.find((l) => l.id === 'senior') ? skillsByLevel('senior', { onlyNew: true }) : [];
  if (senior.length) {
    lines.push('', 'New or deeper at senior level:');
    for (const { skill, proficiency } of senior.slice(0, 15)) lines.push(`  ${skill.name.padEnd(44)} ${proficiency.name}`);
    if (senior.length > 15) lines.push(`  … and ${senior.length - 15} more`);
  }
  lines.push('', 'Run `ml-skills --help` for the commands.');
  return lines.join('\n') + '\n';
}

/** Runs the CLI with the given arguments; returns the exit code (0 ok, 1 failure, 2 usage error). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    });
  } catch (error) {
    io.stderr.write(`ml-skills: ${error instanceof Error ? error.message : String(error)}\nRun \`ml-skills --help\` for usage.\n`);
    return 2;
  }
  const [command = 'summary'] = parsed.positionals;
  if (parsed.values.help || command === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (parsed.values.version || command === 'version') {
    io.stdout.write(`ml-skills ${version()} (data ${taxonomy.version})\n`);
    return 0;
  }
  if (command === 'summary') {
    io.stdout.write(summary());
    return 0;
  }
  io.stderr.write(`ml-skills: unknown command '${command}'${didYouMean(command, COMMANDS)}\nRun \`ml-skills --help\` for the commands.\n`);
  return 2;
}
