import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTaxonomy, taxonomy } from '../../src/index.js';
import { diffTaxonomies } from '../../src/interop/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { fixture } from '../helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hand-made modified copies reach into the document
type Doc = any;
const acme = (): Doc => fixture('acme.json');
const modified = (change: (doc: Doc) => void): Doc => {
  const doc = acme();
  change(doc);
  return doc;
};

describe('diffTaxonomies on hand-made pairs', () => {
  it('finds nothing between a document and itself, or its Taxonomy object', () => {
    const d = diffTaxonomies(acme(), acme());
    expect(d).toEqual({ added: [], removed: [], deprecated: [], changed: [], metadata: [], bump: 'none', reasons: [] });
    // The Taxonomy object adds `kind` to every entity and drops $schema: still no difference.
    expect(diffTaxonomies(createTaxonomy(acme()), acme()).bump).toBe('none');
    expect(diffTaxonomies(taxonomy, taxonomy.toJSON()).bump).toBe('none');
  });

  it('a new entity is minor', () => {
    const d = diffTaxonomies(acme(), modified((doc) => doc.tools.push({ id: 'jax', name: 'JAX', description: 'A framework.', category: 'frameworks' })));
    expect(d).toMatchObject({ added: ['jax'], removed: [], changed: [], bump: 'minor' });
    expect(d.reasons).toEqual(["tool 'jax' added"]);
  });

  it('a removed id is major, whatever else changed', () => {
    const d = diffTaxonomies(
      acme(),
      modified((doc) => {
        doc.tools = doc.tools.filter((t: { id: string }) => t.id !== 'theano');
        doc.tools.push({ id: 'jax', name: 'JAX', description: 'A framework.', category: 'frameworks' });
      }),
    );
    expect(d).toMatchObject({ added: ['jax'], removed: ['theano'], bump: 'major' });
    expect(d.reasons[0]).toMatch(/tool 'theano' removed/);
  });

  it('a deprecation with replacedBy is minor and listed as deprecated, not as a change', () => {
    const d = diffTaxonomies(acme(), modified((doc) => (doc.tools[2].deprecated = { since: '1.3.0', replacedBy: 'torch' })));
    expect(d).toMatchObject({ deprecated: ['theano'], changed: [], removed: [], bump: 'minor' });
  });

  it('wording and source fixes are patches', () => {
    const wording = diffTaxonomies(acme(), modified((doc) => (doc.skills[0].description = 'Linear algebra, calculus and probability.')));
    expect(wording.changed).toEqual([{ id: 'maths', kind: 'skill', fields: ['description'], bump: 'patch' }]);
    expect(wording.bump).toBe('patch');
    const sources = diffTaxonomies(acme(), modified((doc) => (doc.tools[0].sources = [{ title: 'Python docs', url: 'https://docs.python.org/' }])));
    expect(sources.changed).toEqual([{ id: 'py', kind: 'tool', fields: ['sources'], bump: 'patch' }]);
    const reordered = diffTaxonomies(acme(), modified((doc) => doc.skills[2].prerequisites.reverse()));
    expect(reordered.bump).toBe('patch');
  });

  it('a new optional field is minor; a removed one is major', () => {
    const added = diffTaxonomies(acme(), modified((doc) => (doc.tools[1].homepage = 'https://pytorch.org/')));
    expect(added.changed).toEqual([{ id: 'torch', kind: 'tool', fields: ['homepage'], bump: 'minor' }]);
    expect(added.bump).toBe('minor');
    const removed = diffTaxonomies(acme(), modified((doc) => delete doc.tools[0].homepage));
    expect(removed.changed).toEqual([{ id: 'py', kind: 'tool', fields: ['homepage'], bump: 'major' }]);
    expect(removed.reasons).toEqual(["tool 'py': field 'homepage' removed"]);
    // Nested objects are compared field by field.
    const nested = diffTaxonomies(acme(), modified((doc) => delete doc.careerLevels[0].typicalYears.max));
    expect(nested.changed).toEqual([{ id: 'junior', kind: 'careerLevel', fields: ['typicalYears.max'], bump: 'major' }]);
  });

  it('a retyped field is major (documents need not be valid)', () => {
    const d = diffTaxonomies(acme(), modified((doc) => (doc.tools[0].homepage = ['https://www.python.org/'])));
    expect(d.bump).toBe('major');
    expect(d.reasons).toEqual(["tool 'py': field 'homepage' changed type (string → array)"]);
  });

  it('an id that changes kind is major and reported as such', () => {
    const d = diffTaxonomies(
      acme(),
      modified((doc) => {
        const [theano] = doc.tools.splice(2, 1);
        doc.skills.push({ id: theano.id, name: 'Theano skills', description: 'Using Theano.', category: 'modelling', type: 'skill' });
      }),
    );
    expect(d.changed).toEqual([{ id: 'theano', kind: 'skill', fields: ['kind'], bump: 'major' }]);
    expect(d.removed).toEqual([]);
  });

  it('compares metadata: a new name is a patch, a new schemaVersion or id is major, the version is ignored', () => {
    expect(diffTaxonomies(acme(), modified((doc) => (doc.version = '9.9.9'))).bump).toBe('none');
    expect(diffTaxonomies(acme(), modified((doc) => (doc.name = 'Acme ladder')))).toMatchObject({ metadata: ['name'], bump: 'patch' });
    expect(diffTaxonomies(acme(), modified((doc) => (doc.schemaVersion = 2)))).toMatchObject({ metadata: ['schemaVersion'], bump: 'major' });
  });

  it('keeps the biggest bump and explains it', () => {
    const d = diffTaxonomies(
      acme(),
      modified((doc) => {
        doc.skills[0].name = 'Mathematics basics';
        doc.tools.push({ id: 'jax', name: 'JAX', description: 'A framework.', category: 'frameworks' });
      }),
    );
    expect(d.bump).toBe('minor');
    expect(d.reasons).toEqual(["tool 'jax' added"]);
  });

  it('caps the reasons of a large change', () => {
    const d = diffTaxonomies(acme(), modified((doc) => {
      for (let i = 0; i < 30; i++) doc.tools.push({ id: `t${i}`, name: `T${i}`, description: 'x', category: 'frameworks' });
    }));
    expect(d.reasons).toHaveLength(21);
    expect(d.reasons.at(-1)).toBe('… and 10 more minor changes');
  });

  it('never modifies its inputs and returns fresh arrays', () => {
    const a = deepFreeze(acme());
    const b = deepFreeze(modified((doc) => doc.tools.pop()));
    const d = diffTaxonomies(a, b);
    expect(d.removed).toEqual(['theano']);
    (d.removed as string[]).push('x');
    expect(diffTaxonomies(a, b).removed).toEqual(['theano']);
  });

  it('rejects what is not a taxonomy, naming the parameter', () => {
    expect(() => diffTaxonomies(null as never, acme())).toThrow(new TypeError('diffTaxonomies: a must be a Taxonomy or a taxonomy document, got null'));
    expect(() => diffTaxonomies(acme(), { skills: 'x' })).toThrow(/^diffTaxonomies: b\.skills must be an array, got 'x'$/);
    expect(() => diffTaxonomies(acme(), { tools: [{ name: 'x' }] })).toThrow(/b\.tools\[0\]\.id must be a string/);
  });
});

describe('diffTaxonomies properties', () => {
  const lists = ['skills', 'tools', 'domains', 'roles'] as const;
  const mutation = fc.record({
    list: fc.constantFrom(...lists),
    index: fc.nat(),
    op: fc.constantFrom('remove', 'add', 'describe', 'deprecate', 'drop-aliases'),
    text: fc.string({ minLength: 1, maxLength: 40 }),
  });
  const apply = (doc: Doc, m: { list: string; index: number; op: string; text: string }): void => {
    const list = doc[m.list] as Doc[];
    if (list.length === 0) return;
    const e = list[m.index % list.length];
    if (m.op === 'remove') list.splice(m.index % list.length, 1);
    else if (m.op === 'add') list.push({ ...e, id: `new-${m.index}-${list.length}` });
    else if (m.op === 'describe') e.description = m.text;
    else if (m.op === 'deprecate') e.deprecated = { since: '2.0.0' };
    else delete e.aliases;
  };

  it('is empty for equal inputs, symmetric in added/removed, and never smaller than any single change', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 6 }), (mutations) => {
        const b = modified((doc) => mutations.forEach((m) => apply(doc, m)));
        const ab = diffTaxonomies(acme(), b);
        const ba = diffTaxonomies(b, acme());
        expect(diffTaxonomies(b, b).bump).toBe('none');
        expect([...ba.removed].sort()).toEqual([...ab.added].sort());
        expect([...ba.added].sort()).toEqual([...ab.removed].sort());
        if (ab.removed.length > 0) expect(ab.bump).toBe('major');
        if (ab.added.length > 0 || ab.deprecated.length > 0) expect(['minor', 'major']).toContain(ab.bump);
        expect(ab.bump === 'none').toBe(ab.added.length + ab.removed.length + ab.changed.length + ab.deprecated.length === 0);
      }),
      { numRuns: 300 },
    );
  });
});
