import type { Entry, RuleContext } from './context.js';
import type { IssueCode } from '../issue.js';

/**
 * Finds cycles with an iterative depth-first search (no recursion, so a 100,000-long chain cannot overflow the
 * stack). Each cycle is reported once, at the edge that closes it, naming the whole loop.
 */
function findCycles(
  { entries, byId, issues }: RuleContext,
  edgesOf: (entry: Entry) => readonly [string, string][],
  code: IssueCode,
  what: string,
): void {
  const state = new Map<Entry, 1 | 2>(); // 1 = on the current path, 2 = done
  for (const start of entries) {
    if (state.has(start)) continue;
    const stack: { entry: Entry; edges: readonly [string, string][]; next: number }[] = [];
    const push = (entry: Entry): void => {
      state.set(entry, 1);
      stack.push({ entry, edges: edgesOf(entry), next: 0 });
    };
    push(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.edges.length) {
        state.set(frame.entry, 2);
        stack.pop();
        continue;
      }
      const [id, suffix] = frame.edges[frame.next++]!;
      const target = byId.get(id);
      if (!target) continue;
      const s = state.get(target);
      if (s === undefined) push(target);
      else if (s === 1) {
        const from = stack.findIndex((f) => f.entry === target);
        const loop = stack.slice(from).map((f) => f.entry.entity['id'] as string);
        issues.add(code, frame.entry.path + suffix, `${what} cycle: ${[...loop, id].join(' -> ')}`);
      }
    }
  }
}

const prerequisiteEdges = (entry: Entry): [string, string][] => {
  if (entry.kind !== 'skill' && entry.kind !== 'domain') return [];
  const list = entry.entity['prerequisites'] as readonly string[] | undefined;
  return list ? list.map((id, i) => [id, `/prerequisites/${i}`]) : [];
};

const parentEdges = (entry: Entry): [string, string][] => {
  if (entry.kind !== 'skillCategory' && entry.kind !== 'toolCategory') return [];
  const parent = entry.entity['parent'];
  return typeof parent === 'string' ? [[parent, '/parent']] : [];
};

/** Prerequisites (of skills and domains) must form no cycle. */
export const checkPrerequisiteCycles = (ctx: RuleContext): void => findCycles(ctx, prerequisiteEdges, 'prerequisite-cycle', 'prerequisite');

/** Category parents must form no cycle. */
export const checkCategoryCycles = (ctx: RuleContext): void => findCycles(ctx, parentEdges, 'category-cycle', 'category parent');
