// Turns candidates into mentions: applies each entity's matching rules (case, notBefore, notAfter, context words),
// scores what is left, and keeps the longest sure match at each place.
import type { Matcher, Target, Variant } from './compile.js';
import { GLUED_END, GLUED_START, writtenIs, type Candidate, type ScanResult } from './scan.js';
import type { ExtractKind, Mention } from './types.js';

/** How far (in UTF-16 units, each side) a context word may be from an ambiguous name and still support it. */
export const CONTEXT_WINDOW = 120;
/** Confidence at or above which a match is sure, and beats shorter ones at the same place. */
const SURE = 0.5;
/** The confidence of an ambiguous name with, and without, supporting context. */
const WITH_CONTEXT = 0.75;
const WITHOUT_CONTEXT = 0.3;
/** The confidence of an ambiguous name whose entity the text surely mentions elsewhere. */
const IN_DOCUMENT = 0.6;

/** A name as the taxonomy writes it, not derived (singular, plural) by the matcher. */
const exactVariant = (m: Matcher, c: Candidate): boolean => !c.plural && !m.variants[c.variant]!.derived;

const isBlank = (c: number): boolean => c <= 32 || c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
const lowerAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  if (c === 0x2019) return 0x27; // ’ reads as '
  if (c >= 65 && c <= 90) return c + 32;
  return c < 128 ? c : text[i]!.toLowerCase().charCodeAt(0);
};

/** Whether the text right after `pos` starts with `pattern` (lower case; a space in it matches any run of blanks). */
export function followedBy(text: string, pos: number, pattern: string): boolean {
  let i = pos;
  for (let j = 0; j < pattern.length; j++) {
    const pc = pattern.charCodeAt(j);
    if (pc === 32) {
      if (i >= text.length || !isBlank(text.charCodeAt(i))) return false;
      while (i < text.length && isBlank(text.charCodeAt(i)) && i - pos < 200) i++;
      while (pattern.charCodeAt(j + 1) === 32) j++;
    } else {
      if (i >= text.length || lowerAt(text, i) !== (pc === 0x2019 ? 0x27 : pc)) return false;
      i++;
    }
  }
  return true;
}

/** Whether the text right before `pos` ends with `pattern` (as {@link followedBy}, backwards). */
export function precededBy(text: string, pos: number, pattern: string): boolean {
  let i = pos - 1;
  for (let j = pattern.length - 1; j >= 0; j--) {
    const pc = pattern.charCodeAt(j);
    if (pc === 32) {
      if (i < 0 || !isBlank(text.charCodeAt(i))) return false;
      while (i >= 0 && isBlank(text.charCodeAt(i)) && pos - i < 200) i--;
      while (j > 0 && pattern.charCodeAt(j - 1) === 32) j--;
    } else {
      if (i < 0 || lowerAt(text, i) !== (pc === 0x2019 ? 0x27 : pc)) return false;
      i--;
    }
  }
  return true;
}

/** The longest gap between two items of a list (", and "). */
const MAX_GAP = 7;
const LIST_GAP = /^[\s,;/|&()]*(?:(?:and|or)[\s,;/|&()]+)?$/i;
const LIST_MARK = /[,;/|&]|and|or/i;

/** Whether the text between two names separates items of a list. */
function isListGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP || to < from) return false;
  const gap = text.slice(from, to);
  return LIST_GAP.test(gap) && LIST_MARK.test(gap);
}

/**
 * Picks the mentions among the candidates. When an ambiguous name lacked context, and its entity is surely
 * mentioned elsewhere in the text, a second pass accepts it (one sense per document).
 */
export function select(text: string, m: Matcher, found: ScanResult, kindMask: number, minConfidence: number): Mention[] {
  const unsupported = new Set<number>();
  const firstTargets: number[] = [];
  const first = selectPass(text, m, found, kindMask, minConfidence, undefined, unsupported, firstTargets);
  if (unsupported.size === 0) return first;
  const sure = new Set<number>();
  // Tools and domains are named things; a skill whose name is an ordinary word ('experience') gets no such help.
  first.forEach((mention, i) => {
    const t = firstTargets[i]!;
    if (mention.confidence >= SURE && mention.kind !== 'skill' && unsupported.has(t)) sure.add(t);
  });
  return sure.size === 0 ? first : selectPass(text, m, found, kindMask, minConfidence, sure, undefined, []);
}

/** One pass over the candidates; `unsupported` collects the targets of ambiguous names found without context. */
function selectPass(
  text: string,
  m: Matcher,
  found: ScanResult,
  kindMask: number,
  minConfidence: number,
  documentSupport: ReadonlySet<number> | undefined,
  unsupported: Set<number> | undefined,
  targetsOut: number[],
): Mention[] {
  const { candidates, contextStarts, contextIds } = found;
  // Counts of each context word in the window; a scratch array of the matcher, left all zero again at the end.
  const inWindow = m.contextCounts;
  let lo = 0;
  let hi = 0;

  const supported = (t: Target, v: Variant): boolean => {
    for (const w of t.context) if (w !== v.self && inWindow[w]! > 0) return true;
    return false;
  };

  const score = (c: Candidate, next: number): number => {
    const v = m.variants[c.variant]!;
    const t = m.targets[v.target]!;
    if ((t.kindBit & kindMask) === 0) return 0;
    if (c.glue !== 0 && v.short) return 0;
    // "DoorDash" is no mention of Dash: an ambiguous name never starts inside a word.
    if (c.glue & GLUED_START && v.ambiguous) return 0;
    const end = c.plural ? c.end - 1 : c.end;
    if (v.exactForms !== undefined) {
      let ok = false;
      for (const f of v.exactForms) if (writtenIs(text, c.start, end, f)) ok = true;
      if (!ok) return 0;
    }
    for (const p of t.notBefore) if (followedBy(text, c.end, p)) return 0;
    for (const p of t.notAfter) if (precededBy(text, c.start, p)) return 0;
    let confidence = writtenIs(text, c.start, end, v.written) ? 1 : 0.95;
    if (v.derived) confidence *= 0.95;
    if (c.plural) confidence *= 0.95;
    if (c.glue & (GLUED_START | GLUED_END)) confidence *= 0.9;
    if (v.ambiguous) {
      let support = WITHOUT_CONTEXT;
      if (supported(t, v) || (next >= 0 && inList(c, t.kind, next))) support = WITH_CONTEXT;
      else if (documentSupport?.has(v.target)) support = IN_DOCUMENT;
      else unsupported?.add(v.target);
      if (c.glue & GLUED_END) support = support === WITHOUT_CONTEXT ? 0 : support * 0.9;
      confidence = Math.min(confidence, support);
    }
    return Math.round(confidence * 100) / 100;
  };

  /**
   * Whether the candidate stands in a list beside a sure mention of the same kind ("Dask, Spark, Ray",
   * "React, Node.js and Ruby"): the mention before it, or a candidate that starts just after it (from index `next`).
   */
  const inList = (c: Candidate, kind: ExtractKind, next: number): boolean => {
    const last = mentions[mentions.length - 1];
    if (last !== undefined && last.kind === kind && last.confidence >= 0.9 && isListGap(text, last.end, c.start)) return true;
    for (let k = next; k < candidates.length && candidates[k]!.start <= c.end + MAX_GAP; k++) {
      const d = candidates[k]!;
      const v = m.variants[d.variant]!;
      if (v.ambiguous || m.targets[v.target]!.kind !== kind || !isListGap(text, c.end, d.start)) continue;
      if (score(d, -1) >= 0.9) return true;
    }
    return false;
  };

  const mentions: Mention[] = [];
  const exact = (c: Candidate): boolean => exactVariant(m, c);
  const emit = (c: Candidate, target: number, confidence: number): void => {
    const t = m.targets[target]!;
    mentions.push({ id: t.id, kind: t.kind, surface: text.slice(c.start, c.end), start: c.start, end: c.end, confidence });
    targetsOut.push(target);
  };

  let blocked = 0;
  const scores: number[] = [];
  for (let i = 0; i < candidates.length; ) {
    const start = candidates[i]!.start;
    let j = i;
    while (j < candidates.length && candidates[j]!.start === start) j++;
    if (start >= blocked) {
      // Slide the context window to [start - W, start + W].
      while (hi < contextStarts.length && contextStarts[hi]! <= start + CONTEXT_WINDOW) inWindow[contextIds[hi++]!]!++;
      while (lo < hi && contextStarts[lo]! < start - CONTEXT_WINDOW) inWindow[contextIds[lo++]!]!--;
      let best = -1;
      let bestScore = 0;
      for (let k = i; k < j; k++) {
        const s = score(candidates[k]!, j);
        scores[k - i] = s;
        if (s < minConfidence || s === 0) continue;
        if (best < 0) {
          best = k;
          bestScore = s;
          continue;
        }
        const c = candidates[k]!;
        const b = candidates[best]!;
        const better = s >= SURE && bestScore >= SURE ? c.end > b.end || (c.end === b.end && (exact(c) !== exact(b) ? exact(c) : s > bestScore)) : s > bestScore || (s === bestScore && c.end > b.end);
        if (better) {
          best = k;
          bestScore = s;
        }
      }
      if (best >= 0) {
        const chosen = candidates[best]!;
        const target = m.variants[chosen.variant]!.target;
        blocked = chosen.end;
        if (!provider(i, j, scores, chosen, target, bestScore)) emit(chosen, target, bestScore);
      }
    }
    i = j;
  }
  // Leave the scratch counts at zero for the next call.
  while (lo < hi) inWindow[contextIds[lo++]!]!--;
  return mentions;

  /**
   * A cloud platform's name before its product's: "AWS SageMaker" gives two mentions when the product's own name
   * follows, and "Azure DevOps" gives the product and, at the same start, the platform. Returns whether it emitted.
   */
  function provider(i: number, j: number, scores: number[], chosen: Candidate, target: number, chosenScore: number): boolean {
    let prefix = -1;
    for (let k = i; k < j; k++) {
      const c = candidates[k]!;
      const t = m.variants[c.variant]!.target;
      if (t !== target && m.targets[t]!.provider && c.end < chosen.end && scores[k - i]! >= Math.max(SURE, minConfidence)) prefix = k;
    }
    if (prefix < 0) return false;
    const p = candidates[prefix]!;
    const pTarget = m.variants[p.variant]!.target;
    // The product's own name after the platform's?
    for (let k = j; k < candidates.length && candidates[k]!.start < chosen.end; k++) {
      const c = candidates[k]!;
      if (c.start >= p.end && c.end === chosen.end && m.variants[c.variant]!.target === target) {
        const s = score(c, -1);
        if (s >= minConfidence && s > 0) {
          emit(p, pTarget, scores[prefix - i]!);
          emit(c, target, Math.min(s, chosenScore));
          return true;
        }
      }
    }
    emit(chosen, target, chosenScore);
    emit(p, pTarget, scores[prefix - i]!);
    return true;
  }
}
