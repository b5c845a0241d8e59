// Measures extraction against a hand-annotated gold set: precision and recall per category, every miss and every
// false hit. Internal (used by scripts/eval-extract.ts and the ratchet test); no Node built-ins.
import type { Entity, IdSet } from '../taxonomy/entities.js';
import type { AnyTaxonomy, Taxonomy } from '../taxonomy/taxonomy.js';
import { extractSkills } from './extract-skills.js';
import type { ExtractKind, Mention } from './types.js';

/** The gold annotation's categories. */
export const GOLD_CATEGORIES = ['language', 'tool', 'domain', 'concept'] as const;
export type GoldCategory = (typeof GOLD_CATEGORIES)[number];

/** The kinds the evaluation extracts: skills and skill categories are both concepts. */
export const EVAL_KINDS: readonly ExtractKind[] = ['skill', 'tool', 'domain', 'skillCategory'];

/** One annotated document. Gold offsets are Unicode code points, as the gold file gives them. */
export interface GoldDocument {
  readonly row: string;
  readonly text: string;
  readonly mentions: readonly { readonly canonical: string; readonly category: GoldCategory; readonly surface: string; readonly start: number }[];
  readonly traps: readonly { readonly surface: string; readonly start: number }[];
}

/** Counts and figures of one category (or of several together). */
export interface Figures {
  /** Gold mentions. */
  gold: number;
  /** Gold mentions found. */
  found: number;
  /** Mentions extracted. */
  extracted: number;
  /** Extracted mentions that match a gold mention. */
  correct: number;
  precision: number;
  recall: number;
}

/** A gold mention not found, or an extracted mention not in the gold. */
export interface Miss {
  readonly row: string;
  readonly category: GoldCategory;
  /** The gold canonical (misses) or the extracted id (false hits). */
  readonly what: string;
  readonly id: string | undefined;
  readonly surface: string;
  /** UTF-16 offset. */
  readonly start: number;
  readonly confidence?: number;
  /** The text around it. */
  readonly context: string;
}

export interface Evaluation {
  readonly byCategory: Record<GoldCategory, Figures>;
  /** Languages, tools and domains together: the primary figures. */
  readonly primary: Figures;
  readonly misses: Miss[];
  readonly falseHits: Miss[];
  /** Gold canonicals that resolve to no entity. */
  readonly unresolved: string[];
  /** Canonical → id, for those that resolve. */
  readonly mapping: ReadonlyMap<string, string>;
  /** Ids whose category follows the gold rather than their kind ('generative-models' is a domain to the gold). */
  readonly recategorised: ReadonlyMap<string, GoldCategory>;
  /** Traps that an extracted mention overlaps. */
  readonly trapsHit: Miss[];
}

/** The category an entity falls in by its kind: tools in the programming-languages category are languages. */
export function kindCategory(tax: Taxonomy<IdSet>, entity: Entity): GoldCategory {
  if (entity.kind === 'domain') return 'domain';
  if (entity.kind === 'tool') {
    const parents = new Map(tax.toolCategories.map((c) => [c.id, c.parent]));
    for (let c: string | undefined = entity.category, n = 0; c !== undefined && n < 100; c = parents.get(c), n++) {
      if (c === 'programming-languages') return 'language';
    }
    return 'tool';
  }
  return 'concept';
}

/** Maps a gold canonical to an entity: resolve(), preferring a singular or plural form whose kind fits the category. */
function mapCanonical(tax: Taxonomy<IdSet>, canonical: string, category: GoldCategory): Entity | undefined {
  const forms = [canonical, canonical.replace(/s$/, ''), `${canonical}s`];
  const found = forms.map((f) => tax.resolve(f)).filter((e): e is Entity => e !== undefined);
  return found.find((e) => kindCategory(tax, e) === category) ?? found[0];
}

/** UTF-16 offset of every code-point offset of a text (one past the end included). */
function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    out.push(i);
    i += ch.length;
  }
  out.push(i);
  return out;
}

const figures = (gold: number, found: number, extracted: number, correct: number): Figures => ({
  gold,
  found,
  extracted,
  correct,
  precision: extracted === 0 ? 1 : correct / extracted,
  recall: gold === 0 ? 1 : found / gold,
});

const around = (text: string, start: number, end: number): string =>
  `${text.slice(Math.max(0, start - 40), start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}`.replace(/\s+/g, ' ');

/** Extracts from every gold document and compares. */
export function evaluateExtraction(docs: readonly GoldDocument[], taxonomy: AnyTaxonomy, minConfidence = 0.5): Evaluation {
  const tax = taxonomy as Taxonomy<IdSet>;
  const mapping = new Map<string, string>();
  const unresolved = new Set<string>();
  const votes = new Map<string, Map<GoldCategory, number>>();
  for (const d of docs) {
    for (const g of d.mentions) {
      if (mapping.has(g.canonical) || unresolved.has(g.canonical)) continue;
      const e = mapCanonical(tax, g.canonical, g.category);
      if (e) mapping.set(g.canonical, e.id);
      else unresolved.add(g.canonical);
    }
    for (const g of d.mentions) {
      const id = mapping.get(g.canonical);
      if (id === undefined) continue;
      const v = votes.get(id) ?? new Map<GoldCategory, number>();
      v.set(g.category, (v.get(g.category) ?? 0) + 1);
      votes.set(id, v);
    }
  }
  const recategorised = new Map<string, GoldCategory>();
  for (const [id, v] of votes) {
    const top = [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const entity = tax.get(id);
    if (entity && kindCategory(tax, entity) !== top) recategorised.set(id, top);
  }
  const categoryOf = (id: string): GoldCategory => recategorised.get(id) ?? kindCategory(tax, tax.get(id)!);

  const count = Object.fromEntries(GOLD_CATEGORIES.map((c) => [c, { gold: 0, found: 0, extracted: 0, correct: 0 }])) as Record<GoldCategory, { gold: number; found: number; extracted: number; correct: number }>;
  const misses: Miss[] = [];
  const falseHits: Miss[] = [];
  const trapsHit: Miss[] = [];
  for (const d of docs) {
    const at = codePointOffsets(d.text);
    const mentions: Mention[] = extractSkills(d.text, { taxonomy: tax, kinds: EVAL_KINDS, minConfidence }).mentions;
    const used = new Array<boolean>(mentions.length).fill(false);
    for (const g of d.mentions) {
      const start = at[g.start]!;
      const end = at[g.start + [...g.surface].length]!;
      const id = mapping.get(g.canonical);
      count[g.category].gold++;
      const k = id === undefined ? -1 : mentions.findIndex((m, i) => !used[i] && m.id === id && m.start < end && m.end > start);
      if (k >= 0) {
        used[k] = true;
        count[g.category].found++;
      } else {
        misses.push({ row: d.row, category: g.category, what: g.canonical, id, surface: g.surface, start, context: around(d.text, start, end) });
      }
    }
    mentions.forEach((m, i) => {
      const c = categoryOf(m.id);
      count[c].extracted++;
      if (used[i]) count[c].correct++;
      else falseHits.push({ row: d.row, category: c, what: m.id, id: m.id, surface: m.surface, start: m.start, confidence: m.confidence, context: around(d.text, m.start, m.end) });
    });
    for (const t of d.traps) {
      const start = at[t.start]!;
      const end = at[t.start + [...t.surface].length]!;
      const m = mentions.find((x) => x.start < end && x.end > start && !(x.start < start && x.end > end));
      if (m) trapsHit.push({ row: d.row, category: categoryOf(m.id), what: m.id, id: m.id, surface: t.surface, start, confidence: m.confidence, context: around(d.text, start, end) });
    }
  }
  const byCategory = Object.fromEntries(GOLD_CATEGORIES.map((c) => [c, figures(count[c].gold, count[c].found, count[c].extracted, count[c].correct)])) as Record<GoldCategory, Figures>;
  const sum = (k: 'gold' | 'found' | 'extracted' | 'correct'): number => count.language[k] + count.tool[k] + count.domain[k];
  return {
    byCategory,
    primary: figures(sum('gold'), sum('found'), sum('extracted'), sum('correct')),
    misses,
    falseHits,
    unresolved: [...unresolved],
    mapping,
    recategorised,
    trapsHit,
  };
}
