import type { Command } from '../command.js';
import { packageVersion } from '../package-info.js';

/** `ml-skills version`: the package and data versions. */
export const version: Command = {
  name: 'version',
  summary: 'the package and data versions',
  usage: ['version [--json]', '--version'],
  options: {},
  examples: ['--version', 'version --json', 'version --taxonomy my-taxonomy.json'],
  async run(ctx) {
    const tax = await ctx.taxonomy();
    const pkg = packageVersion();
    if (ctx.json) ctx.printJson({ version: pkg, data: { id: tax.id, version: tax.version, schemaVersion: tax.schemaVersion } });
    else ctx.print(`ml-skills ${pkg} (${tax.id === 'ml-skills' ? 'data' : `${tax.id}`} ${tax.version})`);
    return 0;
  },
};
