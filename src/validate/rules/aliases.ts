import { SortedKeys } from '../../internal/name-keys.js';
import type { Entry, RuleContext } from './context.js';

/**
 * A name or alias may belong to one entity only (compared as `resolve` compares them), so that every name
 * resolves to one thing. A deprecated entity may share names with the others: lookups prefer the live one.
 */
export function checkAliases({ entries, issues }: RuleContext): void {
  let n = 0;
  for (const entry of entries) {
    if (entry.deprecated) continue;
    n += 1 + ((entry.entity['aliases'] as readonly string[] | undefined)?.length ?? 0);
  }
  // Every name and alias, with its entry and -1 for a name or the index of the alias.
  const texts = new Array<string>(n);
  const owners = new Array<Entry>(n);
  const alias = new Int32Array(n);
  let at = 0;
  for (const entry of entries) {
    if (entry.deprecated) continue;
    owners[at] = entry;
    alias[at] = -1;
    texts[at++] = entry.entity['name'] as string;
    const list = entry.entity['aliases'] as readonly string[] | undefined;
    if (list !== undefined) for (let i = 0; i < list.length; i++) {
      owners[at] = entry;
      alias[at] = i;
      texts[at++] = list[i]!;
    }
  }
  const pathOf = (p: number): string => (alias[p]! < 0 ? `${owners[p]!.path}/name` : `${owners[p]!.path}/aliases/${alias[p]!}`);
  // The first text of each key owns it; every later text of another entity is reported, in document order.
  const clashes: [at: number, owner: number][] = [];
  new SortedKeys(texts).forEachRepeat((group) => {
    const first = group[0]!;
    for (let k = 1; k < group.length; k++) if (owners[group[k]!] !== owners[first]) clashes.push([group[k]!, first]);
  });
  clashes.sort((a, b) => a[0] - b[0]);
  for (const [p, first] of clashes) {
    const owner = owners[first]!;
    issues.add('duplicate-alias', pathOf(p), `'${texts[p]!}' is also a name or alias of ${owner.kind} '${String(owner.entity['id'])}' (${pathOf(first)})`);
  }
}
