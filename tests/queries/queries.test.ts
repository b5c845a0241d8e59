import { describe, expect, it } from 'vitest';
import { createTaxonomy, extendTaxonomy } from '../../src/index.js';
import { fixture } from '../helpers.js';

const t = createTaxonomy(fixture('acme.json'));
const ids = (xs: readonly { entity?: { id: string }; skill?: { id: string }; id?: string }[]) =>
  xs.map((x) => x.entity?.id ?? x.skill?.id ?? x.id);

describe('skillsByLevel', () => {
  it('lists the skills a level expects, deepest proficiency first, with behaviours', () => {
    const senior = t.skillsByLevel('senior');
    expect(senior.map((x) => [x.skill.id, x.proficiency.id])).toEqual([
      ['coding', 'deep'],
      ['maths', 'solid'],
      ['training', 'solid'],
    ]);
    expect(senior[0]!.behaviours).toEqual(['Designs modules others reuse']);
  });

  it('keeps only what is new or raised with onlyNew', () => {
    expect(ids(t.skillsByLevel('senior', { onlyNew: true }))).toEqual(['coding', 'training']);
    expect(t.skillsByLevel('senior', { onlyNew: true })[0]!.previous?.id).toBe('basic');
    expect(ids(t.skillsByLevel('junior', { onlyNew: true }))).toEqual(['maths', 'coding']);
  });

  it('filters by role, category (with sub-categories) and minimum proficiency', () => {
    expect(ids(t.skillsByLevel('lead', { category: 'modelling' }))).toEqual(['training']);
    expect(ids(t.skillsByLevel('lead', { category: 'foundations' })).sort()).toEqual(['coding', 'maths', 'training']);
    expect(ids(t.skillsByLevel('lead', { minProficiency: 'deep' }))).toEqual(['coding', 'training']);
    expect(ids(t.skillsByLevel('junior', { role: 'ml-eng' }))).toEqual(['maths', 'coding']);
  });

  it('names the parameter, the bad value and the closest valid ones', () => {
    expect(() => t.skillsByLevel('seniour')).toThrow("skillsByLevel: unknown career level 'seniour' for level; did you mean 'senior'? (valid: junior, senior, lead)");
    expect(() => t.skillsByLevel('senior', { role: 'ml-engg' })).toThrow(/unknown role 'ml-engg' for options.role; did you mean 'ml-eng'/);
    expect(() => t.skillsByLevel('senior', { minProficiency: 'solid ' })).toThrow(RangeError);
    expect(() => t.skillsByLevel('maths')).toThrow(/unknown career level 'maths'.*\('maths' is a skill\)/);
    expect(() => t.skillsByLevel(3 as never)).toThrow(TypeError);
    expect(() => t.skillsByLevel('senior', { onlyNew: 'yes' as never })).toThrow(/options.onlyNew must be true or false/);
  });
});

describe('toolsByCategory', () => {
  it('lists a category in document order, filtered by lifecycle, or by name', () => {
    expect(ids(t.toolsByCategory('frameworks'))).toEqual(['torch', 'theano']);
    expect(ids(t.toolsByCategory('frameworks', { lifecycle: 'legacy' }))).toEqual(['theano']);
    expect(ids(t.toolsByCategory('frameworks', { sort: 'name' }))).toEqual(['torch', 'theano']);
    expect(() => t.toolsByCategory('frameworks', { lifecycle: 'old' as never })).toThrow(/unknown lifecycle 'old'.*valid: emerging, active, legacy/);
    expect(() => t.toolsByCategory('framework')).toThrow(/did you mean 'frameworks'/);
  });
});

describe('prerequisites', () => {
  it('orders a domain\'s prerequisites foundations first, with depth and via', () => {
    const steps = t.domainPrerequisites('driving');
    expect(steps.map((s) => [s.entity.id, s.depth, s.via])).toEqual([
      ['coding', 3, ['driving', 'vision', 'training']],
      ['maths', 1, ['driving']],
      ['training', 2, ['driving', 'vision']],
      ['vision', 1, ['driving']],
    ]);
  });

  it('gives direct prerequisites only when transitive is false', () => {
    expect(ids(t.domainPrerequisites('driving', { transitive: false }))).toEqual(['maths', 'vision']);
    expect(ids(t.prerequisitesOf('training', { transitive: false }))).toEqual(['coding', 'maths']);
  });

  it('lists dependents', () => {
    expect(ids(t.dependentsOf('training'))).toEqual(['vision-models', 'vision']);
    expect(() => t.dependentsOf('torch')).toThrow(/unknown skill or domain 'torch'.*\('torch' is a tool\)/);
  });

  it('gives a deprecated dependent as its replacement, as get does', () => {
    const doc = fixture('acme.json') as { skills: { id: string; deprecated?: unknown }[] };
    const old = doc.skills.find((s) => s.id === 'vision-models')!;
    old.deprecated = { since: '1.0.0', reason: 'merged', replacedBy: 'maths' };
    expect(ids(createTaxonomy(doc).dependentsOf('training'))).toEqual(['maths', 'vision']);
  });

  it('learningPath skips what is known and what it builds on, and ends with the targets', () => {
    expect(t.learningPath(['driving'], { known: ['training'] }).map((s) => [s.entity.id, s.depth])).toEqual([
      ['vision', 1],
      ['driving', 0],
    ]);
    expect(ids(t.learningPath(['Vision models', 'Maths']))).toEqual(['coding', 'maths', 'training', 'vision-models']);
    expect(() => t.learningPath(['nothing'])).toThrow(/learningPath: unknown skill or domain 'nothing' for targets\[0\]/);
  });
});

describe('gapAnalysis', () => {
  it('splits a profile into missing, below, met, exceeds and additional, with coverage', () => {
    const r = t.gapAnalysis(['mathematics', { skill: 'coding', proficiency: 'solid' }, 'Vision models', 'Cooking'], { level: 'senior' });
    expect(ids(r.missing)).toEqual(['training']);
    expect(ids(r.below)).toEqual(['coding']);
    expect(ids(r.met)).toEqual(['maths']);
    expect(r.exceeds).toEqual([]);
    expect(ids(r.additional)).toEqual(['vision-models']);
    expect(r.unrecognised).toEqual(['Cooking']);
    expect(r.coverage).toBeCloseTo(1 / 3);
  });

  it('counts exceeding skills as covered and respects the role', () => {
    const r = t.gapAnalysis([{ skill: 'maths', proficiency: 'deep' }], { level: 'junior', role: 'ml-eng' });
    expect(ids(r.exceeds)).toEqual(['maths']);
    expect(r.coverage).toBe(0.5);
    expect(() => t.gapAnalysis('maths' as never, { level: 'junior' })).toThrow(/gapAnalysis: profile must be an array/);
    expect(() => t.gapAnalysis([{ skill: 'maths', proficiency: 'guru' }], { level: 'junior' })).toThrow(/unknown proficiency level 'guru' for profile\[0\].proficiency/);
  });
});

describe('search', () => {
  it('ranks names before aliases before descriptions, and tolerates typos', () => {
    expect(t.search('torch').map((h) => [h.entity.id, h.matchedOn])).toEqual([
      ['torch', 'id'],
    ]);
    expect(t.search('pytroch')[0]).toMatchObject({ entity: { id: 'torch' }, matchedOn: 'name' });
    expect(t.search('programming')[0]).toMatchObject({ entity: { id: 'coding' }, matchedOn: 'alias' });
    expect(t.search('handwritten')[0]).toMatchObject({ entity: { id: 'digits' }, matchedOn: 'description' });
    expect(t.search('vision', { kinds: ['domain'] }).map((h) => h.entity.id)).toEqual(['vision']);
    expect(t.search('vision', { limit: 1 })).toHaveLength(1);
    expect(t.search('')).toEqual([]);
    expect(() => t.search('x', { kinds: ['skil' as never] })).toThrow(/did you mean 'skill'/);
  });
});

describe('queries on an extended taxonomy', () => {
  it('see the overlay', () => {
    const ext = extendTaxonomy(t, {
      skills: [{ id: 'mlops', name: 'MLOps', description: 'Running models.', category: 'modelling', type: 'skill', prerequisites: ['training'], expectations: [{ level: 'lead', proficiency: 'solid' }] }],
    });
    expect(ids(ext.skillsByLevel('lead', { category: 'modelling' }))).toEqual(['training', 'mlops']);
    expect(ids(ext.dependentsOf('training'))).toContain('mlops');
  });
});
