import { expectBoolean, expectKnownKeys, expectOptions, expectString } from '../internal/args.js';
import { unknownMessage } from '../internal/args.js';
import type { Domain, Entity, IdSet, Skill } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** A prerequisite in learning order. */
export interface PrerequisiteStep {
  /** The skill or domain to learn. */
  readonly entity: Skill | Domain;
  /** How many prerequisite links separate it from the nearest target (1 = a direct prerequisite; 0 = a target). */
  readonly depth: number;
  /** The chain of ids that pulled it in, from the target to the entity that requires it directly. */
  readonly via: readonly string[];
}

/** Options of {@link Taxonomy.prerequisitesOf} and {@link Taxonomy.domainPrerequisites}. */
export interface PrerequisiteOptions {
  /** Follow prerequisites of prerequisites (default `true`); `false` lists direct prerequisites only. */
  readonly transitive?: boolean;
}

type Learnable = Skill | Domain;

const isLearnable = (e: Entity | undefined): e is Learnable => e?.kind === 'skill' || e?.kind === 'domain';

/** Gets a skill or domain for a query argument, or throws a RangeError with suggestions. */
export function learnable(tax: Taxonomy<IdSet>, id: unknown, fn: string, param: string): Learnable {
  expectString(fn, param, id);
  const found = tax.get(id);
  if (isLearnable(found)) return found;
  const valid = [...tax.skills, ...tax.domains].filter((e) => !e.deprecated).map((e) => e.id);
  throw new RangeError(unknownMessage(fn, param, id, valid, 'skill or domain') + (found ? ` ('${id}' is a ${found.kind})` : ''));
}

/** A min-heap of ids ordered by a comparison, for a deterministic topological order in O(n log n). */
class Heap {
  readonly #items: string[] = [];
  constructor(private readonly before: (a: string, b: string) => boolean) {}
  get size(): number {
    return this.#items.length;
  }
  push(x: string): void {
    const a = this.#items;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): string {
    const a = this.#items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * A step whose `via` is built when first read, from the links walked: built eagerly, the chains of a 100,000-long
 * prerequisite chain would hold 5·10⁹ ids. It reads and spreads like a plain property, and the caller may replace it.
 */
function step(entity: Learnable, depth: number, chain: () => string[]): PrerequisiteStep {
  let via: readonly string[] | undefined;
  return {
    entity,
    depth,
    get via(): readonly string[] {
      return (via ??= chain());
    },
    set via(value: readonly string[]) {
      via = value;
    },
  };
}

/**
 * Walks prerequisites from the targets (breadth first, so `depth` and `via` are the shortest chains), skipping
 * what `known` covers, then orders the result topologically: foundations first, ties broken by greater depth,
 * then by id. Linear in the edges visited, plus the heap's log factor.
 */
export function walkPrerequisites(
  tax: Taxonomy<IdSet>,
  targets: readonly Learnable[],
  { transitive = true, includeTargets = false, known = new Set<string>() }: { transitive?: boolean; includeTargets?: boolean; known?: ReadonlySet<string> } = {},
): PrerequisiteStep[] {
  // `from`: the id that pulled the entry in (its parent on a shortest chain), undefined for a target.
  const info = new Map<string, { entity: Learnable; depth: number; from: string | undefined }>();
  const queue: string[] = [];
  for (const t of targets) {
    if (info.has(t.id) || known.has(t.id)) continue;
    info.set(t.id, { entity: t, depth: 0, from: undefined });
    queue.push(t.id);
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    const node = info.get(id)!;
    if (!transitive && node.depth >= 1) continue;
    for (const p of node.entity.prerequisites ?? []) {
      if (info.has(p) || known.has(p)) continue;
      const entity = tax.get(p);
      if (!isLearnable(entity)) continue;
      info.set(p, { entity, depth: node.depth + 1, from: id });
      queue.push(p);
    }
  }
  // Kahn's algorithm on the visited subgraph: an entity comes after all of its (visited) prerequisites.
  const waiting = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const [id, { entity }] of info) {
    let n = 0;
    for (const p of entity.prerequisites ?? []) {
      if (!info.has(p) || (!transitive && info.get(id)!.depth >= 1)) continue;
      n++;
      const list = dependents.get(p);
      if (list) list.push(id);
      else dependents.set(p, [id]);
    }
    waiting.set(id, n);
  }
  const heap = new Heap((a, b) => {
    const da = info.get(a)!.depth;
    const db = info.get(b)!.depth;
    return da !== db ? da > db : a < b;
  });
  for (const [id, n] of waiting) if (n === 0) heap.push(id);
  const chain = (id: string) => (): string[] => {
    const via: string[] = [];
    for (let cur = info.get(id)!.from; cur !== undefined; cur = info.get(cur)!.from) via.push(cur);
    return via.reverse();
  };
  const out: PrerequisiteStep[] = [];
  while (heap.size > 0) {
    const id = heap.pop();
    const { entity, depth } = info.get(id)!;
    if (includeTargets || depth > 0) out.push(step(entity, depth, chain(id)));
    for (const d of dependents.get(id) ?? []) {
      const n = waiting.get(d)! - 1;
      waiting.set(d, n);
      if (n === 0) heap.push(d);
    }
  }
  return out;
}

/** Implements {@link Taxonomy.prerequisitesOf}. */
export function prerequisitesOf(tax: Taxonomy<IdSet>, id: string, options: PrerequisiteOptions = {}, fn = 'prerequisitesOf', param = 'id'): PrerequisiteStep[] {
  expectOptions(fn, 'options', options);
  expectKnownKeys(fn, 'options', options, ['transitive']);
  expectBoolean(fn, 'options.transitive', options.transitive);
  return walkPrerequisites(tax, [learnable(tax, id, fn, param)], { transitive: options.transitive ?? true });
}

/** Implements {@link Taxonomy.domainPrerequisites}. */
export function domainPrerequisites(tax: Taxonomy<IdSet>, domain: string, options: PrerequisiteOptions = {}): PrerequisiteStep[] {
  tax.getOf('domain', domain, 'domainPrerequisites', 'domain');
  return prerequisitesOf(tax, domain, options, 'domainPrerequisites', 'domain');
}

/** Implements {@link Taxonomy.dependentsOf}: the skills and domains that list `id` as a direct prerequisite. */
export function dependentsOf(tax: Taxonomy<IdSet>, id: string): Learnable[] {
  const target = learnable(tax, id, 'dependentsOf', 'id');
  // Through `get`, so that a deprecated dependent stands for its replacement, as everywhere else.
  return tax.indexes.dependentsOf(target.id).map((e) => tax.get(e.id) as Learnable);
}
