import { describe, expect, it } from 'vitest';
import { validateTaxonomy, type ValidationIssue } from '../../src/index.js';
import { fixture } from '../helpers.js';

const errorsOf = (input: unknown): ValidationIssue[] => {
  const r = validateTaxonomy(input);
  return r.ok ? [] : r.issues.filter((i) => i.severity === 'error');
};
const at = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.code, i.path]);

describe('validateTaxonomy: valid documents', () => {
  it('accepts the hand-made custom taxonomy with no issues', () => {
    const r = validateTaxonomy(fixture('acme.json'));
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('accepts a minimal document', () => {
    expect(validateTaxonomy({ id: 'x', name: 'X', version: '0.0.1', schemaVersion: 1 }).ok).toBe(true);
  });

  it('returns the input itself, unmodified', () => {
    const doc = fixture('acme.json');
    const before = JSON.stringify(doc);
    const r = validateTaxonomy(doc);
    expect(r.ok && r.taxonomy).toBe(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('validateTaxonomy: structure', () => {
  it.each([null, 1, 'text', [], true, undefined])('rejects %s as a document', (input) => {
    const issues = errorsOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'wrong-type', path: '' });
  });

  it('reports a missing required field at the entity', () => {
    const doc = fixture('acme.json');
    delete doc.skills[1].category;
    expect(at(errorsOf(doc))).toEqual([['missing-field', '/skills/1']]);
    expect(errorsOf(doc)[0]!.message).toContain('"category"');
  });

  it('reports an unknown field with a suggestion', () => {
    const doc = fixture('acme.json');
    doc.skills[2].prerequisite = doc.skills[2].prerequisites;
    const [issue] = errorsOf(doc);
    expect(issue).toMatchObject({ code: 'unknown-field', path: '/skills/2/prerequisite' });
    expect(issue!.message).toContain("did you mean 'prerequisites'");
  });

  it('reports a bad enum value with the valid ones', () => {
    const doc = fixture('acme.json');
    doc.skills[0].type = 'knowlege';
    const [issue] = errorsOf(doc);
    expect(issue).toMatchObject({ code: 'invalid-value', path: '/skills/0/type' });
    expect(issue!.message).toContain("did you mean 'knowledge'");
  });

  it('reports an id that is not kebab-case', () => {
    const doc = fixture('acme.json');
    doc.tools[0].id = 'Py Thon';
    expect(at(errorsOf(doc))).toContainEqual(['invalid-value', '/tools/0/id']);
  });

  it('escapes pointer segments (RFC 6901)', () => {
    const doc = fixture('acme.json');
    doc['a/b~c'] = 1;
    expect(at(errorsOf(doc))).toEqual([['unknown-field', '/a~1b~0c']]);
  });

  it('collects every structural issue, not just the first', () => {
    const doc = fixture('acme.json');
    delete doc.skills[0].name;
    doc.tools[1].homepage = 'not a url';
    doc.careerLevels[0].rank = 'one';
    expect(at(errorsOf(doc))).toEqual(
      expect.arrayContaining([
        ['missing-field', '/skills/0'],
        ['invalid-value', '/tools/1/homepage'],
        ['wrong-type', '/careerLevels/0/rank'],
      ]),
    );
  });
});

describe('validateTaxonomy: rules across records', () => {
  it('reports duplicate ids across kinds', () => {
    const doc = fixture('acme.json');
    doc.tools[1].id = 'coding';
    const [issue] = errorsOf(doc).filter((i) => i.code === 'duplicate-id');
    expect(issue).toMatchObject({ path: '/tools/1/id' });
    expect(issue!.message).toContain('/skills/1');
  });

  it('reports a reference that does not resolve, with the closest ids', () => {
    const doc = fixture('acme.json');
    doc.skills[2].prerequisites[0] = 'math';
    const [issue] = errorsOf(doc);
    expect(issue).toMatchObject({ code: 'unknown-reference', path: '/skills/2/prerequisites/0' });
    expect(issue!.message).toContain("did you mean 'maths'");
  });

  it('reports a reference to the wrong kind', () => {
    const doc = fixture('acme.json');
    doc.skills[1].tools[0] = 'maths';
    expect(at(errorsOf(doc))).toEqual([['wrong-kind-reference', '/skills/1/tools/0']]);
  });

  it('checks references inside lists of objects', () => {
    const doc = fixture('acme.json');
    doc.roles[0].skills[1].skill = 'trainingg';
    doc.skills[0].expectations[0].proficiency = 'junior';
    expect(at(errorsOf(doc))).toEqual([
      ['wrong-kind-reference', '/skills/0/expectations/0/proficiency'],
      ['unknown-reference', '/roles/0/skills/1/skill'],
    ]);
  });

  it('reports expectations that name unknown levels', () => {
    const doc = fixture('acme.json');
    doc.skills[0].expectations[1].level = 'seniour';
    const [issue] = errorsOf(doc);
    expect(issue).toMatchObject({ code: 'unknown-reference', path: '/skills/0/expectations/1/level' });
    expect(issue!.message).toContain("did you mean 'senior'");
  });

  it('names a prerequisite cycle in full', () => {
    const doc = fixture('acme.json');
    doc.skills[0].prerequisites = ['vision-models'];
    const issues = errorsOf(doc);
    expect(at(issues)).toEqual([['prerequisite-cycle', '/skills/2/prerequisites/0']]);
    expect(issues[0]!.message).toBe('prerequisite cycle: maths -> vision-models -> training -> maths');
  });

  it('reports a self-prerequisite and a cycle through a domain', () => {
    const doc = fixture('acme.json');
    doc.skills[1].prerequisites = ['coding'];
    doc.domains[0].prerequisites.push('driving');
    const issues = errorsOf(doc);
    expect(issues.map((i) => i.message)).toEqual(['prerequisite cycle: coding -> coding', 'prerequisite cycle: vision -> driving -> vision']);
  });

  it('reports category parent cycles', () => {
    const doc = fixture('acme.json');
    doc.skillCategories[0].parent = 'modelling';
    expect(errorsOf(doc).map((i) => i.code)).toEqual(['category-cycle']);
  });

  it('reports an alias claimed by two entities, comparing as resolve does', () => {
    const doc = fixture('acme.json');
    doc.tools[1].aliases.push('Program-ming');
    const [issue] = errorsOf(doc);
    expect(issue).toMatchObject({ code: 'duplicate-alias', path: '/tools/1/aliases/1' });
    expect(issue!.message).toContain("skill 'coding'");
  });

  it('reports ranks that are not a strict order', () => {
    const doc = fixture('acme.json');
    doc.careerLevels[2].rank = 2;
    doc.proficiencyLevels[0].rank = 3;
    expect(at(errorsOf(doc))).toEqual([
      ['rank-order', '/careerLevels/2/rank'],
      ['rank-order', '/proficiencyLevels/2/rank'],
    ]);
  });

  it('reports a level with two expectations', () => {
    const doc = fixture('acme.json');
    doc.skills[0].expectations[2].level = 'junior';
    expect(at(errorsOf(doc))).toContainEqual(['duplicate-expectation', '/skills/0/expectations/2/level']);
  });

  it('reports a replacedBy that does not exist, or is of another kind', () => {
    const doc = fixture('acme.json');
    doc.tools[2].deprecated = { since: '1.1.0', replacedBy: 'torchh' };
    doc.skills[3].deprecated = { since: '1.1.0', replacedBy: 'torch' };
    expect(at(errorsOf(doc))).toEqual([
      ['wrong-kind-reference', '/skills/3/deprecated/replacedBy'],
      ['unknown-replacement', '/tools/2/deprecated/replacedBy'],
    ]);
  });

  it('gives warnings that leave ok true', () => {
    const doc = fixture('acme.json');
    doc.skills[1].expectations[2].proficiency = 'basic'; // falls from deep at senior
    doc.tools[1].skills.push('training'); // listed twice
    doc.skills[3].deprecated = { since: '1.1.0' }; // still referenced by the vision domain
    const r = validateTaxonomy(doc);
    expect(r.ok).toBe(true);
    expect(r.ok && at(r.warnings)).toEqual([
      ['duplicate-reference', '/tools/1/skills/1'],
      ['deprecated-reference', '/domains/0/tasks/0'],
      ['expectation-decreases', '/skills/1/expectations/2/proficiency'],
    ]);
  });
});

describe('validateTaxonomy: untrusted input', () => {
  it('treats __proto__, constructor and prototype keys as plain unknown fields', () => {
    const doc = JSON.parse('{"id":"x","name":"X","version":"1.0.0","schemaVersion":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    const r = validateTaxonomy(doc);
    expect(r.ok).toBe(false);
    expect(!r.ok && at(r.issues)).toEqual([
      ['unknown-field', '/__proto__'],
      ['unknown-field', '/constructor'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('does not throw on throwing getters', () => {
    const doc = { id: 'x', name: 'X', version: '1.0.0', schemaVersion: 1, get skills(): never { throw new Error('boom'); } };
    const r = validateTaxonomy(doc);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'invalid-document', path: '' });
  });

  it('handles a 100,000-long prerequisite chain and a cycle through it without overflowing the stack', () => {
    const n = 100_000;
    const skills = Array.from({ length: n }, (_, i) => ({
      id: `s${i}`, name: `S${i}`, description: 'd', category: 'c', type: 'skill', prerequisites: i > 0 ? [`s${i - 1}`] : ['s99999'],
    }));
    const doc = { id: 'x', name: 'X', version: '1.0.0', schemaVersion: 1, skillCategories: [{ id: 'c', name: 'C', description: 'd' }], skills };
    const issues = errorsOf(doc);
    expect(issues.map((i) => i.code)).toEqual(['prerequisite-cycle']);
    skills[0]!.prerequisites = [];
    expect(validateTaxonomy(doc).ok).toBe(true);
  });

  it('caps the number of issues reported for a hostile document', () => {
    const skills = Array.from({ length: 5000 }, () => ({ id: 'BAD ID' }));
    const r = validateTaxonomy({ id: 'x', name: 'X', version: '1.0.0', schemaVersion: 1, skills });
    expect(!r.ok && r.issues.length).toBe(1001);
    expect(!r.ok && r.issues.at(-1)!.code).toBe('too-many-issues');
  });
});
