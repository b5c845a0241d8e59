// data/demand.json (written by scripts/demand.ts) must name only entities of the taxonomy, with consistent figures.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../src/index.js';

const FILE = fileURLToPath(new URL('../../data/demand.json', import.meta.url));

interface Entry {
  postings: number;
  share: number;
  mentions: number;
  onet?: { match: string; examples: string[]; hotTechnology: boolean; inDemand: boolean; inDemandOccupations: string[] };
}
interface Demand {
  source: { postings: number; period: { from: string; to: string }; url: string; license: string };
  tools: Record<string, Entry>;
  domains: Record<string, Entry>;
}

describe.runIf(existsSync(FILE))('data/demand.json', () => {
  const demand = JSON.parse(readFileSync(FILE, 'utf8')) as Demand;

  it('states its source and the period its postings cover', () => {
    expect(demand.source.postings).toBeGreaterThan(0);
    expect(demand.source.period.from <= demand.source.period.to).toBe(true);
    expect(demand.source.period.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(demand.source.url).toMatch(/^https:\/\//);
  });

  it('names only tools and domains of the taxonomy, with shares that match the counts', () => {
    const offenders: string[] = [];
    const check = (kind: 'tool' | 'domain', entries: Record<string, Entry>) => {
      for (const [id, e] of Object.entries(entries)) {
        if (taxonomy.get(id)?.kind !== kind) offenders.push(`${id}: not a ${kind}`);
        if (Math.abs(e.share - e.postings / demand.source.postings) > 1e-4) offenders.push(`${id}: share ${e.share} ≠ ${e.postings}/${demand.source.postings}`);
        if (e.mentions < e.postings) offenders.push(`${id}: fewer mentions than postings`);
        if (e.onet && e.onet.inDemand !== e.onet.inDemandOccupations.length > 0) offenders.push(`${id}: inDemand disagrees with its occupations`);
      }
    };
    check('tool', demand.tools);
    check('domain', demand.domains);
    expect(offenders).toEqual([]);
    expect(Object.keys(demand.tools).length).toBeGreaterThan(50);
  });
});
