// Character classes and case folding for the matcher. Both work on UTF-16 code units, so that offsets stay those of
// the original string; the tables are filled lazily, one code unit at a time, and kept for the next call.

/** Classes of code units: what a character can be in a name. */
export const OTHER = 0;
/** Lower-case letter. */
export const LOWER = 1;
/** Upper-case (or title-case) letter. */
export const UPPER = 2;
/** A letter without case (CJK, Arabic…) or a combining mark: part of a word, never a camel-case boundary. */
export const CASELESS = 3;
/** A digit. */
export const DIGIT = 4;
/** '+' or '#': part of a name (C++, C#) but never its first character. */
export const SYMBOL = 5;
/** '-', '.', '_': may stand between any two characters of a name ("Sci-Kit-Learn", "Node.js"). */
export const TIGHT = 6;
/** A space (not a line break) or an apostrophe: may stand where the name itself has a break. */
export const SPACE = 7;
/** '/': only where the name itself has a slash ("CI/CD"). */
export const SLASH = 8;
/** '&': only where the name itself has one ("W&B"). */
export const AMP = 9;

const UNKNOWN = 255;
let classes: Uint8Array | undefined;
const folds = new Map<number, string>();

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{Nd}/u;
const SPACE_CHAR = /[\p{Zs}\t]/u;
const DASH = /[\p{Pd}]/u;

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return OTHER; // halves of astral characters (emoji) and lone surrogates
  const ch = String.fromCharCode(code);
  if (code === 0x2b || code === 0x23) return SYMBOL;
  if (code === 0x2f) return SLASH;
  if (code === 0x26) return AMP;
  if (code === 0x2e || code === 0x5f || (code !== 0x2014 && code !== 0x2013 && DASH.test(ch))) return TIGHT;
  if (code === 0x27 || code === 0x2019) return SPACE;
  if (SPACE_CHAR.test(ch)) return SPACE;
  if (NUMBER.test(ch)) return DIGIT;
  if (MARK.test(ch)) return CASELESS;
  if (LETTER.test(ch)) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) return CASELESS;
    return ch === lower ? LOWER : UPPER;
  }
  return OTHER;
}

/** The class of every code unit, as a table filled on first sight of each unit. */
export function classTable(): Uint8Array {
  if (classes === undefined) {
    classes = new Uint8Array(65536).fill(UNKNOWN);
    for (let c = 0; c < 128; c++) classes[c] = classify(c);
  }
  return classes;
}

/** The class of one code unit (fills the table entry on first use). */
export function classOf(table: Uint8Array, code: number): number {
  const k = table[code]!;
  if (k !== UNKNOWN) return k;
  const computed = classify(code);
  table[code] = computed;
  return computed;
}

/** Whether a class is part of a word (a letter, a digit or a combining mark). */
export const isWord = (k: number): boolean => k >= LOWER && k <= DIGIT;
/** Whether a class may be skipped between two characters of a name. */
export const isSeparator = (k: number): boolean => k >= TIGHT;

/**
 * The folded form of a non-ASCII code unit: lower case without accents ('É' → 'e', 'ﬁ' → 'fi'); '' for a
 * combining mark. ASCII is folded inline by the callers (upper-case letters + 32).
 */
export function foldUnit(code: number): string {
  let f = folds.get(code);
  if (f === undefined) {
    f = String.fromCharCode(code).normalize('NFKD').toLowerCase().replace(/\p{M}+/gu, '');
    folds.set(code, f);
  }
  return f;
}
