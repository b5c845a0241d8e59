import { normalizeName } from '../../internal/normalize.js';
import { isDeprecated, type Entry, type RuleContext } from './context.js';

/**
 * A name or alias may belong to one entity only (compared as `resolve` compares them), so that every name
 * resolves to one thing. A deprecated entity may share names with the others: lookups prefer the live one.
 */
export function checkAliases({ entries, issues }: RuleContext): void {
  const owner = new Map<string, { entry: Entry; at: string }>();
  for (const entry of entries) {
    if (isDeprecated(entry)) continue;
    const names: [string, string][] = [[entry.entity['name'] as string, `${entry.path}/name`]];
    const aliases = entry.entity['aliases'] as readonly string[] | undefined;
    aliases?.forEach((a, i) => names.push([a, `${entry.path}/aliases/${i}`]));
    for (const [text, at] of names) {
      const key = normalizeName(text);
      if (key === '') continue;
      const prev = owner.get(key);
      if (!prev) owner.set(key, { entry, at });
      else if (prev.entry !== entry) {
        issues.add('duplicate-alias', at, `'${text}' is also a name or alias of ${prev.entry.kind} '${String(prev.entry.entity['id'])}' (${prev.at})`);
      }
    }
  }
}
