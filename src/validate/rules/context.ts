import { LIST_OF_KIND, type EntityKind } from '../../schema/kinds.js';
import type { IssueCollector } from '../issue.js';

/** An entity as the rules see it: its fields, kind and JSON Pointer. */
export interface Entry {
  readonly entity: Readonly<Record<string, unknown>>;
  readonly kind: EntityKind;
  readonly path: string;
  /** Its position in the document-order list of entries. */
  readonly index: number;
  /** Whether it is deprecated (read once here: rules ask it of every target they reach). */
  readonly deprecated: boolean;
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
    items.forEach((entity: Record<string, unknown>, i) =>
      entries.push({ entity, kind, path: `/${list}/${i}`, index: entries.length, deprecated: entity['deprecated'] !== undefined }),
    );
  }
  return entries;
}
