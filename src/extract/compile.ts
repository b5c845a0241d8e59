// Compiles a taxonomy's names, aliases and matching rules into one trie with the data the scan and the selection
// need. Built once per taxonomy (see matcher.ts).
import type { Entity } from '../taxonomy/entities.js';
import type { IdSet } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { AMP, CASELESS, DIGIT, LOWER, SLASH, SYMBOL, UPPER, classOf, classTable, foldUnit, isWord } from './chars.js';
import { BREAK_AMP, BREAK_SLASH, BREAK_SPACE, Trie, TrieBuilder } from './trie.js';
import { EXTRACT_KINDS, type ExtractKind } from './types.js';

/** An entity that can be found. */
export interface Target {
  readonly id: string;
  readonly kind: ExtractKind;
  /** The kind as one bit, for the kinds asked for (see kindMask). */
  readonly kindBit: number;
  readonly name: string;
  /** A cloud platform, whose name may prefix its products' names ("AWS SageMaker", "Azure DevOps"). */
  readonly provider: boolean;
  /** Indexes of the context words that support the entity's ambiguous names. */
  readonly context: readonly number[];
  /** Text that, right after a name, rules the entity out (lower-cased). */
  readonly notBefore: readonly string[];
  /** Text that, right before a name, rules the entity out (lower-cased). */
  readonly notAfter: readonly string[];
}

/** One written form of a name: the taxonomy's own, or one derived from it (singular, without a parenthesis). */
export interface Variant {
  readonly target: number;
  /** The characters of the key as written (letters, digits, '+', '#'), in their original case. */
  readonly written: string;
  /** When set, the text must write the key characters exactly as one of these. */
  readonly exactForms: readonly string[] | undefined;
  /** Needs supporting context (listed in `matching.ambiguous`). */
  readonly ambiguous: boolean;
  /** Derived by the matcher, not written in the taxonomy. */
  readonly derived: boolean;
  /** May take a plural 's'. */
  readonly plural: boolean;
  /** One or two characters: found only between clean word boundaries. */
  readonly short: boolean;
  /** The break mask after each key character: where the text may hold spaces, slashes or '&'. */
  readonly breaks: Uint8Array;
  /** The context word with this variant's own key (which cannot support it), or -1. */
  readonly self: number;
}

/** A context word. */
export interface ContextWord {
  /** Short words (one or two characters, such as "R" or "HF") must match in case. */
  readonly exact: string | undefined;
  /** The break mask after each key character. */
  readonly breaks: Uint8Array;
}

/** Everything the scan and the selection need, compiled from one taxonomy. */
export interface Matcher {
  readonly trie: Trie;
  readonly targets: readonly Target[];
  readonly variants: readonly Variant[];
  readonly contextWords: readonly ContextWord[];
  /** The longest key, in characters: the bound on each walk of the trie. */
  readonly longest: number;
  /** Target index by entity id. */
  readonly targetIndex: ReadonlyMap<string, number>;
  /** Scratch space of the selection: a count per context word, all zero between calls. */
  readonly contextCounts: Int32Array;
}

/** The bits of a set of kinds, to test a target's `kindBit` against. */
export const kindMask = (kinds: Iterable<ExtractKind>): number => {
  let mask = 0;
  for (const k of kinds) mask |= 1 << EXTRACT_KINDS.indexOf(k);
  return mask;
};

/** The folded key of a written name, its characters as written, and the break mask after each character. */
export interface Key {
  readonly key: string;
  readonly written: string;
  readonly breaks: number[];
}

const CLOUD = 'cloud-platforms';

/** Computes the key of a name: letters and digits folded, '+' and '#' kept, every other run a break. */
export function keyOf(text: string): Key | undefined {
  const table = classTable();
  let key = '';
  let written = '';
  const breaks: number[] = [];
  let pending = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const k = classOf(table, code);
    if (isWord(k) || (k === SYMBOL && key !== '') || (code === 0x2e && key === '' && i === 0 && i + 1 < text.length)) {
      // Camel-case humps and letter/digit changes are breaks too: "PowerBI" may be written "Power BI".
      if (key !== '' && ((prev === LOWER && k === UPPER) || (prev === DIGIT && (k === LOWER || k === UPPER)) || ((prev === LOWER || prev === UPPER) && k === DIGIT))) {
        pending |= BREAK_SPACE;
      }
      const f = code < 128 ? (k === UPPER ? String.fromCharCode(code + 32) : text[i]!) : foldUnit(code);
      if (f === '') continue;
      if (key !== '' && pending) breaks[key.length - 1] = (breaks[key.length - 1] ?? 0) | pending;
      pending = 0;
      for (let j = 0; j < f.length; j++) {
        key += f[j];
        written += j === 0 ? text[i] : f[j];
        breaks.push(0);
      }
      prev = k === CASELESS ? prev : k;
    } else if (key !== '') {
      pending |= k === SLASH ? BREAK_SLASH : k === AMP ? BREAK_AMP : BREAK_SPACE;
      prev = -1;
    }
  }
  return key === '' ? undefined : { key, written, breaks };
}

const VERSIONED = /^(.*[A-Za-z+#])[\s\-_.]*v?\d+(?:\.\d+)*(?:\.x)?$/;
const PLURAL_END = /(?:ss|us|is|ics|ies|ops|ys|'s)$/i;

const LINE_END = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;

/**
 * The name without a final parenthesis ("Python (computer programming)" → "Python"): what
 * `/^(.{3,}?)\s*\([^()]*\)$/` captured, found by hand because that pattern backtracks quadratically on long runs of
 * spaces, and custom taxonomies make names untrusted. Undefined when the name does not end in one.
 */
export function withoutParenthesis(text: string): string | undefined {
  if (!text.endsWith(')')) return undefined;
  const open = text.lastIndexOf('(');
  if (open < 0 || text.indexOf(')', open) !== text.length - 1) return undefined;
  let end = open;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  // The lazy group takes at least three characters, even some of the spaces.
  end = Math.max(end, Math.min(3, open));
  const kept = text.slice(0, end);
  return kept.length >= 3 && !LINE_END.test(kept) ? kept : undefined;
}

/** Forms derived from a skill's or domain's name: the singular of its last word ("recommender systems" → "… system"). */
function derivedForms(text: string, kind: ExtractKind): string[] {
  const out: string[] = [];
  const bare = withoutParenthesis(text);
  if (bare !== undefined) out.push(bare);
  if ((kind === 'skill' || kind === 'domain') && /[a-z]{3}s$/.test(text) && !PLURAL_END.test(text)) out.push(text.slice(0, -1));
  return out;
}

/** Whether a tool category is, or sits under, the cloud platforms. */
function underCloud(tax: Taxonomy<IdSet>, category: string): boolean {
  const parents = new Map(tax.toolCategories.map((c) => [c.id, c.parent]));
  const seen = new Set<string>();
  for (let c: string | undefined = category; c !== undefined && !seen.has(c); c = parents.get(c)) {
    if (c === CLOUD) return true;
    seen.add(c);
  }
  return false;
}

/** The keys of an entity's name and aliases. */
function ownKeys(entity: Entity): Set<string> {
  return new Set([entity.name, ...(entity.aliases ?? [])].map((t) => keyOf(t)?.key ?? ''));
}

/** An entity's matching rules, keyed. */
interface Rules {
  readonly own: ReadonlySet<string>;
  readonly ambiguous: ReadonlySet<string>;
  readonly caseSensitive: readonly Key[];
}

function rulesOf(entity: Entity, matching: Entity['matching']): Rules {
  return {
    own: ownKeys(entity),
    ambiguous: new Set((matching?.ambiguous ?? []).map((a) => keyOf(a)?.key ?? '')),
    caseSensitive: (matching?.caseSensitive ?? []).map(keyOf).filter((x): x is Key => x !== undefined),
  };
}

/** Compiles a taxonomy into a matcher. */
export function compileMatcher(tax: Taxonomy<IdSet>): Matcher {
  const builder = new TrieBuilder();
  const targets: Target[] = [];
  const variants: Variant[] = [];
  const contextWords: ContextWord[] = [];
  const contextByKey = new Map<string, number>();
  const targetOf = new Map<string, number>();
  // key → the target that owns it, so that derived forms never take another entity's name.
  const owner = new Map<string, number>();
  let longest = 0;
  const derived: [Rules, number, string, string][] = [];

  const contextIndex = (word: string): number | undefined => {
    const k = keyOf(word);
    if (!k) return undefined;
    const exact = k.written.length <= 2 ? k.written : undefined;
    const id = `${k.key}\u0000${exact ?? ''}`;
    let index = contextByKey.get(id);
    if (index === undefined) {
      index = contextWords.length;
      contextWords.push({ exact, breaks: Uint8Array.from(k.breaks) });
      contextByKey.set(id, index);
      const node = builder.add(k.key, k.breaks);
      (builder.contexts.get(node) ?? builder.contexts.set(node, []).get(node)!).push(index);
      longest = Math.max(longest, k.key.length);
    }
    return index;
  };

  const addVariant = (target: number, text: string, rules: Rules, isDerived: boolean, from?: string): void => {
    const k = keyOf(text);
    if (!k) return;
    // "Python 3" is "Python" before a version, which the scan allows anyway; the surface then stays "Python".
    const version = isDerived ? null : VERSIONED.exec(text);
    if (version) {
      const base = keyOf(version[1]!)?.key;
      if (base !== undefined && rules.own.has(base) && !rules.ambiguous.has(base)) return;
    }
    const prevOwner = owner.get(k.key);
    if (isDerived && prevOwner !== undefined) return;
    if (prevOwner === undefined) owner.set(k.key, target);
    const exactForms = rules.caseSensitive.filter((x) => x.key === k.key).map((x) => x.written);
    const short = k.written.length <= 2;
    // A derived form ('algorithm' from 'algorithms') is as ambiguous as the form it comes from.
    const ambiguous = rules.ambiguous.has(k.key) || (from !== undefined && rules.ambiguous.has(keyOf(from)?.key ?? ''));
    const last = k.key.charCodeAt(k.key.length - 1);
    const variant: Variant = {
      target,
      written: k.written,
      exactForms: exactForms.length > 0 ? exactForms : short ? [k.written] : undefined,
      ambiguous,
      derived: isDerived,
      // Tools written with a capital ('Spark', 'Ray') take no plural: 'Sparks' and 'Rays' are other words.
      plural: !short && !(ambiguous && exactForms.length > 0) && k.key.length >= 3 && last >= 97 && last <= 122 && last !== 115,
      short,
      breaks: Uint8Array.from(k.breaks),
      self: contextByKey.get(`${k.key}\u0000`) ?? contextByKey.get(`${k.key}\u0000${k.written}`) ?? -1,
    };
    const node = builder.add(k.key, k.breaks);
    (builder.names.get(node) ?? builder.names.set(node, []).get(node)!).push(variants.length);
    variants.push(variant);
    longest = Math.max(longest, k.key.length);
  };

  for (const kind of EXTRACT_KINDS) {
    for (const listed of tax.lists[kind]) {
      const entity = tax.get(listed.id) ?? listed; // deprecated entities stand for their replacement
      if (!(EXTRACT_KINDS as readonly string[]).includes(entity.kind)) continue;
      let index = targetOf.get(entity.id);
      if (index === undefined) {
        index = targets.length;
        targetOf.set(entity.id, index);
        const m = entity.matching;
        targets.push({
          id: entity.id,
          kind: entity.kind as ExtractKind,
          kindBit: 1 << EXTRACT_KINDS.indexOf(entity.kind as ExtractKind),
          name: entity.name,
          provider: entity.kind === 'tool' && underCloud(tax, entity.category),
          context: [...new Set((m?.contextWords ?? []).map(contextIndex).filter((x): x is number => x !== undefined))],
          notBefore: (m?.notBefore ?? []).map((s) => s.toLowerCase()),
          notAfter: (m?.notAfter ?? []).map((s) => s.toLowerCase()),
        });
      }
      // A deprecated entity's own names still find its replacement, with the replacement's rules.
      const rules = rulesOf(listed, entity.matching ?? listed.matching);
      for (const text of [listed.name, ...(listed.aliases ?? [])]) {
        addVariant(index, text, rules, false);
        for (const d of derivedForms(text, listed.kind as ExtractKind)) derived.push([rules, index, d, text]);
      }
    }
  }
  for (const [rules, index, text, from] of derived) addVariant(index, text, rules, true, from);
  return { trie: builder.build(), targets, variants, contextWords, longest, targetIndex: targetOf, contextCounts: new Int32Array(contextWords.length) };
}
