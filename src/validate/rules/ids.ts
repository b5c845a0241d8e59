import type { Entry, RuleContext } from './context.js';
import type { IssueCollector } from '../issue.js';

/** Indexes entries by id, reporting every id used twice (the first use wins). */
export function indexIds(entries: readonly Entry[], issues: IssueCollector): Map<string, Entry> {
  const byId = new Map<string, Entry>();
  for (const entry of entries) {
    const id = entry.entity['id'] as string;
    const first = byId.get(id);
    if (first) issues.add('duplicate-id', `${entry.path}/id`, `duplicate id '${id}': already used by the ${first.kind} at ${first.path}`);
    else byId.set(id, entry);
  }
  return byId;
}

/** `deprecated.replacedBy` must name an existing entity of the same kind, other than itself. */
export function checkReplacements({ entries, byId, issues }: RuleContext): void {
  for (const entry of entries) {
    const replacedBy = (entry.entity['deprecated'] as { replacedBy?: string } | undefined)?.replacedBy;
    if (replacedBy === undefined) continue;
    const target = byId.get(replacedBy);
    const at = `${entry.path}/deprecated/replacedBy`;
    if (!target) issues.add('unknown-replacement', at, `replacedBy '${replacedBy}' does not exist`);
    else if (target.kind !== entry.kind) issues.add('wrong-kind-reference', at, `replacedBy '${replacedBy}' is a ${target.kind}, expected a ${entry.kind}`);
    else if (target === entry) issues.add('unknown-replacement', at, `'${replacedBy}' cannot replace itself`);
  }
}
