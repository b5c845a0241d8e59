import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateTaxonomy } from '../../src/index.js';
import { fixture } from '../helpers.js';

const RUNS = 300;
const base = fixture('acme.json');

// Entity lists and the required fields of their entries.
const REQUIRED: Record<string, string[]> = {
  careerLevels: ['id', 'name', 'description', 'rank'],
  proficiencyLevels: ['id', 'name', 'description', 'rank'],
  skillCategories: ['id', 'name', 'description'],
  skills: ['id', 'name', 'description', 'category', 'type'],
  toolCategories: ['id', 'name', 'description'],
  tools: ['id', 'name', 'description', 'category'],
  domains: ['id', 'name', 'description'],
  datasets: ['id', 'name', 'description'],
  metrics: ['id', 'name', 'description', 'measures'],
  roles: ['id', 'name', 'description'],
};
const lists = Object.keys(REQUIRED);
const entityAt = fc.constantFrom(...lists).chain((list) => fc.tuple(fc.constant(list), fc.nat({ max: base[list].length - 1 })));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- corruptions reach into the document freely
type Doc = any;
type Corruption = (doc: Doc) => void;

const dropField: fc.Arbitrary<Corruption> = entityAt.chain(([list, i]) =>
  fc.constantFrom(...REQUIRED[list]!).map((field) => (doc: Doc) => void delete doc[list][i][field]),
);
const danglingId: fc.Arbitrary<Corruption> = fc
  .constantFrom(
    (doc: Doc, id: string) => void (doc.skills[2].prerequisites[0] = id),
    (doc: Doc, id: string) => void (doc.tools[1].category = id),
    (doc: Doc, id: string) => void (doc.domains[0].datasets[0] = id),
    (doc: Doc, id: string) => void (doc.roles[0].skills[0].skill = id),
    (doc: Doc, id: string) => void (doc.skills[0].expectations[0].level = id),
  )
  .chain((set) => fc.stringMatching(/^[a-z]{3,12}-x$/).map((id) => (doc: Doc) => set(doc, id)));
const addCycle: fc.Arbitrary<Corruption> = fc.constantFrom<Corruption>(
  (doc) => void (doc.skills[0].prerequisites = ['training']),
  (doc) => void (doc.skills[1].prerequisites = ['vision-models']),
  (doc) => void doc.domains[0].prerequisites.push('driving'),
  (doc) => void (doc.skills[3].prerequisites = ['vision-models']),
);
const duplicateId: fc.Arbitrary<Corruption> = fc
  .tuple(entityAt, entityAt)
  .filter(([[l1, i1], [l2, i2]]) => l1 !== l2 || i1 !== i2)
  .map(([[l1, i1], [l2, i2]]) => (doc: Doc) => void (doc[l2][i2].id = doc[l1][i1].id));

describe('validateTaxonomy properties', () => {
  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = validateTaxonomy(value);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('never throws on documents with random entities in every list', () => {
    const entity = fc.dictionary(fc.constantFrom('id', 'name', 'description', 'category', 'type', 'rank', 'prerequisites', 'aliases', '__proto__', 'constructor', 'x'), fc.jsonValue({ maxDepth: 3 }));
    const doc = fc.record({ id: fc.constant('x'), name: fc.constant('X'), version: fc.constant('1.0.0'), schemaVersion: fc.constant(1), ...Object.fromEntries(lists.map((l) => [l, fc.array(entity, { maxLength: 5 })])) });
    fc.assert(fc.property(doc, (d) => void validateTaxonomy(d)), { numRuns: RUNS });
  });

  it('rejects every random corruption of a valid taxonomy', () => {
    fc.assert(
      fc.property(fc.oneof(dropField, danglingId, addCycle, duplicateId), (corrupt) => {
        const doc = structuredClone(base);
        corrupt(doc);
        const r = validateTaxonomy(doc);
        expect(r.ok).toBe(false);
        expect(!r.ok && r.issues.every((i) => i.path === '' || i.path.startsWith('/'))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
