// Measures extractSkills on the hand-annotated gold postings (../shared/data/job-postings/gold-mentions.jsonl):
// precision and recall per category (language, tool, domain, concept), then every miss and every false hit.
// `--ratchet` raises the figures recorded in tests/extract/ratchet.json to the ones measured (never lowers them).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { taxonomy } from '../src/index.js';
import { GOLD_CATEGORIES, evaluateExtraction, type Figures, type GoldDocument } from '../src/extract/evaluate.js';
import { hasSharedData, readGold, readPostings } from './shared-data.js';

if (!hasSharedData()) {
  console.log('eval:extract skipped: ../shared/data is absent');
  process.exit(0);
}

const RATCHET = fileURLToPath(new URL('../tests/extract/ratchet.json', import.meta.url));
const texts = new Map(readPostings().map((p) => [p.row, p.text]));
const docs: GoldDocument[] = readGold().map((g) => ({ row: g.row, text: texts.get(g.row) ?? '', mentions: g.mentions, traps: g.traps }));
const result = evaluateExtraction(docs, taxonomy);

const pct = (x: number): string => x.toFixed(3);
const line = (name: string, f: Figures): string =>
  `${name.padEnd(22)} precision ${pct(f.precision)} (${f.correct}/${f.extracted})   recall ${pct(f.recall)} (${f.found}/${f.gold})`;

console.log(`Gold: ${docs.length} postings, ${docs.reduce((s, d) => s + d.mentions.length, 0)} mentions\n`);
for (const c of GOLD_CATEGORIES) console.log(line(c, result.byCategory[c]));
console.log(line('language+tool+domain', result.primary));
if (result.unresolved.length) console.log(`\nCanonicals that resolve to no entity: ${result.unresolved.join(', ')}`);
if (result.recategorised.size) {
  console.log(`\nIds counted in the gold's category rather than their kind's: ${[...result.recategorised].map(([id, c]) => `${id} → ${c}`).join(', ')}`);
}
const show = (title: string, list: typeof result.misses): void => {
  console.log(`\n${title} (${list.length}):`);
  for (const m of list) {
    console.log(`  ${m.category.padEnd(8)} row ${m.row.padStart(4)} ${m.what}${m.id && m.id !== m.what ? ` (${m.id})` : ''}${m.confidence !== undefined ? ` ${m.confidence}` : ''}  …${m.context}…`);
  }
};
const order = (a: { category: string }, b: { category: string }): number => GOLD_CATEGORIES.indexOf(a.category as never) - GOLD_CATEGORIES.indexOf(b.category as never);
show('Misses', [...result.misses].sort(order));
show('False hits', [...result.falseHits].sort(order));
show('Traps hit', result.trapsHit);

if (process.argv.includes('--ratchet')) {
  const recorded = JSON.parse(readFileSync(RATCHET, 'utf8')) as Record<string, { precision: number; recall: number }>;
  const floor = (x: number): number => Math.floor(x * 1000) / 1000;
  const now: Record<string, Figures> = { ...result.byCategory, primary: result.primary };
  for (const [name, f] of Object.entries(now)) {
    const r = (recorded[name] ??= { precision: 0, recall: 0 });
    r.precision = Math.max(r.precision, floor(f.precision));
    r.recall = Math.max(r.recall, floor(f.recall));
  }
  writeFileSync(RATCHET, `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(`\nratchet: ${RATCHET} updated`);
}
