import { ENTITY_KINDS } from '../../schema/index.js';
import type { Command } from '../command.js';
import { oneOf, table } from '../format.js';
import { UsageError } from '../errors.js';

/** `ml-skills search <text>`: typo-tolerant search over names, aliases and descriptions. */
export const search: Command = {
  name: 'search',
  summary: 'search names, aliases and descriptions (typo-tolerant)',
  usage: ['search <text…> [--kind <kind>] [--limit <n>] [--json]'],
  details: `Ranks names above aliases above descriptions, exact above fuzzy. Exits with 1 when nothing matches. Kinds: ${ENTITY_KINDS.join(', ')}.`,
  positionals: true,
  options: {
    kind: { type: 'string', short: 'k', multiple: true, value: '<kind>', description: 'only entities of this kind' },
    limit: { type: 'string', short: 'n', value: '<n>', description: 'show at most n results (default 10)' },
  },
  examples: ['search pytroch', 'search speech --kind domain', 'search "gradient boosting" --limit 3 --json'],
  async run(ctx) {
    const tax = await ctx.taxonomy();
    const query = ctx.positionals.join(' ').trim();
    if (query === '') throw new UsageError('search: give the text to search for, e.g. ml-skills search pytorch', 'search');
    const kinds = ctx.args.strings('kind').map((k) => oneOf('search', '--kind', k, ENTITY_KINDS, 'entity kind'));
    const limit = ctx.args.count('limit', 'search');
    const hits = tax.search(query, { ...(kinds.length ? { kinds } : {}), ...(limit === undefined ? {} : { limit }) });
    if (ctx.json) {
      ctx.printJson(hits.map((h) => ({ id: h.entity.id, kind: h.entity.kind, name: h.entity.name, score: h.score, matchedOn: h.matchedOn })));
      return hits.length > 0 ? 0 : 1;
    }
    if (hits.length === 0) {
      ctx.print(`No matches for '${query}'.`);
      return 1;
    }
    const { style } = ctx;
    ctx.print(table(hits.map((h) => [h.entity.id, style.dim(h.entity.kind), h.entity.name, style.dim(h.matchedOn === 'name' || h.matchedOn === 'id' ? '' : `(${h.matchedOn})`)]), { header: ['Id', 'Kind', 'Name', ''], style }));
    return 0;
  },
};
