// Small prose helpers for job descriptions. Everything here is locale-independent on purpose: the same input must
// give the same bytes on every machine.

/**
 * "A", "A and B", "A, B and C" (no serial comma, as the data's British English does); `conj` may be 'or'. When an
 * item has its own comma or "and"/"or" ("feature detection and matching"), items are kept apart with semicolons:
 * "A; B and C; and D".
 */
export function enumerate(items: readonly string[], conj: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1]!;
  if (items.length > 2 && items.some((i) => /,| and | or /.test(i))) return `${items.slice(0, -1).join('; ')}; ${conj} ${last}`;
  return `${items.slice(0, -1).join(', ')} ${conj} ${last}`;
}

/** Collapses runs of whitespace (newlines included) to single spaces and drops other control characters. */
export function tidy(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return text.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
}

/** The text as one sentence: tidied, first letter upper-case, ending with a full stop (or its own ! or ?). */
export function sentence(text: string): string {
  const t = tidy(text);
  if (t === '') return t;
  const first = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/** Removes one final full stop. */
export function stripStop(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/**
 * Lower-cases the first letter when the first word looks like an ordinary capitalised word ("Whole projects" →
 * "whole projects") and leaves acronyms and mixed-case words alone ("ML system design", "PyTorch").
 */
export function lowerFirst(text: string): string {
  // The first word, without the punctuation that may follow it ("Features, models or components").
  const word = /^[^\s,;:.!?)]+/.exec(text)?.[0] ?? '';
  if (!/^\p{Lu}[\p{Ll}'’-]*$/u.test(word) || word.length < 2) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}

/** How the taxonomy's own prose writes each word: lower-case, or capitalised in the middle of a sentence. */
export interface WordUsage {
  /** The prose itself. */
  readonly text: string;
  readonly lower: ReadonlyMap<string, number>;
  readonly capitalised: ReadonlyMap<string, number>;
}

/** Counts, for every word of `corpus`, its lower-case uses and its capitalised uses mid-sentence. */
export function wordUsage(corpus: string): WordUsage {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const tokens = corpus.split(/\s+/);
  for (let i = 1; i < tokens.length; i++) {
    const word = /^[("'‘“]*(\p{L}[\p{L}\p{N}'’-]*)/u.exec(tokens[i]!)?.[1];
    if (word === undefined) continue;
    if (/^\p{Ll}/u.test(word)) lower.set(word, (lower.get(word) ?? 0) + 1);
    else if (!/[.!?:;]["')\]’”]*$/.test(tokens[i - 1]!)) capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
  }
  return { text: corpus, lower, capitalised };
}

/**
 * A name as it reads inside a sentence. Names are stored in sentence case, so "Object detection" becomes "object
 * detection" — but "Kalman filtering" or "Conformer" keep their capital. The name is lower-cased when the
 * taxonomy's own prose writes it so; otherwise unless that prose capitalises its first word mid-sentence more often
 * than not.
 */
export function inSentence(name: string, usage: WordUsage): string {
  const lower = lowerFirst(name);
  // A capitalised second word marks a proper name: "Faster R-CNN", "Segment Anything Model", "Deep Q-learning".
  if (lower === name || /^\S+\s+\p{Lu}(?:\p{Ll}|-)/u.test(name)) return name;
  if (usage.text.includes(` ${lower}`)) return lower;
  // Counted on the first word, or on its first part when the prose never uses the whole ("Attention-based").
  let word = /^[^\s]+/.exec(name)![0];
  if (!usage.capitalised.has(word) && !usage.lower.has(word.toLowerCase())) word = word.split(/[-–]/)[0]!;
  const capitalised = usage.capitalised.get(word) ?? 0;
  const lowerCount = usage.lower.get(word.toLowerCase()) ?? 0;
  return capitalised > lowerCount ? name : lower;
}

/**
 * A plural name as the modifier of a noun: "large language models" → "large language model" (as in "large
 * language model techniques"). Words in -ss, -us, -is and -ics are not plurals of this kind and stay.
 */
export function asModifier(name: string): string {
  return /[^s]s$/.test(name) && !/(?:ss|us|is|ics)$/.test(name) ? name.slice(0, -1) : name;
}

/** "a" or "an" before a word, by its sound as far as spelling shows it ("an ML engineer", "a senior engineer"). */
export function article(word: string): 'a' | 'an' {
  const first = /^[^\s]+/.exec(word)?.[0] ?? '';
  // Acronyms are read letter by letter: "an ML", "an NLP", "a GPU".
  if (/^[A-Z]{2,}\b/.test(first)) return 'AEFHILMNORSX'.includes(first[0]!) ? 'an' : 'a';
  if (/^(?:uni|use|usu|eu|one|once)/i.test(first)) return 'a';
  if (/^(?:hour|honest|honou?r)/i.test(first)) return 'an';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Title case for a posting title: "Machine learning engineer" → "Machine Learning Engineer"; acronyms stay. */
export function titleCase(text: string): string {
  return tidy(text)
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.length > 0 ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
}

/** A number with comma thousands separators and at most two decimals, the same everywhere (no locale). */
export function formatNumber(n: number): string {
  // toFixed switches to exponent notation from 1e21; such amounts are not salaries, so print them as JS does.
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const [whole, frac] = (Math.round(n * 100) / 100).toFixed(2).split('.') as [string, string];
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac === '00' ? '' : `.${frac}`}`;
}
