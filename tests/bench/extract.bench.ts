// Extraction over the 529 real postings (2.8 MB), beside baselines measured in the same run: a bare /\w+/g scan of
// the same texts (reading every word once, in the engine's native code), a JavaScript loop that only finds word
// starts (what any matcher written in JavaScript pays first), one regular expression with every name as an
// alternative, and a naive matcher with one regular expression per name and alias (what the trie replaces).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { taxonomy } from '../../src/index.js';
import { extractSkills } from '../../src/extract/extract-skills.js';
import { matcherFor } from '../../src/extract/matcher.js';
import { classTable } from '../../src/extract/chars.js';
import { SHARED_DATA } from '../helpers.js';
import { readPostings } from '../../scripts/shared-data.js';

const CSV = join(SHARED_DATA, 'job-postings', 'ml-job-postings-us.csv');
const present = existsSync(CSV);
const texts = present ? readPostings().map((p) => p.text) : [];
const megabytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;

// The names and aliases of the skills, tools and domains, escaped for a regular expression.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = present
  ? [...taxonomy.entities()].filter((e) => e.kind === 'skill' || e.kind === 'tool' || e.kind === 'domain').flatMap((e) => [e.name, ...(e.aliases ?? [])].map(escape))
  : [];
const bounded = (pattern: string): RegExp => new RegExp(`(?<![\\w+#])${pattern}(?![\\w+#])`, 'gi');
// The naive matcher: every name and alias as its own case-insensitive regular expression between word boundaries.
const naive = names.map(bounded);
// One regular expression with every name and alias as an alternative (sorted, so that alternatives sharing a prefix
// sit together): the regular-expression engine's own best attempt with the same names.
const alternation = bounded(`(?:${[...new Set(names)].sort().join('|')})`);

if (present) matcherFor(taxonomy); // compiled once, outside the measurement

describe.skipIf(!present)(`extract: ${texts.length} postings, ${megabytes.toFixed(1)} MB of posting text`, () => {
  bench('baseline: bare /\\w+/g scan of the same text', () => {
    let n = 0;
    for (const text of texts) {
      const re = /\w+/g;
      while (re.exec(text) !== null) n++;
    }
    if (n === 0) throw new Error('no words');
  }, { time: 3000 });

  // What any extractor written as a JavaScript loop over characters pays before it matches anything: reading each
  // code unit and its class, and finding word starts. It shows how close to the regular-expression scan (native
  // code) a linear matcher in JavaScript can get on this machine.
  bench('floor: a JavaScript loop over character classes that finds word starts', () => {
    const table = classTable();
    let n = 0;
    for (const text of texts) {
      let prev = 0;
      for (let p = 0; p < text.length; p++) {
        const c = text.charCodeAt(p);
        const k = c < 128 ? table[c]! : 3;
        if (k >= 1 && k <= 4 && (prev < 1 || prev > 4)) n++;
        prev = k;
      }
    }
    if (n === 0) throw new Error('no words');
  }, { time: 3000 });

  bench('extractSkills (trie, context rules, aggregation)', () => {
    let n = 0;
    for (const text of texts) n += extractSkills(text).mentions.length;
    if (n === 0) throw new Error('no mentions');
  }, { time: 3000 });

  bench('baseline: one regular expression, every name and alias as an alternative', () => {
    let n = 0;
    for (const text of texts) {
      alternation.lastIndex = 0;
      while (alternation.exec(text) !== null) n++;
    }
    if (n === 0) throw new Error('no matches');
  }, { time: 1000 });

  bench(`baseline: naive matcher, one regular expression per alias (${naive.length})`, () => {
    let n = 0;
    for (const text of texts) for (const re of naive) {
      re.lastIndex = 0;
      while (re.exec(text) !== null) n++;
    }
    if (n === 0) throw new Error('no matches');
  }, { time: 1000, iterations: 2, warmupIterations: 0, warmupTime: 0 });
});

describe.runIf(!present)('extract', () => {
  bench.skip(`skipped: ${CSV} is absent (the real data lives beside the checkout, in ../shared/data)`, () => {});
});
