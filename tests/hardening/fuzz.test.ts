// Fuzzing: validateTaxonomy never throws and never accepts a corrupt document (random corruptions of the built-in
// data); resolve, lookup and search never throw and answer consistently, whatever string they are given.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taxonomy, validateTaxonomy, type Entity, type IssueCode } from '../../src/index.js';
import { LIST_OF_KIND, type EntityKind } from '../../src/schema/kinds.js';
import { REFERENCES } from '../../src/schema/references.js';

// Each run validates a fresh copy of the whole built-in document (about 25 ms), so runs are counted with CI in mind.
const RUNS = 250;
const TEXT = JSON.stringify(taxonomy.toJSON());
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- corruptions reach into the document freely
type Doc = any;
const BUILTIN: Doc = JSON.parse(TEXT);
const LISTS = Object.values(LIST_OF_KIND);
const KIND_OF_LIST = Object.fromEntries(Object.entries(LIST_OF_KIND).map(([k, l]) => [l, k])) as Record<string, EntityKind>;

// The required fields of each entity kind, from the published JSON Schema.
const SCHEMA = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/schema/taxonomy.schema.json', import.meta.url)), 'utf8')) as {
  definitions: Record<string, { required?: string[] }>;
};
const REQUIRED = (list: string): string[] => SCHEMA.definitions[KIND_OF_LIST[list]!]!.required ?? [];

/** A corruption: what it does to a document, and an issue the validator must then report. */
interface Corruption {
  readonly apply: (doc: Doc) => void;
  readonly expect: IssueCode;
  readonly label: string;
}

const nonEmpty = LISTS.filter((l) => BUILTIN[l].length > 0);
const entityAt = fc.constantFrom(...nonEmpty).chain((list) => fc.tuple(fc.constant(list), fc.nat({ max: BUILTIN[list].length - 1 })));
const missingId = fc.stringMatching(/^[a-z]{2,10}$/).map((w) => `${w}-not-in-the-taxonomy`);

const dropField: fc.Arbitrary<Corruption> = entityAt.chain(([list, i]) =>
  fc.constantFrom(...REQUIRED(list)).map((field) => ({
    label: `drop /${list}/${i}/${field}`,
    apply: (doc: Doc) => void delete doc[list][i][field],
    expect: 'missing-field' as const,
  })),
);

// Every place in the built-in data where an entity names another: [list, index, field, item index or -1, property].
type Slot = readonly [string, number, string, number, string | undefined];
const SLOTS: Slot[] = [];
for (const list of LISTS) {
  BUILTIN[list].forEach((entity: Doc, i: number) => {
    for (const ref of REFERENCES[list]) {
      const value = entity[ref.field];
      if (value === undefined) continue;
      if (!ref.many) SLOTS.push([list, i, ref.field, -1, undefined]);
      else (value as unknown[]).forEach((_, k) => SLOTS.push([list, i, ref.field, k, ref.property]));
    }
  });
}
const dangling: fc.Arbitrary<Corruption> = fc.tuple(fc.constantFrom(...SLOTS), missingId).map(([[list, i, field, k, property], id]) => ({
  label: `point /${list}/${i}/${field}${k < 0 ? '' : `/${k}`}${property ? `/${property}` : ''} at '${id}'`,
  apply: (doc: Doc) => {
    if (k < 0) doc[list][i][field] = id;
    else if (property) doc[list][i][field][k][property] = id;
    else doc[list][i][field][k] = id;
  },
  expect: 'unknown-reference' as const,
}));

const duplicateId: fc.Arbitrary<Corruption> = fc
  .tuple(entityAt, entityAt)
  .filter(([[l1, i1], [l2, i2]]) => l1 !== l2 || i1 !== i2)
  .map(([[l1, i1], [l2, i2]]) => ({
    label: `give /${l2}/${i2} the id of /${l1}/${i1}`,
    apply: (doc: Doc) => void (doc[l2][i2].id = doc[l1][i1].id),
    expect: 'duplicate-id' as const,
  }));

const skillCount = BUILTIN.skills.length;
const cycle: fc.Arbitrary<Corruption> = fc
  .tuple(fc.nat({ max: skillCount - 1 }), fc.nat({ max: skillCount - 1 }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({
    label: `make skills ${a} and ${b} prerequisites of each other`,
    apply: (doc: Doc) => {
      const [x, y] = [doc.skills[a], doc.skills[b]];
      x.prerequisites = [...(x.prerequisites ?? []), y.id];
      y.prerequisites = [...(y.prerequisites ?? []), x.id];
    },
    expect: 'prerequisite-cycle' as const,
  }));

const sharedAlias: fc.Arbitrary<Corruption> = fc
  .tuple(entityAt, entityAt, fc.stringMatching(/^[a-z]{3,12}( [a-z]{2,8})?$/))
  .filter(([[l1, i1], [l2, i2]]) => l1 !== l2 || i1 !== i2)
  .map(([[l1, i1], [l2, i2], alias]) => ({
    label: `give /${l1}/${i1} and /${l2}/${i2} the alias '${alias}'`,
    apply: (doc: Doc) => {
      for (const e of [doc[l1][i1], doc[l2][i2]]) e.aliases = [...(e.aliases ?? []), alias];
    },
    expect: 'duplicate-alias' as const,
  }));

const corruption = fc.oneof(dropField, dangling, duplicateId, cycle, sharedAlias);

describe('validateTaxonomy (fuzzed)', () => {
  it('accepts the built-in document as it is', () => {
    expect(validateTaxonomy(JSON.parse(TEXT)).ok).toBe(true);
  });

  it('rejects every random corruption of the built-in document, naming what is wrong at a JSON Pointer', () => {
    fc.assert(
      fc.property(fc.array(corruption, { minLength: 1, maxLength: 3 }), (corruptions) => {
        const doc = JSON.parse(TEXT) as Doc;
        for (const c of corruptions) c.apply(doc);
        const result = validateTaxonomy(doc);
        expect(result.ok, corruptions.map((c) => c.label).join('; ')).toBe(false);
        if (result.ok) return;
        expect(result.issues.every((i) => i.path === '' || i.path.startsWith('/'))).toBe(true);
        // The issue each corruption calls for is there, unless a structural problem stopped the record rules or an
        // id was changed (which moves references and cycles elsewhere).
        if (corruptions.some((c) => c.expect === 'duplicate-id')) return;
        const structural = result.issues.some((i) => i.code === 'missing-field');
        const codes = result.issues.map((i) => i.code);
        for (const c of corruptions) if (!structural || c.expect === 'missing-field') expect(codes, c.label).toContain(c.expect);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any JSON value, nor on the built-in document with any part replaced by one', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(typeof validateTaxonomy(value).ok).toBe('boolean');
      }),
      { numRuns: RUNS * 3 },
    );
    // Replace the value at a random place (a list, an entity, a field) with random JSON, __proto__ keys included.
    const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constant(JSON.parse('{"__proto__":{"polluted":1}}') as unknown));
    fc.assert(
      fc.property(entityAt, fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), anyJson, ([list, i], field, value) => {
        const doc = JSON.parse(TEXT) as Doc;
        if (field === undefined) doc[list][i] = value;
        else doc[list][i][field] = value;
        expect(typeof validateTaxonomy(doc).ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

const ENTITIES = [...taxonomy.entities()];
const ALL = new Set<Entity>(ENTITIES);
// Any text: printable, Unicode (lone surrogates included) and names of the taxonomy with noise around them.
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...ENTITIES.map((e) => e.name)), fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })).map(([n, a, b]) => `${a}${n}${b}`),
);

// Changes that resolve ignores: ASCII case, and spaces or punctuation between characters.
const respell = (name: string, seed: number): string => {
  let out = '';
  let s = seed;
  for (const ch of name) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out += /[a-z]/i.test(ch) && s % 3 === 0 ? (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) : ch;
    if (s % 7 === 0) out += ' -_./'[s % 5];
  }
  return out;
};

describe('resolve, lookup and search (fuzzed)', () => {
  it('never throw on any string, and give an entity of the taxonomy or nothing', () => {
    fc.assert(
      fc.property(text, (t) => {
        const hit = taxonomy.lookup(t);
        expect(hit === undefined || ALL.has(hit.entity)).toBe(true);
        expect(taxonomy.resolve(t)).toBe(hit?.entity);
        const hits = taxonomy.search(t, { limit: 5 });
        expect(hits.length).toBeLessThanOrEqual(5);
        for (let i = 0; i < hits.length; i++) {
          expect(ALL.has(hits[i]!.entity) && !hits[i]!.entity.deprecated).toBe(true);
          if (i > 0) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
        }
        expect(new Set(hits.map((h) => h.entity)).size).toBe(hits.length);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('find every entity by its id, and by its name or alias however it is cased or punctuated', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENTITIES), fc.nat(), (entity, seed) => {
        expect(taxonomy.resolve(entity.id)).toBe(entity);
        const names = [entity.name, ...(entity.aliases ?? [])];
        const name = names[seed % names.length]!;
        const found = taxonomy.lookup(respell(name, seed));
        expect(found?.entity, `${entity.id} by '${respell(name, seed)}'`).toBe(entity);
        expect(taxonomy.search(entity.name, { limit: 50 }).map((h) => h.entity)).toContain(entity);
      }),
      { numRuns: RUNS * 4 },
    );
  });
});
