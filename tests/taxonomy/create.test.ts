import { describe, expect, it } from 'vitest';
import { createTaxonomy, extendTaxonomy, Taxonomy, TaxonomyValidationError, validateTaxonomy } from '../../src/index.js';
import { fixture } from '../helpers.js';

const deepFreeze = <T>(v: T): T => {
  if (v && typeof v === 'object') {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
};

describe('createTaxonomy', () => {
  it('returns a frozen Taxonomy whose lists and entities cannot be changed', () => {
    const t = createTaxonomy(fixture('acme.json'));
    expect(t).toBeInstanceOf(Taxonomy);
    expect(t.version).toBe('1.2.0');
    expect(t.schemaVersion).toBe(1);
    expect(Object.isFrozen(t.skills)).toBe(true);
    expect(Object.isFrozen(t.skills[0])).toBe(true);
    expect(Object.isFrozen(t.skills[0]!.expectations![0]!.behaviours)).toBe(true);
    expect(() => (t.skills as unknown[]).push({})).toThrow(TypeError);
  });

  it('never mutates its input, and later changes to the input do not leak in', () => {
    const input = deepFreeze(fixture('acme.json'));
    const t = createTaxonomy(input);
    expect(t.getSkill('maths').name).toBe('Maths');
    const unfrozen = fixture('acme.json');
    const t2 = createTaxonomy(unfrozen);
    unfrozen.skills[0].name = 'Changed';
    expect(t2.getSkill('maths').name).toBe('Maths');
  });

  it('gives every entity its kind, and sorts the ladder by rank', () => {
    const doc = fixture('acme.json');
    doc.careerLevels.reverse();
    const t = createTaxonomy(doc);
    expect(t.careerLevels.map((l) => l.id)).toEqual(['junior', 'senior', 'lead']);
    expect([...t.entities()].every((e) => typeof e.kind === 'string')).toBe(true);
    expect(t.get('torch')?.kind).toBe('tool');
    expect(t.get('nope')).toBeUndefined();
  });

  it('throws TaxonomyValidationError listing path: message lines', () => {
    const doc = fixture('acme.json');
    doc.skills[2].prerequisites[0] = 'math';
    doc.tools[0].category = 'langs';
    try {
      createTaxonomy(doc);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TaxonomyValidationError);
      const e = error as TaxonomyValidationError;
      expect(e.issues.map((i) => i.path)).toEqual(['/skills/2/prerequisites/0', '/tools/0/category']);
      expect(e.message).toContain("/skills/2/prerequisites/0: unknown skill 'math'; did you mean 'maths'?");
      expect(e.message).toContain('/tools/0/category: unknown toolCategory');
    }
  });

  it('round-trips through toJSON: plain data that validates again and deep-equals the input', () => {
    const doc = fixture('acme.json');
    const t = createTaxonomy(doc);
    const json = t.toJSON();
    expect(validateTaxonomy(json).ok).toBe(true);
    expect(Object.isFrozen(json)).toBe(false);
    const { $schema: _, ...rest } = doc;
    const withoutKinds = JSON.parse(JSON.stringify(json, (k, v) => (k === 'kind' ? undefined : v)));
    expect(withoutKinds).toEqual(rest);
  });

  it('resolves names and aliases ignoring case, spacing and punctuation', () => {
    const t = createTaxonomy(fixture('acme.json'));
    expect(t.resolve('PYTHON 3')?.id).toBe('py');
    expect(t.resolve('Pyhton')).toBeUndefined();
    expect(t.resolve('Python3')?.id).toBe('py');
    expect(t.resolve('  model-Training ')?.id).toBe('training');
    expect(t.lookup('programming')).toMatchObject({ matchedBy: 'alias', replaced: [] });
    expect(t.lookup('coding')).toMatchObject({ matchedBy: 'id' });
  });

  it('follows replacedBy from deprecated ids and says so', () => {
    const doc = fixture('acme.json');
    doc.tools[2].deprecated = { since: '1.2.0', replacedBy: 'torch', reason: 'unmaintained' };
    const t = createTaxonomy(doc);
    expect(t.get('theano')?.id).toBe('torch');
    expect(t.lookup('Theano')).toMatchObject({ entity: { id: 'torch' }, matchedBy: 'name', replaced: ['theano'] });
  });
});

describe('extendTaxonomy', () => {
  const base = createTaxonomy(fixture('acme.json'));

  it('adds entities and validates the result without touching either input', () => {
    const overlay = deepFreeze({ version: '1.3.0', tools: [{ id: 'jax', name: 'JAX', description: 'Arrays.', category: 'frameworks' }] });
    const t = extendTaxonomy(base, overlay);
    expect(t.getTool('jax').kind).toBe('tool');
    expect(t.version).toBe('1.3.0');
    expect(base.get('jax')).toBeUndefined();
  });

  it('rejects a colliding id unless override is set', () => {
    const overlay = { tools: [{ id: 'torch', name: 'Torch 2', description: 'New.', category: 'frameworks' }] };
    expect(() => extendTaxonomy(base, overlay)).toThrow(/overlay: 'torch' already exists in the base taxonomy; pass \{ override: true \}/);
    try {
      extendTaxonomy(base, overlay);
    } catch (e) {
      expect((e as TaxonomyValidationError).issues[0]).toMatchObject({ code: 'override-required', path: '/tools/0/id' });
    }
    expect(extendTaxonomy(base, overlay, { override: true }).getTool('torch').name).toBe('Torch 2');
  });

  it('points issues in overlay entities into the overlay', () => {
    const overlay = { skills: [{ id: 'new-skill', name: 'New', description: 'd', category: 'foundationz', type: 'skill' as const }] };
    try {
      extendTaxonomy(base, overlay);
      expect.unreachable();
    } catch (e) {
      expect((e as TaxonomyValidationError).issues.map((i) => i.path)).toEqual(['/skills/0/category']);
    }
  });

  it('deprecates base entries, and get follows the replacement', () => {
    const t = extendTaxonomy(base, {}, { deprecate: { theano: { replacedBy: 'torch', reason: 'superseded' } } });
    expect(t.get('theano')?.id).toBe('torch');
    expect(t.tools.find((x) => x.id === 'theano')?.deprecated).toEqual({ since: '1.2.0', replacedBy: 'torch', reason: 'superseded' });
  });

  it('refuses what is not a Taxonomy or an object, naming the parameter', () => {
    expect(() => extendTaxonomy({} as never, {})).toThrow(/extendTaxonomy: base must be a Taxonomy/);
    expect(() => extendTaxonomy(base, null as never)).toThrow(/extendTaxonomy: overlay must be an object, got null/);
  });
});
