import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTaxonomy, validateTaxonomy } from '../../src/index.js';
import { importEsco } from '../../src/interop/index.js';
import { csvTable } from '../../src/interop/csv-write.js';
import { slugify } from '../../src/interop/ids.js';
import { SHARED_DATA } from '../helpers.js';

const ESCO = join(SHARED_DATA, 'esco-v1.1.1');
const present = existsSync(join(ESCO, 'skills_en.csv'));
const skillUri = (n: number) => `http://data.europa.eu/esco/skill/0000000${n}-aaaa-bbbb-cccc-000000000000`;
const groupUri = (n: number) => `http://data.europa.eu/esco/skill/9999999${n}-aaaa-bbbb-cccc-000000000000`;

// A hand-made excerpt in ESCO's format: quoted cells, newline-separated alternative labels, an alias two concepts share.
const SKILLS = csvTable(
  ['conceptType', 'conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels', 'hiddenLabels', 'status', 'description'],
  [
    ['KnowledgeSkillCompetence', skillUri(1), 'knowledge', 'cross-sector', 'Python (computer programming)', 'Python\nPython programming\nPython (computer programming)', '', 'released', 'The techniques of software development in Python.'],
    ['KnowledgeSkillCompetence', skillUri(2), 'knowledge', 'cross-sector', 'machine learning', 'ML\nstatistical learning', '', 'released', 'The principles of machine learning.'],
    ['KnowledgeSkillCompetence', skillUri(3), 'skill/competence', 'cross-sector', 'utilise machine learning', 'apply ML\nML', '', 'released', 'Use machine learning techniques.'],
    ['KnowledgeSkillCompetence', skillUri(4), 'skill/competence', 'sector-specific', 'programming', '', '', 'released', 'Writing programs.'],
    ['KnowledgeSkillCompetence', skillUri(5), '', '', 'orphan skill', '', '', 'released', ''],
  ],
);
const GROUPS = csvTable(
  ['conceptType', 'conceptUri', 'preferredLabel', 'altLabels', 'status', 'description', 'code'],
  [
    ['SkillGroup', groupUri(1), 'knowledge', '', 'released', '', 'K'],
    ['SkillGroup', groupUri(2), 'computer use', 'using computers', 'released', 'Working with computers.', 'K06'],
    ['SkillGroup', groupUri(3), 'programming', '', 'released', '', 'K061'],
  ],
);
const BROADER = csvTable(
  ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'],
  [
    ['SkillGroup', groupUri(2), 'SkillGroup', groupUri(1)],
    ['SkillGroup', groupUri(3), 'SkillGroup', groupUri(2)],
    ['KnowledgeSkillCompetence', skillUri(1), 'SkillGroup', groupUri(3)],
    ['KnowledgeSkillCompetence', skillUri(2), 'SkillGroup', groupUri(2)],
    ['KnowledgeSkillCompetence', skillUri(3), 'KnowledgeSkillCompetence', skillUri(2)],
    ['KnowledgeSkillCompetence', skillUri(4), 'SkillGroup', groupUri(3)],
    ['KnowledgeSkillCompetence', skillUri(1), 'KnowledgeSkillCompetence', skillUri(4)],
  ],
);
const RELATIONS = csvTable(
  ['originalSkillUri', 'originalSkillType', 'relationType', 'relatedSkillType', 'relatedSkillUri'],
  [
    [skillUri(3), 'skill/competence', 'essential', 'knowledge', skillUri(2)],
    [skillUri(3), 'skill/competence', 'optional', 'knowledge', skillUri(1)],
  ],
);

describe('importEsco on a hand-made excerpt', () => {
  const result = importEsco({ skills: SKILLS, skillGroups: GROUPS, broaderRelations: BROADER, skillSkillRelations: RELATIONS });
  const doc = result.taxonomy;

  it('makes a valid document with every skill', () => {
    const r = validateTaxonomy(doc);
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
    expect(doc.skills?.map((s) => s.id)).toEqual(['python-computer-programming', 'machine-learning', 'utilise-machine-learning', 'programming', 'orphan-skill']);
  });

  it('maps ESCO fields: names, aliases, types, crosswalks, sources, descriptions', () => {
    expect(doc.skills?.[0]).toEqual({
      id: 'python-computer-programming',
      name: 'Python (computer programming)',
      description: 'The techniques of software development in Python.',
      aliases: ['Python', 'Python programming'],
      sources: [{ title: 'ESCO: Python (computer programming)', url: skillUri(1) }],
      crosswalks: { esco: [{ code: skillUri(1), match: 'exact' }] },
      category: 'programming-99999993',
      type: 'knowledge',
    });
    expect(doc.skills?.[2]?.type).toBe('skill');
    expect(doc.skills?.[4]).toMatchObject({ type: 'skill', description: 'orphan skill (an ESCO skill).', category: 'esco-skills' });
    expect(doc.skills?.some((s) => 'prerequisites' in s)).toBe(false); // ESCO has none, and none are invented
  });

  it('builds categories from the groups, with parents; a group named like a skill gets its code', () => {
    expect(doc.skillCategories?.map((c) => [c.id, c.name, c.parent])).toEqual([
      ['esco-skills', 'ESCO skills without a group', undefined],
      ['knowledge', 'knowledge', undefined],
      ['computer-use', 'computer use', 'knowledge'],
      ['programming-99999993', 'programming (K061)', 'computer-use'],
    ]);
    // a skill without a group takes its broader skill's category
    expect(doc.skills?.[2]?.category).toBe('computer-use');
  });

  it('gives a shared alias to its first owner and reports the others', () => {
    expect(doc.skills?.[1]?.aliases).toEqual(['ML', 'statistical learning']);
    expect(doc.skills?.[2]?.aliases).toEqual(['apply ML']);
    expect(result.droppedAliases).toEqual([{ id: 'utilise-machine-learning', alias: 'ML', reason: 'taken', owner: 'machine-learning' }]);
  });

  it('returns the relations the format has no field for, and the id of every URI', () => {
    expect(result.related).toEqual({
      'utilise-machine-learning': { broader: ['machine-learning'], essential: ['machine-learning'], optional: ['python-computer-programming'] },
      'python-computer-programming': { broader: ['programming'], essential: [], optional: [] },
    });
    expect(result.idByUri[skillUri(3)]).toBe('utilise-machine-learning');
    expect(result.idByUri[groupUri(3)]).toBe('programming-99999993');
  });

  it('answers queries', () => {
    const t = createTaxonomy(doc);
    expect(t.resolve('python')?.id).toBe('python-computer-programming');
    expect(t.lookup('ML')).toMatchObject({ entity: { id: 'machine-learning' }, matchedBy: 'alias' });
    expect(t.search('machine learnin').map((h) => h.entity.id)).toContain('machine-learning');
    expect(t.prerequisitesOf('utilise-machine-learning')).toEqual([]);
  });

  it('makes ids from URIs when asked, and takes only skills when that is all there is', () => {
    const byUri = importEsco({ skills: SKILLS }, { ids: 'uri', id: 'my-esco', version: '2.1.0' }).taxonomy;
    expect(validateTaxonomy(byUri).ok).toBe(true);
    expect(byUri).toMatchObject({ id: 'my-esco', version: '2.1.0' });
    expect(byUri.skills?.[0]?.id).toBe('skill-00000001-aaaa-bbbb-cccc-000000000000');
    expect(new Set(byUri.skills?.map((s) => s.category))).toEqual(new Set(['esco-skills']));
  });

  it('rejects what is not ESCO, naming the file and the columns it lacks', () => {
    expect(() => importEsco(undefined as never)).toThrow(TypeError);
    expect(() => importEsco({} as never)).toThrow("importEsco: files.skills must be the text of ESCO's skills_en.csv, got undefined");
    expect(() => importEsco({ skills: 'a,b\n1,2\n' })).toThrow(
      "importEsco: files.skills lacks the columns 'conceptUri', 'preferredLabel' (its columns: a, b); expected the text of ESCO's skills_en.csv",
    );
    expect(() => importEsco({ skills: SKILLS, skillGroups: 'conceptUri,"x\n' })).toThrow(/files\.skillGroups is not valid CSV/);
    expect(() => importEsco({ skills: SKILLS }, { ids: 'uuid' as 'uri' })).toThrow(/unknown id style 'uuid' for options\.ids/);
    expect(() => importEsco({ skills: SKILLS }, { version: 'v1' })).toThrow("importEsco: options.version must be a semver version such as '1.0.0', got 'v1'");
  });

  it('property: any labels give a valid document with every skill', () => {
    const label = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(fc.tuple(label, fc.array(label, { maxLength: 4 })), { minLength: 1, maxLength: 12 }), (concepts) => {
        const text = csvTable(
          ['conceptUri', 'preferredLabel', 'altLabels'],
          concepts.map(([name, alts], i) => [skillUri(i).replace('0000000', String(i).padStart(7, '0')), name, alts.join('\n')]),
        );
        const out = importEsco({ skills: text });
        const r = validateTaxonomy(out.taxonomy);
        expect(r.ok ? [] : r.issues).toEqual([]);
        expect(out.taxonomy.skills).toHaveLength(new Set(concepts.map((_, i) => i)).size);
      }),
      { numRuns: 200 },
    );
  });

  it('slugify keeps C, C++ and C# apart and always gives a kebab-case id or nothing', () => {
    expect(['C', 'C++', 'C#', 'Café au lait', '  --  '].map((s) => slugify(s))).toEqual(['c', 'c-plus-plus', 'c-sharp', 'cafe-au-lait', '']);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const id = slugify(s);
        expect(id === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)).toBe(true);
        expect(id.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });
});

describe.skipIf(!present)('importEsco on the real ESCO v1.1.1 files (../shared/data)', () => {
  // Read on first use, inside the tests: a skipped suite's body still runs when tests are collected.
  let cached: ReturnType<typeof importEsco> | undefined;
  const load = (): ReturnType<typeof importEsco> => {
    const read = (file: string) => readFileSync(join(ESCO, file), 'utf8');
    return (cached ??= importEsco({
      skills: read('skills_en.csv'),
      skillGroups: read('skillGroups_en.csv'),
      skillsHierarchy: read('skillsHierarchy_en.csv'),
      broaderRelations: read('broaderRelationsSkillPillar.csv'),
      skillSkillRelations: read('skillSkillRelations.csv'),
    }));
  };

  it('validates with every one of the 13,896 skills and all 647 groups', () => {
    const doc = load().taxonomy;
    const r = validateTaxonomy(doc);
    expect(r.ok ? r.warnings : r.issues.slice(0, 10)).toEqual([]);
    expect(doc.skills).toHaveLength(13_896);
    expect(new Set(doc.skills?.map((s) => s.crosswalks?.esco?.[0]?.code)).size).toBe(13_896);
    expect(doc.skillCategories).toHaveLength(647); // 640 in skillGroups_en.csv, 7 more only in the hierarchy file
    expect(doc.skills?.filter((s) => s.category === 'esco-skills')).toEqual([]); // every skill finds a group
  });

  it('keeps nearly every alternative label: only those two concepts share are dropped', () => {
    const result = load();
    const doc = result.taxonomy;
    const kept = doc.skills!.reduce((n, s) => n + (s.aliases?.length ?? 0), 0);
    const taken = result.droppedAliases.filter((d) => d.reason === 'taken').length;
    expect(kept).toBeGreaterThan(80_000);
    expect(taken).toBeLessThan(1_000);
    expect(result.droppedAliases.every((d) => d.owner !== d.id)).toBe(true);
  });

  it('answers queries', () => {
    const result = load();
    const t = createTaxonomy(result.taxonomy);
    const python = t.resolve('Python');
    expect(python?.name).toBe('Python (computer programming)');
    expect(t.search('machine learning', { limit: 5 }).map((h) => h.entity.name)).toContain('machine learning');
    expect(t.get(t.getSkill(python!.id).category)?.kind).toBe('skillCategory');
    expect(t.prerequisitesOf(python!.id)).toEqual([]);
    expect(t.learningPath([python!.id]).map((s) => s.entity.id)).toEqual([python!.id]);
    expect(Object.keys(result.related).length).toBeGreaterThan(5_000);
  });
});

describe.runIf(!present)('importEsco on the real ESCO files', () => {
  it.skip(`skipped: ${ESCO} is absent (the real data lives beside the checkout, in ../shared/data)`, () => {});
});
