// The linear scan: one pass over the text that walks the trie from every word start (and every camel-case hump
// inside a word) and records each name and context word that ends on a word boundary. Each walk stops after at most
// the longest name (plus a few separators), so the scan is linear in the text.
//
// This is the hot loop, so the walk uses the character classes and trie bits as number literals (module constants
// cost a load and a check on every use): classes 1 LOWER, 2 UPPER, 3 CASELESS, 4 DIGIT, 5 SYMBOL, 6 TIGHT,
// 7 SPACE, 8 SLASH, 9 AMP (chars.ts); break bits 1 space, 2 slash, 4 '&' and terminal bits 8 name, 16 context,
// and 3 numbers per node in `trie.nodes` (trie.ts). tests/extract/constants.test.ts checks that they agree.
import { classOf, classTable, foldUnit, DIGIT, LOWER, SYMBOL } from './chars.js';
import type { Matcher } from './compile.js';

const isWordClass = (k: number): boolean => k >= 1 && k <= 4;

/** Glue bits of a candidate. */
export const GLUED_START = 1;
export const GLUED_END = 2;
export const VERSION_END = 4;

/** A name found in the text, before the context rules are applied. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly variant: number;
  /** GLUED_START (starts at a camel-case hump), GLUED_END (ends at one), VERSION_END (digits follow). */
  readonly glue: number;
  /** Ends with a plural 's' that the key does not have. */
  readonly plural: boolean;
}

/** What one scan found: candidates and context-word hits, both in order of their start. */
export interface ScanResult {
  readonly candidates: Candidate[];
  readonly contextStarts: number[];
  readonly contextIds: number[];
}

const NONE = -1;
const CLEAN = 0;

/** Whether a code unit is blank: whitespace or a line break, which end a URL or e-mail address. */
const isBlank = (c: number): boolean => c <= 32 || c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);

const TLDS = new Set(['com', 'org', 'net', 'io', 'ai', 'co', 'edu', 'gov', 'dev', 'us', 'uk']);

/** Whether the '/' at `p` follows a host name ("github.com/…"). */
function afterHost(text: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && p - i <= 4) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    i--;
  }
  return i >= 0 && i < p - 1 && text.charCodeAt(i) === 0x2e && TLDS.has(text.slice(i + 1, p).toLowerCase());
}

/** The characters of a span that a key is made of, in their original case (as keyOf writes them). */
export function writtenOf(text: string, start: number, end: number): string {
  const table = classTable();
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(table, c);
    if ((k >= LOWER && k <= DIGIT) || k === SYMBOL || (c === 0x2e && i === start)) {
      if (c < 128) out += text[i];
      else {
        const f = foldUnit(c);
        if (f !== '') out += text[i]! + f.slice(1);
      }
    }
  }
  return out;
}

/** Whether a span's key characters are written exactly as `written` (without building a string). */
export function writtenIs(text: string, start: number, end: number, written: string): boolean {
  const table = classTable();
  let j = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return writtenOf(text, start, end) === written; // rare: folding may change the length
    const k = table[c]!;
    if ((k >= 1 && k <= 4) || k === 5 || (c === 0x2e && i === start)) {
      if (j >= written.length || written.charCodeAt(j) !== c) return false;
      j++;
    }
  }
  return j === written.length;
}

/**
 * Walks in progress besides the latest. A walk starts at each word start (and camel-case hump) whose first character
 * begins some key, and follows the text down the trie; most die within a few characters, and several are alive at
 * once only inside multi-word names. All advance together, so each character of the text is read once.
 */
class Walks {
  start: Int32Array = new Int32Array(16);
  node: Int32Array = new Int32Array(16);
  /** Key characters consumed. */
  depth: Int32Array = new Int32Array(16);
  /** 1 when the walk started at a camel-case hump. */
  glued: Uint8Array = new Uint8Array(16);
  /** Separator characters in the current run (0 when the last character was a key character). */
  run: Uint8Array = new Uint8Array(16);
  /** Kinds of separator in the current run (break bits). */
  used: Uint8Array = new Uint8Array(16);
  /** The separator runs crossed so far: pairs (key length before the run, break bits), or undefined. */
  seps: (number[] | undefined)[] = [];
  count = 0;

  add(start: number, glued: boolean, node: number, depth: number, run: number, used: number, seps: number[] | undefined): void {
    const i = this.count;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.node[i] = node;
    this.depth[i] = depth;
    this.glued[i] = glued ? 1 : 0;
    this.run[i] = run;
    this.used[i] = used;
    this.seps[i] = seps;
    this.count++;
  }

  /** Removes walk i (the last one takes its place). */
  remove(i: number): void {
    const last = --this.count;
    if (i === last) return;
    this.start[i] = this.start[last]!;
    this.node[i] = this.node[last]!;
    this.depth[i] = this.depth[last]!;
    this.glued[i] = this.glued[last]!;
    this.run[i] = this.run[last]!;
    this.used[i] = this.used[last]!;
    this.seps[i] = this.seps[last];
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start, (k) => new Int32Array(k));
    this.node = copy(this.node, (k) => new Int32Array(k));
    this.depth = copy(this.depth, (k) => new Int32Array(k));
    this.glued = copy(this.glued, (k) => new Uint8Array(k));
    this.run = copy(this.run, (k) => new Uint8Array(k));
    this.used = copy(this.used, (k) => new Uint8Array(k));
  }
}

const cls = (table: Uint8Array, c: number): number => (c < 128 ? table[c]! : classOf(table, c));

/** Whether a key's breaks allow the separator runs a walk crossed. */
function fits(seps: number[] | undefined, breaks: Uint8Array): boolean {
  if (seps === undefined) return true;
  for (let i = 0; i < seps.length; i += 2) if ((breaks[seps[i]! - 1]! & seps[i + 1]!) !== seps[i + 1]) return false;
  return true;
}

/** The kind of boundary at `p`, right after a key character: CLEAN, GLUED_END, VERSION_END or NONE. */
function boundary(text: string, n: number, table: Uint8Array, p: number): number {
  if (p >= n) return CLEAN;
  const k = cls(table, text.charCodeAt(p));
  if (k < 1 || k > 4) return CLEAN;
  const prev = cls(table, text.charCodeAt(p - 1));
  if (prev === 5) return CLEAN; // after '+' or '#': "C++Familiar"
  if (prev === 1 && k === 2) return 2; // GLUED_END: "PyTorchExperience"
  if (prev === 2 && k === 2 && p + 1 < n && cls(table, text.charCodeAt(p + 1)) === 1) return 2; // "AWSExperience"
  if ((prev === 1 || prev === 2) && k === 4) return 4; // VERSION_END: "Python3"
  if (prev === 4 && (k === 1 || k === 2)) return 2;
  return NONE;
}

/** Records the names and context words whose key ends at `node`, when `p` is a word boundary. */
function record(text: string, table: Uint8Array, m: Matcher, out: ScanResult, s: number, p: number, node: number, glued: number, seps: number[] | undefined): void {
  const n = text.length;
  let b = boundary(text, n, table, p);
  let end = p;
  let plural = false;
  if (b === NONE) {
    // A plural 's' the key does not have: "LLMs", "CNNs", "regressions".
    if (text.charCodeAt(p) !== 115) return;
    b = boundary(text, n, table, p + 1);
    if (b === NONE) return;
    end = p + 1;
    plural = true;
  }
  const f = m.trie.nodes[3 * node + 2]!;
  const glue = glued | b;
  if (f & 8) {
    const list = m.trie.names[node]!;
    for (let i = 0; i < list.length; i++) {
      const v = list[i]!;
      const variant = m.variants[v]!;
      if ((!plural || variant.plural) && fits(seps, variant.breaks)) insertCandidate(out.candidates, { start: s, end, variant: v, glue, plural });
    }
  }
  if (f & 16) {
    const list = m.trie.contexts[node]!;
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      const word = m.contextWords[w]!;
      if (word.exact !== undefined && !writtenIs(text, s, p, word.exact)) continue;
      if (!fits(seps, word.breaks)) continue;
      insertContext(out, s, w);
    }
  }
}

// Walks inside multi-word names record after younger walks, so results are kept in order of start by moving each
// new one back past those that start later: at most the few found within one name's length, so still linear.

/** Adds a candidate, keeping the list in order of start (and of end, for one start). */
function insertCandidate(list: Candidate[], c: Candidate): void {
  let i = list.length;
  list.push(c);
  while (i > 0 && (list[i - 1]!.start > c.start || (list[i - 1]!.start === c.start && list[i - 1]!.end > c.end))) {
    list[i] = list[i - 1]!;
    i--;
  }
  list[i] = c;
}

/** Adds a context-word hit, keeping the hits in order of start. */
function insertContext(out: ScanResult, start: number, id: number): void {
  const starts = out.contextStarts;
  const ids = out.contextIds;
  let i = starts.length;
  starts.push(start);
  ids.push(id);
  while (i > 0 && starts[i - 1]! > start) {
    starts[i] = starts[i - 1]!;
    ids[i] = ids[i - 1]!;
    i--;
  }
  starts[i] = start;
  ids[i] = id;
}

/** The index of the blank that ends the run of non-blank characters around `p` (or the text's length). */
function runEnd(text: string, p: number): number {
  let q = p;
  while (q < text.length && !isBlank(text.charCodeAt(q))) q++;
  return q;
}

/** Advances the older walks (those inside multi-word names) by one key character of class `k`. */
function advanceOthers(w: Walks, text: string, table: Uint8Array, m: Matcher, out: ScanResult, p: number, c: number, k: number): void {
  const trie = m.trie;
  const folded = c < 128 ? String.fromCharCode(k === 2 ? c + 32 : c) : foldUnit(c);
  for (let i = 0; i < w.count; i++) {
    let node = w.node[i]!;
    if (w.run[i]! > 0) {
      if (w.used[i] !== 0) (w.seps[i] ??= []).push(w.depth[i]!, w.used[i]!);
      w.run[i] = 0;
      w.used[i] = 0;
    }
    for (let j = 0; j < folded.length && node >= 0; j++) node = trie.step(node, folded.charCodeAt(j));
    if (node < 0) {
      w.remove(i--);
      continue;
    }
    w.depth[i]! += folded.length;
    w.node[i] = node;
    if (trie.nodes[3 * node + 2]! & 24) record(text, table, m, out, w.start[i]!, p + 1, node, w.glued[i]!, w.seps[i]);
  }
}

/** Lets the older walks cross a separator of break bit `bit` (0 for '-', '.', '_'), or drops them. */
function separateOthers(w: Walks, nodes: Int32Array, bit: number): void {
  for (let i = 0; i < w.count; i++) {
    const node = w.node[i]!;
    if (w.run[i]! >= 3 || (bit !== 0 && (nodes[3 * node + 2]! & bit) === 0)) {
      w.remove(i--);
      continue;
    }
    w.run[i]!++;
    w.used[i]! |= bit;
  }
}

/** Scans a text for the matcher's names and context words. */
export function scan(text: string, m: Matcher): ScanResult {
  const table = classTable();
  const trie = m.trie;
  const { nodes, alpha, row, rootHas } = trie;
  const n = text.length;
  const out: ScanResult = { candidates: [], contextStarts: [], contextIds: [] };
  const candidates = out.candidates;
  // The walk from the latest word start lives in locals; older ones still alive (inside multi-word names) in
  // `others`, which is nearly always empty.
  const others = new Walks();
  let node = -1;
  let start = 0;
  let depth = 0;
  let glued = 0;
  let run = 0;
  let used = 0;
  let seps: number[] | undefined;
  let prev = 0;
  let runStart = 0;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    const k = c < 128 ? table[c]! : classOf(table, c);
    if (k >= 1 && k <= 5) {
      if (k !== 5) {
        let begins = false;
        let hump = false;
        if (prev < 1 || prev > 4) {
          if ((c | 32) === 119 && p === runStart && text.charCodeAt(p + 3) === 0x2e && text.slice(p, p + 4).toLowerCase() === 'www.') {
            p = skipUrl(text, p, runStart, candidates);
            node = -1;
            others.count = 0;
            prev = 0;
            continue;
          }
          // A word starts: a new walk, if some key starts with this character.
          begins = c >= 128 || rootHas[c] === 1;
        } else if ((prev === 1 && k === 2) || (prev === 2 && k === 2 && p + 1 < n && cls(table, text.charCodeAt(p + 1)) === 1)) {
          begins = hump = true;
        }
        if (begins) {
          // The walk so far lives on only if its name can go on with this character.
          if (node > 0 && c < 128 && trie.step(node, k === 2 ? c + 32 : c) >= 0) others.add(start, glued === 1, node, depth, run, used, seps);
          else if (node > 0 && c >= 128) others.add(start, glued === 1, node, depth, run, used, seps);
          node = 0;
          start = p;
          depth = 0;
          glued = hump ? 1 : 0;
          run = 0;
          used = 0;
          seps = undefined;
        }
      }
      if (others.count > 0) advanceOthers(others, text, table, m, out, p, c, k);
      if (node >= 0) {
        if (k === 5 && node === 0) node = -1; // '+' and '#' never start a key
        else {
          if (run > 0) {
            // The walk crossed separators: remember which kinds, at which key length.
            if (used !== 0) (seps ??= []).push(depth, used);
            run = 0;
            used = 0;
          }
          if (c < 128) {
            // Trie.step, written out: calling a shared step function here made the scan about a quarter slower.
            const f = k === 2 ? c + 32 : c;
            const a = alpha[f]!;
            if (a === 0) node = -1;
            else {
              const w = nodes[3 * node]!;
              node = w >= 0 ? row[w + a]! : w === -2 - f ? nodes[3 * node + 1]! : -1;
            }
            depth++;
          } else {
            const folded = foldUnit(c);
            for (let j = 0; j < folded.length && node >= 0; j++) node = trie.step(node, folded.charCodeAt(j));
            depth += folded.length;
          }
          if (node >= 0 && nodes[3 * node + 2]! & 24) {
            // Most keys that end here are prefixes of a longer word ("data" in "database"): skip those cheaply.
            const nc = p + 1 < n ? text.charCodeAt(p + 1) : 32;
            if (!(k === 1 && nc >= 97 && nc <= 122 && nc !== 115)) record(text, table, m, out, start, p + 1, node, glued, seps);
          }
        }
      }
      if ((k === 1 || k === 2) && others.count === 0) {
        // The rest of a run of ASCII lower-case letters (most of any text) needs nothing from the loop above but the
        // trie step: no word start, hump, separator or older walk can occur inside it.
        let q = p + 1;
        for (; q < n; q++) {
          const d = text.charCodeAt(q);
          if (d < 97 || d > 122) break;
          if (node < 0) continue;
          const a = alpha[d]!; // Trie.step, written out, as above
          if (a === 0) {
            node = -1;
            continue;
          }
          const w = nodes[3 * node]!;
          node = w >= 0 ? row[w + a]! : w === -2 - d ? nodes[3 * node + 1]! : -1;
          depth++;
          if (node >= 0 && nodes[3 * node + 2]! & 24) {
            const nc = q + 1 < n ? text.charCodeAt(q + 1) : 32;
            if (!(nc >= 97 && nc <= 122 && nc !== 115)) record(text, table, m, out, start, q + 1, node, glued, seps);
          }
        }
        if (q > p + 1) {
          p = q - 1;
          prev = 1;
          continue;
        }
      }
    } else if (k >= 6) {
      // A separator: walks may cross a run of at most three, of the kinds their names allow here.
      const bit = k === 6 ? 0 : k === 7 ? 1 : k === 8 ? 2 : 4;
      if (node >= 0) {
        if (node === 0 || run >= 3 || (bit !== 0 && (nodes[3 * node + 2]! & bit) === 0)) node = -1;
        else {
          run++;
          used |= bit;
        }
      }
      if (others.count > 0) separateOthers(others, nodes, bit);
      // A name may start with a dot (".NET").
      if (c === 0x2e && (prev < 1 || prev > 4) && rootHas[0x2e] === 1 && p + 1 < n && isWordClass(cls(table, text.charCodeAt(p + 1)))) {
        if (node >= 0) others.add(start, glued === 1, node, depth, run, used, seps);
        node = trie.step(0, 0x2e);
        start = p;
        depth = 1;
        glued = 0;
        run = 0;
        used = 0;
        seps = undefined;
      }
      if (k === 7 && (c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200b))) runStart = p + 1;
      else if (k === 8 && afterHost(text, p)) {
        p = skipUrl(text, p, runStart, candidates);
        node = -1;
        others.count = 0;
        prev = 0;
        continue;
      }
    } else {
      node = -1;
      others.count = 0;
      if (isBlank(c)) runStart = p + 1;
      else if ((c === 0x3a && text.charCodeAt(p + 1) === 0x2f && text.charCodeAt(p + 2) === 0x2f) || (c === 0x40 && prev >= 1 && prev <= 4 && p + 1 < n && isWordClass(cls(table, text.charCodeAt(p + 1))))) {
        p = skipUrl(text, p, runStart, candidates);
        prev = 0;
        continue;
      }
    }
    prev = k;
  }
  return out;
}

/** A URL or an e-mail address: drops what was found in it and returns the index of its last character. */
function skipUrl(text: string, p: number, runStart: number, candidates: Candidate[]): number {
  while (candidates.length > 0 && candidates[candidates.length - 1]!.start >= runStart) candidates.pop();
  return runEnd(text, p) - 1;
}
