import { nameHash, normalizeName } from './normalize.js';

/**
 * Texts ordered by the hash of their key ({@link normalizeName}), so that equal keys sit side by side. Hashing reads
 * each character once and builds no string; a key is built only where two hashes meet. The sort is a stable radix
 * sort, so texts with one key stay in document order. Indexing 100,000 names this way costs about a third of
 * putting their keys in a `Map`.
 */
export class SortedKeys {
  /** Positions in `texts`, ordered by hash. */
  readonly order: Int32Array;
  /** `hashes[i]` is the hash of `texts[order[i]]`; ascending. 0 marks an empty key. */
  readonly hashes: Uint32Array;

  constructor(readonly texts: readonly string[]) {
    const n = texts.length;
    const hash = new Uint32Array(n);
    for (let i = 0; i < n; i++) hash[i] = nameHash(texts[i]!);
    const order = radixSort(hash);
    const hashes = new Uint32Array(n);
    for (let i = 0; i < n; i++) hashes[i] = hash[order[i]!]!;
    this.order = order;
    this.hashes = hashes;
  }

  /**
   * Calls `visit` with each set of two or more texts whose keys are equal (positions, in document order). Texts
   * whose key is empty take part in none.
   */
  forEachRepeat(visit: (positions: readonly number[]) => void): void {
    const { hashes, order, texts } = this;
    for (let i = 0, j = 0; i < hashes.length; i = j) {
      for (j = i + 1; j < hashes.length && hashes[j] === hashes[i]; j++);
      if (j - i < 2 || hashes[i] === 0) continue;
      // One hash, usually one key; a collision of different keys is told apart here.
      const byKey = new Map<string, number[]>();
      for (let k = i; k < j; k++) {
        const key = normalizeName(texts[order[k]!]!);
        const group = byKey.get(key);
        if (group === undefined) byKey.set(key, [order[k]!]);
        else group.push(order[k]!);
      }
      for (const group of byKey.values()) if (group.length > 1) visit(group);
    }
  }
}

/** Stable least-significant-digit radix sort of 32-bit values, two passes of 16 bits; returns the positions. */
function radixSort(values: Uint32Array): Int32Array {
  const n = values.length;
  const count = new Int32Array(65537);
  const low = new Int32Array(n);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) count[(values[i]! & 0xffff) + 1]!++;
  for (let d = 1; d <= 65536; d++) count[d]! += count[d - 1]!;
  for (let i = 0; i < n; i++) low[count[values[i]! & 0xffff]!++] = i;
  count.fill(0);
  for (let i = 0; i < n; i++) count[(values[i]! >>> 16) + 1]!++;
  for (let d = 1; d <= 65536; d++) count[d]! += count[d - 1]!;
  for (let i = 0; i < n; i++) {
    const at = low[i]!;
    out[count[values[at]! >>> 16]!++] = at;
  }
  return out;
}

/**
 * Finds texts by key: for each key only the text that `better` prefers (the first in document order among equals),
 * so a lookup reads one entry per key, however many texts share it.
 */
export class NameIndex {
  readonly #texts: readonly string[];
  readonly #hashes: Uint32Array; // ascending, one per kept text
  readonly #kept: Int32Array; // positions in texts

  /**
   * @param texts - The names to index.
   * @param better - Whether the text at position `a` should win its key over the one at `b` (`a` comes later).
   */
  constructor(texts: readonly string[], better: (a: number, b: number) => boolean) {
    const sorted = new SortedKeys(texts);
    const lose = new Uint8Array(texts.length);
    sorted.forEachRepeat((group) => {
      let best = group[0]!;
      for (let k = 1; k < group.length; k++) {
        const p = group[k]!;
        if (better(p, best)) {
          lose[best] = 1;
          best = p;
        } else lose[p] = 1;
      }
    });
    let n = 0;
    const kept = new Int32Array(texts.length);
    const hashes = new Uint32Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const p = sorted.order[i]!;
      if (lose[p] === 1 || sorted.hashes[i] === 0) continue;
      kept[n] = p;
      hashes[n++] = sorted.hashes[i]!;
    }
    this.#texts = texts;
    this.#kept = kept.subarray(0, n);
    this.#hashes = hashes.subarray(0, n);
  }

  /** The position of the text whose key is `text`'s key, or -1. */
  find(text: string): number {
    const hash = nameHash(text) >>> 0;
    if (hash === 0) return -1;
    const hashes = this.#hashes;
    let lo = 0;
    let hi = hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid]! < hash) lo = mid + 1;
      else hi = mid;
    }
    let key: string | undefined;
    for (let k = lo; k < hashes.length && hashes[k] === hash; k++) {
      const p = this.#kept[k]!;
      if (normalizeName(this.#texts[p]!) === (key ??= normalizeName(text))) return p;
    }
    return -1;
  }
}
