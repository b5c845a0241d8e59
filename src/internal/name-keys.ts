import { nameHash, normalizeName } from './normalize.js';

/** A record with a name and aliases, as every entity has. */
export interface Named {
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
}

/**
 * The names and aliases of a list of records, numbered in document order (each record's name, then its aliases),
 * with the hash of each one's key. Only the hashes are kept per text, in a typed array: no string or object per name.
 */
export class NameTexts {
  /** Where each record's texts start (its name); `start[records.length]` is the number of texts. */
  readonly start: Int32Array;
  /** The hash of each text's key ({@link nameHash}). */
  readonly hashes: Uint32Array;

  constructor(readonly records: readonly Named[]) {
    const start = new Int32Array(records.length + 1);
    for (let r = 0; r < records.length; r++) start[r + 1] = start[r]! + 1 + (records[r]!.aliases?.length ?? 0);
    const hashes = new Uint32Array(start[records.length]!);
    let at = 0;
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      hashes[at++] = nameHash(record.name);
      const list = record.aliases;
      if (list !== undefined) for (let i = 0; i < list.length; i++) hashes[at++] = nameHash(list[i]!);
    }
    this.start = start;
    this.hashes = hashes;
  }

  /** How many texts there are. */
  get size(): number {
    return this.hashes.length;
  }

  /** The record a text belongs to (its position in `records`). */
  ownerOf(p: number): number {
    let lo = 0;
    let hi = this.records.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.start[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** -1 for a record's name, else the index of the alias. */
  aliasOf(p: number): number {
    return p - this.start[this.ownerOf(p)]! - 1;
  }

  /** The text at a position. */
  text(p: number): string {
    const r = this.ownerOf(p);
    const a = p - this.start[r]! - 1;
    return a < 0 ? this.records[r]!.name : this.records[r]!.aliases![a]!;
  }
}

/**
 * Texts ordered by the hash of their key ({@link normalizeName}), so that equal keys sit side by side. Hashing reads
 * each character once and builds no string; a key is built only where two hashes meet. The sort is a stable radix
 * sort, so texts with one key stay in document order. Indexing 100,000 names this way costs about a third of
 * putting their keys in a `Map`.
 */
export class SortedKeys {
  /** Positions of the texts, ordered by hash. */
  readonly order: Int32Array;
  /** `hashes[i]` is the hash of the text at `order[i]`; ascending. 0 marks an empty key. */
  readonly hashes: Uint32Array;

  constructor(readonly texts: NameTexts) {
    const n = texts.size;
    const hash = texts.hashes;
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
        const key = normalizeName(texts.text(order[k]!));
        const group = byKey.get(key);
        if (group === undefined) byKey.set(key, [order[k]!]);
        else group.push(order[k]!);
      }
      for (const group of byKey.values()) if (group.length > 1) visit(group);
    }
  }
}

/** Below this many values a comparison sort is cheaper than the radix sort's two 65,537-entry count passes. */
const SMALL = 2048;

/**
 * The positions of 32-bit values in ascending order of value, equal values in order of position: a least-significant
 * digit radix sort in two passes of 16 bits, or a comparison sort for few values.
 */
function radixSort(values: Uint32Array): Int32Array {
  const n = values.length;
  if (n < SMALL) {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => values[a]! - values[b]! || a - b);
  }
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
  readonly #texts: NameTexts;
  readonly #hashes: Uint32Array; // ascending, one per kept text
  readonly #kept: Int32Array; // positions in texts

  /**
   * @param texts - The names to index.
   * @param better - Whether the text at position `a` should win its key over the one at `b` (`a` comes later).
   */
  constructor(texts: NameTexts, better: (a: number, b: number) => boolean) {
    const sorted = new SortedKeys(texts);
    const lose = new Uint8Array(texts.size);
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
    // Compacted in place: the kept entries move to the front of the sorted arrays.
    let n = 0;
    const { order: kept, hashes } = sorted;
    for (let i = 0; i < texts.size; i++) {
      const p = kept[i]!;
      if (lose[p] === 1 || hashes[i] === 0) continue;
      kept[n] = p;
      hashes[n++] = hashes[i]!;
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
      if (normalizeName(this.#texts.text(p)) === (key ??= normalizeName(text))) return p;
    }
    return -1;
  }
}
