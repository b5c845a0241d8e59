import { NameTexts, SortedKeys, type Named } from '../../internal/name-keys.js';
import type { Entry, RuleContext } from './context.js';

/**
 * A name or alias may belong to one entity only (compared as `resolve` compares them), so that every name
 * resolves to one thing. A deprecated entity may share names with the others: lookups prefer the live one.
 */
export function checkAliases({ entries, issues }: RuleContext): void {
  const live = entries.filter((e) => !e.deprecated);
  const texts = new NameTexts(live.map((e) => e.entity as unknown as Named));
  const owner = (p: number): Entry => live[texts.ownerOf(p)]!;
  const pathOf = (p: number): string => (texts.aliasOf(p) < 0 ? `${owner(p).path}/name` : `${owner(p).path}/aliases/${texts.aliasOf(p)}`);
  // The first text of each key owns it; every later text of another entity is reported, in document order.
  const clashes: [at: number, first: number][] = [];
  new SortedKeys(texts).forEachRepeat((group) => {
    const first = group[0]!;
    const firstOwner = texts.ownerOf(first);
    for (let k = 1; k < group.length; k++) if (texts.ownerOf(group[k]!) !== firstOwner) clashes.push([group[k]!, first]);
  });
  clashes.sort((a, b) => a[0] - b[0]);
  for (const [p, first] of clashes) {
    const o = owner(first);
    issues.add('duplicate-alias', pathOf(p), `'${texts.text(p)}' is also a name or alias of ${o.kind} '${String(o.entity['id'])}' (${pathOf(first)})`);
  }
}
