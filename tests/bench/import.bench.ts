// ESCO import (+ validation) beside parsing the same five CSV files alone with the same parser, in the same run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { validateTaxonomy } from '../../src/index.js';
import { importEsco, type EscoFiles } from '../../src/interop/index.js';
import { readCsv } from '../../src/interop/csv-read.js';
import { SHARED_DATA } from '../helpers.js';

const ESCO = join(SHARED_DATA, 'esco-v1.1.1');
const present = existsSync(join(ESCO, 'skills_en.csv'));
const NAMES: Record<keyof EscoFiles, string> = {
  skills: 'skills_en.csv',
  skillGroups: 'skillGroups_en.csv',
  skillsHierarchy: 'skillsHierarchy_en.csv',
  broaderRelations: 'broaderRelationsSkillPillar.csv',
  skillSkillRelations: 'skillSkillRelations.csv',
};
const files = (present ? Object.fromEntries(Object.entries(NAMES).map(([k, f]) => [k, readFileSync(join(ESCO, f), 'utf8')])) : { skills: '' }) as unknown as EscoFiles;
const megabytes = Object.values(files).reduce((n: number, t: string) => n + t.length, 0) / 1e6;
const options = { iterations: 6, warmupIterations: 1, time: 0 };

describe.skipIf(!present)(`ESCO v1.1.1 import: 5 CSV files, ${megabytes.toFixed(1)} MB, 13,896 skills, 97,483 alternative labels`, () => {
  bench('baseline: csv-parse of the same five files alone (the parser the importer uses)', () => {
    for (const [key, text] of Object.entries(files)) readCsv('bench', key, text, 'csv', [], 'an ESCO file');
  }, options);
  bench('importEsco (parse + build the document)', () => {
    importEsco(files);
  }, options);
  bench('importEsco + validateTaxonomy', () => {
    const r = validateTaxonomy(importEsco(files).taxonomy);
    if (!r.ok) throw new Error('the ESCO import does not validate');
  }, options);
});

describe.runIf(!present)('ESCO import', () => {
  bench.skip(`skipped: ${ESCO} is absent (the real data lives beside the checkout, in ../shared/data)`, () => {});
});
