// A character trie over folded names, frozen into typed arrays so that the scan touches no objects per step.

/** Bits of a node's break mask: which separators the text may hold after the node's character. */
export const BREAK_SPACE = 1;
export const BREAK_SLASH = 2;
export const BREAK_AMP = 4;

/** A trie under construction: edges in one map keyed by (node, code unit), so that building makes few objects. */
export class TrieBuilder {
  private readonly edges = new Map<number, number>();
  private readonly breaks: number[] = [0];
  private count = 1;
  /** The variants (indexes) whose key ends at a node, for the nodes that have any. */
  readonly names = new Map<number, number[]>();
  /** The context words (indexes) whose key ends at a node, for the nodes that have any. */
  readonly contexts = new Map<number, number[]>();

  /** Adds a folded key; `breakAt[i]` is the break mask after key character i. Returns the final node. */
  add(key: string, breakAt: readonly number[]): number {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const edge = node * 65536 + key.charCodeAt(i);
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.count++;
        this.edges.set(edge, next);
        this.breaks.push(0);
      }
      node = next;
      this.breaks[node]! |= breakAt[i] ?? 0;
    }
    return node;
  }

  /** Freezes the trie. Nodes are renumbered breadth-first, so that the shallow nodes every walk visits sit together. */
  build(): Trie {
    const n = this.count;
    // Each node's children, sorted by code unit, in flat arrays (a counting sort by parent, then by code unit).
    const kidStart = new Int32Array(n + 1);
    for (const edge of this.edges.keys()) kidStart[Math.floor(edge / 65536) + 1]!++;
    for (let i = 0; i < n; i++) kidStart[i + 1]! += kidStart[i]!;
    const kidChar = new Uint16Array(this.edges.size);
    const kidNode = new Int32Array(this.edges.size);
    const fill = kidStart.slice(0, n);
    for (const [edge, to] of this.edges) {
      const at = fill[Math.floor(edge / 65536)]!++;
      kidChar[at] = edge % 65536;
      kidNode[at] = to;
    }
    for (let i = 0; i < n; i++) {
      // Insertion sort: nodes have few children.
      for (let a = kidStart[i]! + 1; a < kidStart[i + 1]!; a++) {
        const c = kidChar[a]!;
        const t = kidNode[a]!;
        let b = a - 1;
        while (b >= kidStart[i]! && kidChar[b]! > c) {
          kidChar[b + 1] = kidChar[b]!;
          kidNode[b + 1] = kidNode[b]!;
          b--;
        }
        kidChar[b + 1] = c;
        kidNode[b + 1] = t;
      }
    }
    const order = new Int32Array(n);
    let tail = 1;
    for (let i = 0; i < tail; i++) for (let e = kidStart[order[i]!]!; e < kidStart[order[i]! + 1]!; e++) order[tail++] = kidNode[e]!;
    const id = new Int32Array(n);
    order.forEach((old, i) => (id[old] = i));
    // The ASCII code units keys use, numbered from 1: rows of the direct tables are that wide.
    const alpha = new Uint8Array(128);
    let width = 1;
    let rows = 0;
    for (const old of order) {
      let ascii = 0;
      for (let e = kidStart[old]!; e < kidStart[old + 1]!; e++) {
        const c = kidChar[e]!;
        if (c < 128) {
          ascii++;
          if (alpha[c] === 0) alpha[c] = width++;
        }
      }
      if (ascii >= 2) rows++;
    }
    const edgeStart = new Int32Array(n + 1);
    const edgeChar = new Uint16Array(this.edges.size);
    const edgeNext = new Int32Array(this.edges.size);
    const nodes = new Int32Array(NODE * n);
    const row = new Int32Array(rows * width).fill(-1);
    const names = new Array<readonly number[] | undefined>(n).fill(undefined);
    const contexts = new Array<readonly number[] | undefined>(n).fill(undefined);
    let e = 0;
    let r = 0;
    for (let i = 0; i < n; i++) {
      const old = order[i]!;
      edgeStart[i] = e;
      let ascii = 0;
      for (let k = kidStart[old]!; k < kidStart[old + 1]!; k++) if (kidChar[k]! < 128) ascii++;
      const at = ascii >= 2 ? r++ * width : -1;
      nodes[NODE * i] = at;
      nodes[NODE * i + 1] = -1;
      for (let k = kidStart[old]!; k < kidStart[old + 1]!; k++) {
        const c = kidChar[k]!;
        const to = id[kidNode[k]!]!;
        edgeChar[e] = c;
        edgeNext[e] = to;
        e++;
        if (c >= 128) continue;
        if (at >= 0) row[at + alpha[c]!] = to;
        else {
          nodes[NODE * i] = -2 - c;
          nodes[NODE * i + 1] = to;
        }
      }
      const nameList = this.names.get(old);
      const contextList = this.contexts.get(old);
      names[i] = nameList;
      contexts[i] = contextList;
      nodes[NODE * i + 2] = this.breaks[old]! | (nameList ? TERMINAL_NAME : 0) | (contextList ? TERMINAL_CONTEXT : 0);
    }
    edgeStart[n] = e;
    const rootHas = new Uint8Array(128);
    for (let k = kidStart[0]!; k < kidStart[1]!; k++) if (kidChar[k]! < 128) rootHas[kidChar[k]!] = 1;
    // Names are matched whatever their case: an upper-case first letter starts a walk too.
    for (let c = 65; c <= 90; c++) rootHas[c] = rootHas[c + 32]!;
    return new Trie({ edgeStart, edgeChar, edgeNext, alpha, nodes, row, names, contexts, rootHas });
  }
}

/** How many numbers each node takes in `nodes`. */
export const NODE = 3;

/** Flag bits beside the break mask. */
export const TERMINAL_NAME = 8;
export const TERMINAL_CONTEXT = 16;

/** The arrays of a frozen trie. */
export interface TrieArrays {
  /** Per node: the first of its edges (sorted by code unit); edges of node i end where those of i + 1 start. */
  readonly edgeStart: Int32Array;
  readonly edgeChar: Uint16Array;
  readonly edgeNext: Int32Array;
  /** Per ASCII code unit: its column in the direct tables (0: no key uses it). */
  readonly alpha: Uint8Array;
  /**
   * Per node, NODE numbers side by side, so that one step reads one place in memory: the offset of its row in `row`
   * when it has two or more ASCII children, else -2 minus the code unit of its one ASCII child, else -1; then that
   * one child's node (or -1); then its flags (break mask | TERMINAL_NAME | TERMINAL_CONTEXT).
   */
  readonly nodes: Int32Array;
  /** Rows of direct links, `alpha`-wide, for the nodes with several ASCII children (-1: no link). */
  readonly row: Int32Array;
  /** The variants (indexes) whose key ends at a node, for the nodes flagged TERMINAL_NAME. */
  readonly names: readonly (readonly number[] | undefined)[];
  /** The context words (indexes) whose key ends at a node, for the nodes flagged TERMINAL_CONTEXT. */
  readonly contexts: readonly (readonly number[] | undefined)[];
  /** Per ASCII code unit: whether some key starts with it (in either case). */
  readonly rootHas: Uint8Array;
}

/** A frozen trie. Node 0 is the root; its arrays are those of {@link TrieArrays}. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the class holds exactly these arrays
export interface Trie extends TrieArrays {}

/** A frozen trie. Node 0 is the root. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Trie {
  constructor(arrays: TrieArrays) {
    Object.assign(this, arrays);
  }

  /** The flags of a node: break mask | TERMINAL_NAME | TERMINAL_CONTEXT. */
  flagsOf(node: number): number {
    return this.nodes[NODE * node + 2]!;
  }

  /** The child of `node` by folded code unit `c`, or -1. */
  step(node: number, c: number): number {
    if (c < 128) {
      const a = this.alpha[c]!;
      if (a === 0) return -1;
      const w = this.nodes[NODE * node]!;
      if (w >= 0) return this.row[w + a]!;
      return w === -2 - c ? this.nodes[NODE * node + 1]! : -1;
    }
    const end = this.edgeStart[node + 1]!;
    for (let e = this.edgeStart[node]!; e < end; e++) {
      const k = this.edgeChar[e]!;
      if (k === c) return this.edgeNext[e]!;
      if (k > c) return -1;
    }
    return -1;
  }
}
