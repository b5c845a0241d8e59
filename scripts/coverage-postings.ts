// Which tool and language names do the 529 real postings mention that the taxonomy cannot resolve?
// Names come from two lexicons: the gold annotation's tool/language mentions (what counts as a mention, by its
// README) and O*NET's technology examples. Each name is counted in the postings (whole words, case as written
// for short names) and looked up with taxonomy.resolve. Prints the uncovered names, most frequent first, and the
// share of mentions covered.
import { taxonomy } from '../src/index.js';
import { hasSharedData, readGold, readOnet, readPostings } from './shared-data.js';

if (!hasSharedData()) {
  console.log('coverage:postings skipped: ../shared/data is absent');
  process.exit(0);
}

const postings = readPostings();
const gold = readGold();

// Lexicon: surface → canonical (gold), and O*NET examples.
const lexicon = new Map<string, string>();
for (const g of gold) for (const m of g.mentions) if (m.category === 'tool' || m.category === 'language') {
  lexicon.set(m.surface, m.canonical);
  lexicon.set(m.canonical, m.canonical);
}
// O*NET's technology examples for the occupations ML work falls under (not every product of every occupation:
// that list names consumer apps and companies, which are not tools of the trade).
const ML_OCCUPATIONS = new Set(['15-2051.00', '15-2051.01', '15-2051.02', '15-1221.00', '15-1252.00', '15-1253.00', '15-1243.00', '15-1242.00', '15-2041.00', '15-1299.08', '15-1211.00', '15-1244.00']);
const onetNames = new Set(
  readOnet('Technology Skills.txt')
    .filter((r) => ML_OCCUPATIONS.has(r['O*NET-SOC Code'] ?? ''))
    .map((r) => r['Example'] ?? '')
    .filter((n) => n.length >= 2 && !/ software$/i.test(n)),
);
for (const n of onetNames) if (!lexicon.has(n)) lexicon.set(n, n);

/** Splits text into word tokens (letters, digits, '+', '#', and '.' inside a word), with their original case. */
const tokenize = (text: string): string[] => text.match(/[\p{L}\p{N}+#]+(?:\.[\p{L}\p{N}+#]+)*/gu) ?? [];

/** Index of each posting: lower-cased token → positions, so each name is found without rescanning the text. */
interface Indexed {
  readonly tokens: string[];
  readonly lower: string[];
  readonly at: Map<string, number[]>;
}
function index(text: string): Indexed {
  const tokens = tokenize(text);
  const lower = tokens.map((t) => t.toLowerCase());
  const at = new Map<string, number[]>();
  lower.forEach((t, i) => (at.get(t) ?? at.set(t, []).get(t)!).push(i));
  return { tokens, lower, at };
}

/** Counts whole-token occurrences of a name; names of 3 characters or fewer must match their case (R, Go, C). */
function count(name: string, doc: Indexed): number {
  const words = tokenize(name);
  if (words.length === 0) return 0;
  const exact = name.length <= 3;
  const want = exact ? words : words.map((w) => w.toLowerCase());
  const have = exact ? doc.tokens : doc.lower;
  let n = 0;
  for (const i of doc.at.get(words[0]!.toLowerCase()) ?? []) {
    if (want.every((w, k) => have[i + k] === w)) n++;
  }
  return n;
}

const corpus = postings.map((p) => index(p.text));
const byCanonical = new Map<string, { mentions: number; postings: number; surfaces: Set<string>; resolved: boolean }>();
for (const [surface, canonical] of lexicon) {
  let mentions = 0;
  let inPostings = 0;
  for (const text of corpus) {
    const n = count(surface, text);
    mentions += n;
    if (n) inPostings++;
  }
  if (!mentions) continue;
  const entry = byCanonical.get(canonical) ?? { mentions: 0, postings: 0, surfaces: new Set<string>(), resolved: false };
  entry.mentions = Math.max(entry.mentions, mentions);
  entry.postings = Math.max(entry.postings, inPostings);
  entry.surfaces.add(surface);
  entry.resolved ||= taxonomy.resolve(surface) !== undefined || taxonomy.resolve(canonical) !== undefined;
  byCanonical.set(canonical, entry);
}

const all = [...byCanonical.entries()].sort((a, b) => b[1].mentions - a[1].mentions);
const total = all.reduce((s, [, e]) => s + e.mentions, 0);
const covered = all.filter(([, e]) => e.resolved).reduce((s, [, e]) => s + e.mentions, 0);
const uncovered = all.filter(([, e]) => !e.resolved);

// The gold set: of the annotated tool and language mentions, how many does resolve() map from their surface?
const goldMentions = gold.flatMap((g) => g.mentions).filter((m) => m.category === 'tool' || m.category === 'language');
const goldResolved = goldMentions.filter((m) => taxonomy.resolve(m.surface) !== undefined || taxonomy.resolve(m.canonical) !== undefined);

console.log(`Postings: ${postings.length}; tool and language names found: ${all.length}; mentions: ${total}`);
console.log(`Covered: ${covered} of ${total} mentions (${((100 * covered) / total).toFixed(1)}%), ${all.length - uncovered.length} of ${all.length} names`);
console.log(`Gold set: ${goldResolved.length} of ${goldMentions.length} tool/language mentions resolve by surface or canonical (${((100 * goldResolved.length) / goldMentions.length).toFixed(1)}%)`);
console.log('\nUncovered names, most frequent first (mentions, postings, surfaces):');
for (const [name, e] of uncovered.slice(0, Number(process.argv[2] ?? 80))) {
  console.log(`  ${String(e.mentions).padStart(5)} ${String(e.postings).padStart(4)}  ${name}${e.surfaces.size > 1 || !e.surfaces.has(name) ? `  [${[...e.surfaces].join(', ')}]` : ''}`);
}

const goldMisses = goldMentions.filter((m) => !goldResolved.includes(m));
if (goldMisses.length) {
  console.log('\nGold tool/language mentions that do not resolve:');
  for (const m of goldMisses) console.log(`  ${m.category.padEnd(8)} ${m.surface}  (${m.canonical})`);
}
