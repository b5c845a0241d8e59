// Demand, measured: runs extractSkills over the 529 shared job postings and writes data/demand.json — for each tool
// and domain, the share of postings that mention it, with the period and source of the postings — and, for tools
// that match an O*NET technology example (by name, or by name within their UNSPSC crosswalk commodity), O*NET's
// Hot Technology and In Demand flags.
//
// Usage: npx tsx scripts/demand.ts [--check]   (--check: exit 1 when data/demand.json is not up to date)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { taxonomy } from '../src/index.js';
import { extractSkills } from '../src/extract/extract-skills.js';
import type { Tool } from '../src/taxonomy/entities.js';
import { DATA_DIR } from './load-data.js';
import { hasSharedData, readOnet, readPostings } from './shared-data.js';

const OUT = join(DATA_DIR, 'demand.json');

if (!hasSharedData()) {
  console.log('demand skipped: ../shared/data is absent');
  process.exit(0);
}

/** O*NET-SOC occupations that machine-learning work falls under (as in scripts/coverage-postings.ts). */
const ML_OCCUPATIONS = ['15-2051.00', '15-2051.01', '15-2051.02', '15-1221.00', '15-1252.00', '15-1253.00', '15-1243.00', '15-1242.00', '15-2041.00', '15-1299.08', '15-1211.00', '15-1244.00'];
const MIN_CONFIDENCE = 0.5;

const round = (x: number): number => Math.round(x * 10000) / 10000;

// 1. Mentions per posting.
const postings = readPostings();
const dates = postings.map((p) => p.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
const counts = new Map<string, { kind: 'tool' | 'domain'; postings: number; mentions: number }>();
for (const p of postings) {
  const { entities } = extractSkills(p.text, { kinds: ['tool', 'domain'], minConfidence: MIN_CONFIDENCE });
  for (const e of entities) {
    const c = counts.get(e.id) ?? { kind: e.kind as 'tool' | 'domain', postings: 0, mentions: 0 };
    c.postings++;
    c.mentions += e.count;
    counts.set(e.id, c);
  }
}

// 2. O*NET technology examples, matched to tools.
interface OnetRow {
  readonly soc: string;
  readonly example: string;
  readonly commodity: string;
  readonly commodityTitle: string;
  readonly hot: boolean;
  readonly inDemand: boolean;
}
const rows: OnetRow[] = readOnet('Technology Skills.txt').map((r) => ({
  soc: r['O*NET-SOC Code'] ?? '',
  example: r['Example'] ?? '',
  commodity: r['Commodity Code'] ?? '',
  commodityTitle: r['Commodity Title'] ?? '',
  hot: r['Hot Technology'] === 'Y',
  inDemand: r['In Demand'] === 'Y',
}));
const byExample = new Map<string, OnetRow[]>();
for (const r of rows) (byExample.get(r.example) ?? byExample.set(r.example, []).get(r.example)!).push(r);

/** Vendor names that O*NET writes before product names ("Apache Spark", "Oracle Java"). */
const VENDORS = ['Amazon Web Services AWS', 'Amazon Web Services', 'Amazon', 'Apache', 'Oracle', 'Microsoft Azure', 'Microsoft', 'Google Cloud', 'Google', 'IBM', 'The MathWorks', 'SAP', 'Sun Microsystems', 'Meta', 'Facebook', 'Atlassian', 'Salesforce', 'Cloudera', 'Red Hat', 'Hewlett Packard Enterprise HPE', 'Elastic', 'NVIDIA', 'Nvidia', 'Databricks', 'Snowflake', 'Teradata', 'Informatica', 'JetBrains', 'Docker', 'Mozilla', 'Python Software Foundation', 'Eclipse', 'Pivotal', 'VMware', 'Tableau', 'SAS', 'Qlik', 'Alteryx', 'Hugging Face', 'OpenAI'];

/**
 * The tool an O*NET example names: the example itself, without " software", or without a leading vendor name
 * ("Apache Spark", "Amazon Web Services AWS SageMaker", "Oracle Java"), resolved to a tool of the taxonomy.
 */
function toolOfExample(example: string): Tool | undefined {
  const base = example.replace(/ software$/i, '');
  const candidates = [base, ...VENDORS.filter((v) => base.startsWith(`${v} `)).map((v) => base.slice(v.length + 1))];
  for (const name of candidates) {
    const e = taxonomy.resolve(name);
    if (e?.kind === 'tool') return e;
  }
  return undefined;
}

const examplesOf = new Map<string, Set<string>>();
for (const example of byExample.keys()) {
  const tool = toolOfExample(example);
  if (tool) (examplesOf.get(tool.id) ?? examplesOf.set(tool.id, new Set()).get(tool.id)!).add(example);
}

interface OnetDemand {
  match: 'name' | 'unspsc';
  examples: string[];
  hotTechnology: boolean;
  inDemand: boolean;
  inDemandOccupations: string[];
}

/** O*NET's flags for a tool: from the examples that name it; with a UNSPSC crosswalk, only examples in its commodities. */
function onetOf(tool: Tool): OnetDemand | undefined {
  const examples = [...(examplesOf.get(tool.id) ?? [])].sort();
  const codes = new Set((tool.crosswalks?.unspsc ?? []).map((c) => c.code));
  const inCommodity = examples.filter((x) => byExample.get(x)!.some((r) => codes.has(r.commodity)));
  const chosen = codes.size > 0 && inCommodity.length > 0 ? inCommodity : examples;
  if (chosen.length === 0) return undefined;
  const matched = chosen.flatMap((x) => byExample.get(x)!);
  const inDemandOccupations = [...new Set(matched.filter((r) => r.inDemand && ML_OCCUPATIONS.includes(r.soc)).map((r) => r.soc))].sort();
  return {
    match: codes.size > 0 && inCommodity.length > 0 ? 'unspsc' : 'name',
    examples: chosen,
    hotTechnology: matched.some((r) => r.hot),
    inDemand: inDemandOccupations.length > 0,
    inDemandOccupations,
  };
}

// 3. The document.
const n = postings.length;
const tools: Record<string, unknown> = {};
const domains: Record<string, unknown> = {};
for (const [id, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const entry: Record<string, unknown> = { postings: c.postings, share: round(c.postings / n), mentions: c.mentions };
  if (c.kind === 'tool') {
    const onet = onetOf(taxonomy.getTool(id as never));
    if (onet) entry['onet'] = onet;
    tools[id] = entry;
  } else domains[id] = entry;
}
// Tools that no posting mentions but O*NET flags: their share is 0, and O*NET still says something.
for (const tool of taxonomy.tools) {
  if (tools[tool.id] !== undefined) continue;
  const onet = onetOf(tool);
  if (onet && (onet.hotTechnology || onet.inDemand)) tools[tool.id] = { postings: 0, share: 0, mentions: 0, onet };
}
const sortedTools = Object.fromEntries(Object.entries(tools).sort((a, b) => (a[0] < b[0] ? -1 : 1)));

const doc = {
  $comment: 'Generated by scripts/demand.ts (npm run demand) from the shared job postings and O*NET; do not edit by hand. A tool or domain that is absent was mentioned by no posting.',
  taxonomyVersion: taxonomy.version,
  source: {
    name: 'ML job postings, US (thousand-ml-jobs-in-usa, deduplicated)',
    url: 'https://github.com/ccmens/MLJobPostingUS',
    license: 'CC BY 4.0',
    region: 'US',
    postings: n,
    period: { from: dates[0], to: dates[dates.length - 1] },
  },
  method: `extractSkills(text, { kinds: ['tool', 'domain'], minConfidence: ${MIN_CONFIDENCE} }) on each posting's description; share = postings that mention the entity at least once / all postings.`,
  onet: {
    release: 'O*NET 29.3',
    file: 'Technology Skills.txt',
    license: 'CC BY 4.0',
    url: 'https://www.onetcenter.org/database.html',
    matching: "A tool matches an O*NET technology example whose name (without ' software' or leading vendor words) resolves to it; with a UNSPSC crosswalk, only examples in those commodities count. hotTechnology: O*NET marks the example a Hot Technology. inDemand: In Demand for at least one of mlOccupations.",
    mlOccupations: ML_OCCUPATIONS,
  },
  tools: sortedTools,
  domains,
};

const text = `${JSON.stringify(doc, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    console.error('data/demand.json is out of date: run npm run demand');
    process.exitCode = 1;
  }
} else {
  writeFileSync(OUT, text);
  const top = Object.entries(sortedTools)
    .map(([id, e]) => [id, (e as { share: number }).share] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15);
  console.log(`wrote ${OUT}: ${Object.keys(sortedTools).length} tools, ${Object.keys(domains).length} domains from ${n} postings (${doc.source.period.from} to ${doc.source.period.to})`);
  console.log(`most demanded tools: ${top.map(([id, s]) => `${id} ${(s * 100).toFixed(1)}%`).join(', ')}`);
}
