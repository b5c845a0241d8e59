import type { Entry, RuleContext } from './context.js';
import type { IssueCode } from '../issue.js';
import type { EntityKind } from '../../schema/kinds.js';

/** Loops longer than this are named by their first and last ids, so that each message stays short. */
const SHOWN = 20;

/** "a -> b -> c -> a": the ids of the entries from `from` to the top of the stack, then back to the first. */
function loopOf(entries: readonly Entry[], stack: Int32Array, top: number, from: number): string {
  const n = top - from;
  const id = (k: number): string => entries[stack[from + k]!]!.entity['id'] as string;
  const ids: string[] = [];
  if (n <= SHOWN) for (let k = 0; k < n; k++) ids.push(id(k));
  else {
    for (let k = 0; k < SHOWN / 2; k++) ids.push(id(k));
    ids.push(`… (${n - SHOWN} more)`);
    for (let k = n - SHOWN / 2; k < n; k++) ids.push(id(k));
  }
  ids.push(id(0));
  return ids.join(' -> ');
}

/**
 * Finds cycles with an iterative depth-first search (no recursion, so a 100,000-long chain cannot overflow the
 * stack), over the entries of the given kinds. Each cycle is reported once, at the edge that closes it, naming the
 * loop. Linear, even with many cycles through a long path: the stack position of each entry on it is kept. State
 * lives in typed arrays indexed by entry, so the walk allocates nothing per entry.
 */
function findCycles(
  { entries, byId, issues }: RuleContext,
  kinds: readonly EntityKind[],
  edgesOf: (entity: Readonly<Record<string, unknown>>) => readonly string[] | undefined,
  pointer: (i: number) => string,
  code: IssueCode,
  what: string,
): void {
  const n = entries.length;
  const position = new Int32Array(n).fill(-1); // -1 = not seen; -2 = done; else its place in the stack
  const stack = new Int32Array(n); // entry indexes on the current path
  const next = new Int32Array(n); // per stack place: the next edge to follow
  const edges: (readonly string[] | undefined)[] = new Array(n);
  let top = 0;
  const push = (entry: Entry): void => {
    position[entry.index] = top;
    edges[top] = edgesOf(entry.entity);
    next[top] = 0;
    stack[top++] = entry.index;
  };
  for (const start of entries) {
    if (position[start.index] !== -1 || !kinds.includes(start.kind)) continue;
    push(start);
    while (top > 0) {
      const at = top - 1;
      const list = edges[at];
      if (list === undefined || next[at]! >= list.length) {
        position[stack[at]!] = -2;
        edges[at] = undefined;
        top--;
        continue;
      }
      const i = next[at]!++;
      const target = byId.get(list[i]!);
      if (target === undefined) continue;
      const p = position[target.index]!;
      if (p === -1) {
        if (kinds.includes(target.kind)) push(target);
      } else if (p >= 0) {
        issues.add(code, entries[stack[at]!]!.path + pointer(i), `${what} cycle: ${loopOf(entries, stack, top, p)}`);
      }
    }
  }
}

const prerequisites = (e: Readonly<Record<string, unknown>>): readonly string[] | undefined => e['prerequisites'] as readonly string[] | undefined;
const parent = (e: Readonly<Record<string, unknown>>): readonly string[] | undefined => (typeof e['parent'] === 'string' ? [e['parent']] : undefined);

/** Prerequisites (of skills and domains) must form no cycle. */
export const checkPrerequisiteCycles = (ctx: RuleContext): void =>
  findCycles(ctx, ['skill', 'domain'], prerequisites, (i) => `/prerequisites/${i}`, 'prerequisite-cycle', 'prerequisite');

/** Category parents must form no cycle. */
export const checkCategoryCycles = (ctx: RuleContext): void =>
  findCycles(ctx, ['skillCategory', 'toolCategory'], parent, () => '/parent', 'category-cycle', 'category parent');
