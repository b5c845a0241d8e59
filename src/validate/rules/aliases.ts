import { normalizeName } from '../../internal/normalize.js';
import type { Entry, RuleContext } from './context.js';

/** Where a name sits: the entity, and -1 for its name or the index of the alias. */
interface Owner {
  readonly entry: Entry;
  readonly alias: number;
}

const pathOf = (o: Owner): string => (o.alias < 0 ? `${o.entry.path}/name` : `${o.entry.path}/aliases/${o.alias}`);

/**
 * A name or alias may belong to one entity only (compared as `resolve` compares them), so that every name
 * resolves to one thing. A deprecated entity may share names with the others: lookups prefer the live one.
 */
export function checkAliases({ entries, issues }: RuleContext): void {
  const owner = new Map<string, Owner>();
  const claim = (entry: Entry, text: string, alias: number): void => {
    const key = normalizeName(text);
    if (key === '') return;
    const prev = owner.get(key);
    if (prev === undefined) owner.set(key, { entry, alias });
    else if (prev.entry !== entry) {
      const here = pathOf({ entry, alias });
      issues.add('duplicate-alias', here, `'${text}' is also a name or alias of ${prev.entry.kind} '${String(prev.entry.entity['id'])}' (${pathOf(prev)})`);
    }
  };
  for (const entry of entries) {
    if (entry.entity['deprecated'] !== undefined) continue;
    claim(entry, entry.entity['name'] as string, -1);
    const aliases = entry.entity['aliases'] as readonly string[] | undefined;
    if (aliases !== undefined) for (let i = 0; i < aliases.length; i++) claim(entry, aliases[i]!, i);
  }
}
