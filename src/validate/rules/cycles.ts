import type { Entry, RuleContext } from './context.js';
import type { IssueCode } from '../issue.js';
import type { EntityKind } from '../../schema/kinds.js';

/** Loops longer than this are named by their first and last ids, so that each message stays short. */
const SHOWN = 20;

/** "a -> b -> c -> a": the ids from `from` to the top of the stack, then back to the first. */
function loopOf(stack: readonly { entry: Entry }[], from: number): string {
  const n = stack.length - from;
  const id = (k: number): string => stack[from + k]!.entry.entity['id'] as string;
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
 * loop. Linear, even with many cycles through a long path: the stack position of each entry on it is kept.
 */
function findCycles(
  { entries, byId, issues }: RuleContext,
  kinds: readonly EntityKind[],
  edgesOf: (entity: Readonly<Record<string, unknown>>) => readonly string[] | undefined,
  pointer: (i: number) => string,
  code: IssueCode,
  what: string,
): void {
  const state = new Map<Entry, 1 | 2>(); // 1 = on the current path, 2 = done
  const position = new Map<Entry, number>(); // where each entry on the current path is in the stack
  const stack: { entry: Entry; edges: readonly string[]; next: number }[] = [];
  const push = (entry: Entry): void => {
    state.set(entry, 1);
    position.set(entry, stack.length);
    stack.push({ entry, edges: edgesOf(entry.entity) ?? [], next: 0 });
  };
  for (const start of entries) {
    if (!kinds.includes(start.kind) || state.has(start)) continue;
    push(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.edges.length) {
        state.set(frame.entry, 2);
        position.delete(frame.entry);
        stack.pop();
        continue;
      }
      const i = frame.next++;
      const target = byId.get(frame.edges[i]!);
      if (target === undefined || !kinds.includes(target.kind)) continue;
      const s = state.get(target);
      if (s === undefined) push(target);
      else if (s === 1) {
        issues.add(code, frame.entry.path + pointer(i), `${what} cycle: ${loopOf(stack, position.get(target)!)}`);
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
