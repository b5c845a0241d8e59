import { LIST_OF_KIND, type EntityKind } from '../../schema/kinds.js';
import type { IssueCollector } from '../issue.js';

/** An entity as the rules see it: its fields, kind and JSON Pointer. */
export interface Entry {
  readonly entity: Readonly<Record<string, unknown>>;
  readonly kind: EntityKind;
  readonly path: string;
}

/** What every record rule reads: the entries in document order and the first entry of each id. */
export interface RuleContext {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly issues: IssueCollector;
}

/** Lists every entity of a structurally valid document, in document order. */
export function collectEntries(doc: Readonly<Record<string, unknown>>): Entry[] {
  const entries: Entry[] = [];
  for (const [kind, list] of Object.entries(LIST_OF_KIND) as [EntityKind, string][]) {
    const items = doc[list];
    if (!Array.isArray(items)) continue;
    items.forEach((entity: Record<string, unknown>, i) => entries.push({ entity, kind, path: `/${list}/${i}` }));
  }
  return entries;
}

/** Whether an entity is deprecated. */
export const isDeprecated = (entry: Entry): boolean => entry.entity['deprecated'] !== undefined;
