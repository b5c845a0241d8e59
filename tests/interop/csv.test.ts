import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { createTaxonomy, taxonomy } from '../../src/index.js';
import { toCsv } from '../../src/interop/index.js';
import { csvField, csvTable } from '../../src/interop/csv-write.js';
import { csvCell, csvColumns } from '../../src/interop/to-csv.js';
import { LIST_OF_KIND, type EntityKind, type ListName } from '../../src/schema/kinds.js';
import { fixture } from '../helpers.js';

const rowsOf = (text: string): Record<string, string>[] => parse(text, { columns: true }) as Record<string, string>[];

describe('toCsv', () => {
  it('writes one RFC 4180 table per list (acme, file snapshots)', async () => {
    const tables = toCsv(createTaxonomy(fixture('acme.json')));
    expect(Object.keys(tables)).toEqual(Object.values(LIST_OF_KIND));
    for (const [list, text] of Object.entries(tables)) await expect(text).toMatchFileSnapshot(`./__snapshots__/acme-csv/${list}.csv`);
  });

  it('round trip: built-in → CSV → parsed by csv-parse, every list with its count, ids, names and descriptions', () => {
    const tables = toCsv(taxonomy);
    const problems: string[] = [];
    for (const [kind, list] of Object.entries(LIST_OF_KIND) as [EntityKind, ListName][]) {
      const rows = rowsOf(tables[list]);
      const entities = taxonomy.lists[kind];
      if (rows.length !== entities.length) problems.push(`${list}: ${rows.length} rows for ${entities.length} entities`);
      entities.forEach((e, i) => {
        const row = rows[i];
        if (row?.['id'] !== e.id || row['name'] !== e.name || row['description'] !== e.description) problems.push(`${list}/${e.id}: text differs`);
        if ((row?.['aliases'] ?? '') !== (e.aliases ?? []).join('\n')) problems.push(`${list}/${e.id}: aliases differ`);
        if (e.sources && JSON.stringify(e.sources) !== row?.['sources']) problems.push(`${list}/${e.id}: sources differ`);
      });
    }
    expect(problems).toEqual([]);
    expect(tables.skills.split('\r\n')[0]).toBe(csvColumns('skills').join(','));
    expect(csvColumns('skills')).toEqual(['id', 'name', 'description', 'aliases', 'sources', 'crosswalks', 'deprecated', 'matching', 'category', 'type', 'prerequisites', 'tools', 'expectations']);
  });

  it('encodes cells: text as is, lists one item per line, structures as JSON, absent as empty', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(['a', 'b'])).toBe('a\nb');
    expect(csvCell(['a\nb', 'c'])).toBe('["a\\nb","c"]');
    expect(csvCell([{ level: 'mid', proficiency: 'working' }])).toBe('[{"level":"mid","proficiency":"working"}]');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,"b"\r\nc')).toBe('"a,""b""\r\nc"');
    expect(csvTable(['x', 'y'], [['1', ''], ['', '2']])).toBe('x,y\r\n1,\r\n,2\r\n');
  });

  it('property: any text survives csv-parse unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const text = csvTable(['a', 'b'], rows);
        expect(parse(text, { columns: true }) as unknown).toEqual(rows.map(([a, b]) => ({ a, b })));
      }),
      { numRuns: 300 },
    );
  });

  it('property: names, aliases and descriptions of any characters round-trip through toCsv', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s));
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (name, description, aliases) => {
        const doc = fixture('acme.json');
        Object.assign(doc.tools[2], { name, description, aliases });
        // Only the tool under test may own these names: keep the rest of the fixture out of the way.
        doc.tools = [doc.tools[2]];
        delete doc.tools[0].supersededBy;
        for (const list of ['skills', 'domains', 'datasets', 'metrics', 'roles', 'careerLevels', 'proficiencyLevels', 'skillCategories']) delete doc[list];
        doc.toolCategories = doc.toolCategories.filter((c: { id: string }) => c.id === 'frameworks');
        let tables;
        try {
          tables = toCsv(doc);
        } catch {
          return; // names that collide once normalised (e.g. a name equal to an alias) make an invalid document
        }
        const [row] = rowsOf(tables.tools);
        expect(row).toMatchObject({ name, description, aliases: aliases.join('\n') });
      }),
      { numRuns: 200 },
    );
  });
});
