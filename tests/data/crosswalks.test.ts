import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../src/index.js';
import { SHARED_DATA } from '../helpers.js';

const present = existsSync(join(SHARED_DATA, 'esco-v1.1.1')) && existsSync(join(SHARED_DATA, 'onet-29.3'));

/** Every value of one column of a CSV or tab-separated file (quoted cells, embedded newlines and quotes handled). */
function column(file: string, name: string, separator: string): Set<string> {
  const text = readFileSync(join(SHARED_DATA, file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '' && separator === ',') quoted = true;
    else if (c === separator) row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  const index = rows[0]!.indexOf(name);
  if (index < 0) throw new Error(`${file} has no column ${name}`);
  return new Set(rows.slice(1).map((r) => r[index] ?? ''));
}

describe.skipIf(!present)('crosswalk codes exist in the shared ESCO and O*NET files', () => {
  it('every code resolves', () => {
    const esco = new Set([...column('esco-v1.1.1/skills_en.csv', 'conceptUri', ','), ...column('esco-v1.1.1/occupations_en.csv', 'conceptUri', ',')]);
    const isco = new Set([...column('esco-v1.1.1/occupations_en.csv', 'iscoGroup', ',')].flatMap((g) => [g, g.slice(0, 3), g.slice(0, 2), g.slice(0, 1)]));
    const soc = column('onet-29.3/Occupation Data.txt', 'O*NET-SOC Code', '\t');
    const unspsc = new Set([...column('onet-29.3/UNSPSC Reference.txt', 'Commodity Code', '\t'), ...column('onet-29.3/Technology Skills.txt', 'Commodity Code', '\t')]);
    const offenders: string[] = [];
    let checked = 0;
    for (const e of taxonomy.entities()) {
      const cw = e.crosswalks;
      if (!cw) continue;
      const check = (scheme: string, codes: readonly { code: string }[] | undefined, known: Set<string>) => {
        for (const { code } of codes ?? []) {
          checked++;
          if (!known.has(code)) offenders.push(`${e.id}: ${scheme} ${code}`);
        }
      };
      check('ESCO', cw.esco, esco);
      check('ISCO-08', cw.isco08, isco);
      check('O*NET-SOC', cw.onetSoc, soc);
      check('UNSPSC', cw.unspsc, unspsc);
    }
    expect(offenders).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('does not cross Apache Spark with ESCO\'s SPARK (a Java web framework)', () => {
    const sparkUri = [...column('esco-v1.1.1/skills_en.csv', 'conceptUri', ',')].length > 0 ? taxonomy.getTool('apache-spark').crosswalks?.esco : undefined;
    const text = readFileSync(join(SHARED_DATA, 'esco-v1.1.1/skills_en.csv'), 'utf8');
    for (const { code } of sparkUri ?? []) {
      const line = text.slice(text.indexOf(code), text.indexOf(code) + 400);
      expect(line).not.toMatch(/,SPARK,/);
    }
  });
});

describe.runIf(!present)('crosswalk codes', () => {
  it.skip('skipped: ../shared/data is absent, so the ESCO and O*NET files cannot be read', () => {});
});
