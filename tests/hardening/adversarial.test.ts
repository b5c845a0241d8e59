// Adversarial input: prototype-pollution payloads everywhere a caller hands us an object, ids and names that are
// the names of Object.prototype's members, cycles, 100,000-deep chains and nestings, and 20 MB documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTaxonomy,
  domainPrerequisites,
  extendTaxonomy,
  gapAnalysis,
  generateJobDescription,
  get,
  JOB_DESCRIPTION_FORMATS,
  learningPath,
  prerequisitesOf,
  renderJobDescription,
  resolve,
  search,
  skillsByLevel,
  taxonomy,
  TaxonomyValidationError,
  toJobPosting,
  toolsByCategory,
  validateTaxonomy,
} from '../../src/index.js';
import { fixture } from '../helpers.js';
import { expectOwnError, thrown } from './support.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile inputs are built freely
type Any = any;
const x = <V>(value: V): never => value as never;

const PAYLOADS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
];
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const shapeOfPrototypes = (): string[] => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join());

/** A JSON copy of `value` with the payload's keys (own "__proto__" included) added to the object at `path`. */
function poisoned<T>(value: T, payload: string, path: readonly (string | number)[] = []): T {
  const copy = JSON.parse(JSON.stringify(value)) as Any;
  const extra = JSON.parse(payload) as Record<string, unknown>;
  const target = path.reduce((o: Any, k) => o[k], copy);
  for (const key of Object.keys(extra)) Object.defineProperty(target, key, { value: extra[key], enumerable: true, writable: true, configurable: true });
  return copy as T;
}

describe('prototype pollution', () => {
  let before: string[];
  beforeAll(() => {
    before = shapeOfPrototypes();
  });
  afterAll(() => {
    // Checked once more after everything in this block ran.
    expect(shapeOfPrototypes()).toEqual(before);
  });

  const acme = fixture('acme.json');
  const custom = createTaxonomy(acme);
  const jd = JSON.parse(renderJobDescription(generateJobDescription({ level: 'senior', company: 'Acme', location: { country: 'DE' } }), 'json')) as Any;
  const overlay = { tools: [{ id: 'acme-trainer', name: 'Acme Trainer', description: 'Ours.', category: 'frameworks' }] };

  // [function name, call with the poisoned value]
  const calls = (p: string): [string, () => unknown][] => [
    ['validateTaxonomy', () => validateTaxonomy(poisoned(acme, p))],
    ['validateTaxonomy', () => validateTaxonomy(poisoned(acme, p, ['skills', 2]))],
    ['validateTaxonomy', () => validateTaxonomy(poisoned(acme, p, ['skills', 2, 'expectations', 0]))],
    ['validateTaxonomy', () => validateTaxonomy(poisoned(acme, p, ['careerLevels', 0]))],
    ['createTaxonomy', () => createTaxonomy(poisoned(acme, p))],
    ['createTaxonomy', () => createTaxonomy(poisoned(acme, p, ['tools', 0]))],
    ['extendTaxonomy', () => extendTaxonomy(custom, poisoned(overlay, p))],
    ['extendTaxonomy', () => extendTaxonomy(custom, poisoned(overlay, p, ['tools', 0]))],
    ['extendTaxonomy', () => extendTaxonomy(custom, overlay, poisoned({ override: true }, p))],
    ['extendTaxonomy', () => extendTaxonomy(custom, {}, { deprecate: poisoned({ torch: { reason: 'x' } }, p) })],
    ['extendTaxonomy', () => extendTaxonomy(custom, {}, { deprecate: poisoned({ torch: { reason: 'x' } }, p, ['torch']) })],
    ['skillsByLevel', () => skillsByLevel('senior', poisoned({ onlyNew: true }, p))],
    ['toolsByCategory', () => toolsByCategory('experiment-tracking-tools', poisoned({ sort: 'name' }, p))],
    ['domainPrerequisites', () => domainPrerequisites('speech-recognition', poisoned({}, p))],
    ['prerequisitesOf', () => prerequisitesOf('backpropagation', poisoned({ transitive: false }, p))],
    ['learningPath', () => learningPath(['speech-recognition'], poisoned({ known: ['linear-algebra'] }, p))],
    ['gapAnalysis', () => gapAnalysis(['algorithms'], poisoned({ level: 'senior' }, p))],
    ['gapAnalysis', () => gapAnalysis([poisoned({ skill: 'algorithms', proficiency: 'expert' }, p)], { level: 'senior' })],
    ['search', () => search('pytorch', poisoned({ limit: 3 }, p))],
    ['generateJobDescription', () => generateJobDescription(poisoned({ level: 'senior' }, p))],
    ['generateJobDescription', () => generateJobDescription(poisoned({ counts: { required: 2 } }, p, ['counts']))],
    ['generateJobDescription', () => generateJobDescription(poisoned({ company: { name: 'Acme' } }, p, ['company']))],
    ['generateJobDescription', () => generateJobDescription(poisoned({ location: { country: 'DE' } }, p, ['location']))],
    ['generateJobDescription', () => generateJobDescription(poisoned({ salary: { currency: 'EUR', value: 1 } }, p, ['salary']))],
    ['generateJobDescription', () => generateJobDescription(poisoned({ remote: { countries: ['DE'] } }, p, ['remote']))],
    ['generateJobDescription', () => generateJobDescription(poisoned({ mustHave: [{ text: 'Kindness' }] }, p, ['mustHave', 0]))],
    ...JOB_DESCRIPTION_FORMATS.map((f): [string, () => unknown] => ['renderJobDescription', () => renderJobDescription(poisoned(jd, p), f)]),
    ['renderJobDescription', () => renderJobDescription(poisoned(jd, p, ['posting']), 'jsonld')],
    ['toJobPosting', () => toJobPosting(poisoned(jd, p, ['posting', 'company']))],
  ];

  it.each(PAYLOADS)('%s reaches no prototype through any public function', (payload) => {
    for (const [fn, call] of calls(payload)) {
      const error = thrown(call);
      expectOwnError(fn, error);
      expect(({} as Record<string, unknown>)['polluted'], fn).toBeUndefined();
      expect(([] as unknown as Record<string, unknown>)['polluted'], fn).toBeUndefined();
    }
    expect(shapeOfPrototypes()).toEqual(before);
  });

  it('rejects the payloads as unknown fields and options, naming them', () => {
    const p = PAYLOADS[0]!;
    const r = validateTaxonomy(poisoned(acme, p, ['skills', 2]));
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([['unknown-field', '/skills/2/__proto__']]);
    expect(thrown(() => skillsByLevel('senior', poisoned({}, p)))).toEqual(new RangeError("skillsByLevel: unknown option '__proto__' in options (valid: role, category, minProficiency, onlyNew)"));
    expect(thrown(() => extendTaxonomy(custom, poisoned(overlay, p)))).toBeInstanceOf(TaxonomyValidationError);
  });

  it('treats the names of Object.prototype members as ordinary names, never as the members', () => {
    for (const name of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      expect(get(x(name))).toBeUndefined();
      expect(resolve(name)).toBeUndefined();
      expect(taxonomy.lookup(name)).toBeUndefined();
      expect(Array.isArray(search(name))).toBe(true);
      expect(thrown(() => skillsByLevel(x(name)))).toBeInstanceOf(RangeError);
    }
    // A valid taxonomy whose ids and names are exactly those words.
    const t = createTaxonomy({
      id: 'constructor',
      name: '__proto__',
      version: '1.0.0',
      schemaVersion: 1,
      careerLevels: [
        { id: 'constructor', name: '__proto__', description: 'd', rank: 0 },
        { id: 'prototype', name: 'toString', description: 'd', rank: 1 },
      ],
      proficiencyLevels: [{ id: 'has-own-property', name: 'valueOf', description: 'd', rank: 0 }],
      skillCategories: [{ id: 'proto', name: 'hasOwnProperty', description: 'd' }],
      skills: [
        { id: 'value-of', name: 'constructor', description: 'd', category: 'proto', type: 'skill', expectations: [{ level: 'constructor', proficiency: 'has-own-property' }] },
        { id: 'to-string', name: 'isPrototypeOf', description: 'd', category: 'proto', type: 'skill', prerequisites: ['value-of'] },
      ],
      roles: [{ id: 'define-getter', name: '__defineGetter__', description: 'd', skills: [{ skill: 'value-of', importance: 'core' }] }],
    });
    expect(t.get('constructor')?.kind).toBe('careerLevel');
    expect(t.resolve('__proto__')?.id).toBe('constructor');
    expect(t.resolve('toString')?.id).toBe('prototype');
    expect(t.resolve('constructor')?.id).toBe('constructor'); // the id wins over the skill named "constructor"
    expect(t.get('hasOwnProperty')).toBeUndefined();
    expect(t.skillsByLevel('constructor').map((e) => e.skill.id)).toEqual(['value-of']);
    expect(t.learningPath(['to-string']).map((s) => s.entity.id)).toEqual(['value-of', 'to-string']);
    expect(t.gapAnalysis(['value-of'], { level: 'constructor' }).coverage).toBe(1);
    expect(t.gapAnalysis(['constructor'], { level: 'constructor' }).unrecognised).toEqual(['constructor']); // a level
    const posting = generateJobDescription({ taxonomy: t, role: 'define-getter', level: 'constructor' });
    for (const f of JOB_DESCRIPTION_FORMATS) expect(renderJobDescription(posting, f)).not.toMatch(/\[object Object\]|function|undefined/);
    expect(shapeOfPrototypes()).toEqual(before);
  });
});

describe('cycles and deep nesting in what callers pass', () => {
  it('answers a document with a cycle, never copying or walking it forever', () => {
    const doc = fixture('acme.json');
    doc.self = doc;
    doc.skills[0].sources = doc.skills;
    expect(validateTaxonomy(doc).ok).toBe(false);
    expect(thrown(() => createTaxonomy(doc))).toBeInstanceOf(TaxonomyValidationError);
    const overlay: Any = { tools: [{ id: 'loop', name: 'Loop', description: 'd', category: 'frameworks' }] };
    overlay.tools[0].sources = [overlay];
    const error = thrown(() => extendTaxonomy(createTaxonomy(fixture('acme.json')), overlay)) as Error;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('extendTaxonomy: overlay must be plain JSON data, but it contains a cycle (at /tools/0/sources/0)');
  });

  it('copies shared (not cyclic) parts of an overlay as often as they appear', () => {
    const source = { title: 'Ours', url: 'https://example.com/' };
    const tool = (id: string) => ({ id, name: id, description: 'd', category: 'frameworks', sources: [source] });
    const t = extendTaxonomy(createTaxonomy(fixture('acme.json')), { tools: [tool('a'), tool('b')] });
    expect(t.getTool('b').sources).toEqual([source]);
  });

  it('handles values nested 100,000 deep without overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const doc = { ...fixture('acme.json'), deep };
    const r = validateTaxonomy(doc);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['unknown-field']);
    expect(thrown(() => createTaxonomy(doc))).toBeInstanceOf(TaxonomyValidationError);
    const overlay = { tools: [{ id: 'deep', name: 'Deep', description: 'd', category: 'frameworks', deep }] };
    expect(thrown(() => extendTaxonomy(createTaxonomy(fixture('acme.json')), overlay))).toBeInstanceOf(TaxonomyValidationError);
    expectOwnError('search', thrown(() => search('x', x({ limit: deep }))));
    expectOwnError('generateJobDescription', thrown(() => generateJobDescription(x({ company: { name: 'Acme', deep } }))));
  });
});

describe('a 100,000-deep prerequisite chain', () => {
  const N = 100_000;
  const doc = {
    id: 'deep',
    name: 'Deep',
    version: '1.0.0',
    schemaVersion: 1,
    skillCategories: [{ id: 'core', name: 'Core', description: 'c' }],
    skills: Array.from({ length: N }, (_, i) => ({
      id: `s${i}`,
      name: `Skill ${i}`,
      description: 'd',
      category: 'core',
      type: 'skill' as const,
      ...(i > 0 ? { prerequisites: [`s${i - 1}`] } : {}),
    })),
    domains: [{ id: 'top', name: 'Top', description: 'd', prerequisites: [`s${N - 1}`] }],
  };

  it('goes through createTaxonomy and every prerequisite query without overflowing the stack', () => {
    const t = createTaxonomy(doc);
    const steps = t.domainPrerequisites('top');
    expect(steps.length).toBe(N);
    // Foundations first: s0 (the deepest) first, the domain's direct prerequisite last.
    expect([steps[0]!.entity.id, steps[0]!.depth, steps[0]!.via.length]).toEqual(['s0', N, N]);
    expect([steps[N - 1]!.entity.id, steps[N - 1]!.depth, steps[N - 1]!.via]).toEqual([`s${N - 1}`, 1, ['top']]);
    expect(steps[N - 3]!.via).toEqual(['top', `s${N - 1}`, `s${N - 2}`]);

    const path = t.learningPath(['top'], { known: [`s${N / 2}`] });
    expect(path.length).toBe(N / 2);
    expect(path[0]!.entity.id).toBe(`s${N / 2 + 1}`);
    expect(path.at(-1)!.entity.id).toBe('top');

    const below = t.prerequisitesOf(`s${N - 1}`);
    expect(below.length).toBe(N - 1);
    expect(t.prerequisitesOf(`s${N - 1}`, { transitive: false }).map((s) => s.entity.id)).toEqual([`s${N - 2}`]);
    expect(t.dependentsOf('s0').map((e) => e.id)).toEqual(['s1']);

    // The chain also survives a round trip and an extension (which validates it again).
    const more = extendTaxonomy(t, { skills: [{ id: 'extra', name: 'Extra', description: 'd', category: 'core', type: 'skill', prerequisites: ['s0'] }] });
    expect(more.prerequisitesOf('extra').map((s) => s.entity.id)).toEqual(['s0']);
    expect(validateTaxonomy(t.toJSON()).ok).toBe(true);
  });

  it('names a cycle through the whole chain briefly', () => {
    const looped = JSON.parse(JSON.stringify(doc)) as Any;
    looped.skills[0].prerequisites = [`s${N - 1}`];
    const r = validateTaxonomy(looped);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['prerequisite-cycle']);
    const message = !r.ok ? r.issues[0]!.message : '';
    expect(message).toMatch(/^prerequisite cycle: s0 -> s99999 -> .* -> … \(99980 more\) -> .* -> s1 -> s0$/);
    expect(message.length).toBeLessThan(400);
  });

  it('answers a category chain 20,000 deep with 20,000 tools at its bottom in linear time', () => {
    const C = 20_000;
    const t = createTaxonomy({
      id: 'deep-categories',
      name: 'Deep categories',
      version: '1.0.0',
      schemaVersion: 1,
      toolCategories: Array.from({ length: C }, (_, i) => ({ id: `c${i}`, name: `C${i}`, description: 'd', ...(i > 0 ? { parent: `c${i - 1}` } : {}) })),
      tools: Array.from({ length: C }, (_, i) => ({ id: `t${i}`, name: `T${i}`, description: 'd', category: `c${C - 1}` })),
    });
    const start = performance.now();
    expect(t.toolsByCategory('c0').length).toBe(C);
    expect(t.toolsByCategory(`c${C / 2}`).length).toBe(C);
    // Gathering every category's tools at once costs 4·10⁸ steps here: minutes, not milliseconds.
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

const seconds = (f: () => unknown): number => {
  const start = performance.now();
  f();
  return (performance.now() - start) / 1000;
};

describe('20 MB documents', () => {
  const description = 'A description of this skill, long enough to make the document big without many entities. '.repeat(4);
  const big = (n: number, prerequisite: (i: number) => string) => ({
    id: 'big',
    name: 'Big',
    version: '1.0.0',
    schemaVersion: 1,
    skillCategories: [{ id: 'core', name: 'Core', description: 'c' }],
    skills: Array.from({ length: n }, (_, i) => ({
      id: `skill-${i}`,
      name: `Skill number ${i}`,
      description,
      category: 'core',
      type: 'skill',
      aliases: [`sk${i}`, `alias ${i}`],
      ...(i > 0 ? { prerequisites: [prerequisite(i)] } : {}),
    })),
  });
  const N = 40_000;

  it('validates and creates a valid one, and answers queries on it', () => {
    const text = JSON.stringify(big(N, (i) => `skill-${i - 1}`));
    expect(text.length).toBeGreaterThan(20e6);
    expect(validateTaxonomy(JSON.parse(text)).ok).toBe(true);
    const t = createTaxonomy(JSON.parse(text));
    expect(t.resolve('Alias 12345')?.id).toBe('skill-12345');
    expect(t.search('skill number 3999', { limit: 3 })[0]?.entity.id).toBe('skill-3999');
    expect(t.prerequisitesOf(`skill-${N - 1}`).length).toBe(N - 1);
  });

  it('rejects one with 40,000 references to missing ids in linear time, with suggestions for the first ones', () => {
    const doc = JSON.parse(JSON.stringify(big(N, (i) => `skil-${i - 1}`))) as Any;
    let r: ReturnType<typeof validateTaxonomy> | undefined;
    // Suggesting the closest of 40,000 ids for each of 40,000 references takes hours; the budget keeps it linear.
    expect(seconds(() => (r = validateTaxonomy(doc)))).toBeLessThan(15);
    expect(r!.ok).toBe(false);
    const issues = !r!.ok ? r!.issues : [];
    expect(issues.length).toBe(1001);
    expect(issues[0]!.message).toMatch(/^unknown skill 'skil-0'; did you mean 'skill-0'/);
    expect(issues.at(-1)).toMatchObject({ code: 'too-many-issues', severity: 'error' });
    expect(thrown(() => createTaxonomy(doc))).toBeInstanceOf(TaxonomyValidationError);
  });

  it('rejects hostile shapes of rule-breaking data in linear time', () => {
    const base = () => ({ id: 'h', name: 'H', version: '1.0.0', schemaVersion: 1, skillCategories: [{ id: 'core', name: 'Core', description: 'c' }] }) as Any;
    const skill = (i: number, extra: object = {}) => ({ id: `s${i}`, name: `S ${i}`, description: 'd', category: 'core', type: 'skill', ...extra });
    const M = 100_000;
    const cases: [string, Any, boolean][] = [];
    // One list of 100,000 prerequisites (the most the schema allows), all valid, then all the same.
    let d = base();
    d.skills = [skill(0, { prerequisites: Array.from({ length: M }, (_, i) => `s${i + 1}`) }), ...Array.from({ length: M }, (_, i) => skill(i + 1))];
    cases.push(['100,000 prerequisites', d, true]);
    d = base();
    d.skills = [skill(0, { prerequisites: Array.from({ length: M }, () => 's1') }), skill(1)];
    cases.push(['100,000 repeats of one prerequisite (warnings)', d, true]);
    // 100,000 expectations in one skill: each of a level that does not exist; then 1,001 levels in 100 skills.
    d = base();
    d.careerLevels = [{ id: 'l', name: 'L', description: 'd', rank: 0 }];
    d.proficiencyLevels = [{ id: 'p', name: 'P', description: 'd', rank: 0 }];
    d.skills = [skill(0, { expectations: Array.from({ length: M }, (_, i) => ({ level: `l${i}`, proficiency: 'p' })) })];
    cases.push(['100,000 expectations of unknown levels', d, false]);
    d = base();
    d.careerLevels = Array.from({ length: 1001 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, description: 'd', rank: i }));
    d.proficiencyLevels = Array.from({ length: 1001 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, description: 'd', rank: i }));
    d.skills = Array.from({ length: 100 }, (_, k) => skill(k, { expectations: Array.from({ length: 1001 }, (_, i) => ({ level: `l${i}`, proficiency: `p${1000 - i}` })) }));
    cases.push(['100,000 expectations that fall as the level rises (warnings)', d, true]);
    // 50,000 cycles, each through a longer stretch of one path; 100,000 entities claiming one alias.
    d = base();
    d.skills = Array.from({ length: 50_000 }, (_, i) => skill(i, { prerequisites: i + 1 < 50_000 ? [`s${i + 1}`, 's0'] : ['s0'] }));
    cases.push(['50,000 cycles through a long path', d, false]);
    d = base();
    d.skills = Array.from({ length: M }, (_, i) => skill(i, { aliases: ['same'] }));
    cases.push(['100,000 claims of one alias', d, false]);

    for (const [what, doc, ok] of cases) {
      let r: ReturnType<typeof validateTaxonomy> | undefined;
      expect(seconds(() => (r = validateTaxonomy(doc))), what).toBeLessThan(10);
      // Warnings alone, however many, leave a document valid.
      expect(r!.ok, what).toBe(ok);
    }
  });

  // scripts/emit-schema.ts rewrites ajv's `vErrors.concat(...)` (quadratic in the number of errors) into appends.
  it('rejects 500,000 broken entities (a 20 MB document) in linear time',
    () => {
      const doc = { id: 'h', name: 'H', version: '1.0.0', schemaVersion: 1, skills: Array.from({ length: 500_000 }, (_, i) => ({ id: `s${i}`, nmae: 'typo' })) };
      let r: ReturnType<typeof validateTaxonomy> | undefined;
      expect(seconds(() => (r = validateTaxonomy(doc)))).toBeLessThan(20);
      expect(!r!.ok && r!.issues.length).toBe(1001);
    },
  );

  it('rejects 2,000 broken entities, each issue at its place', () => {
    const doc = { id: 'h', name: 'H', version: '1.0.0', schemaVersion: 1, skills: Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, nmae: 'typo' })) };
    const r = validateTaxonomy(doc);
    expect(!r.ok && r.issues.slice(0, 2).map((i) => [i.code, i.path])).toEqual([
      ['missing-field', '/skills/0'],
      ['missing-field', '/skills/0'],
    ]);
    expect(!r.ok && r.issues.some((i) => i.code === 'unknown-field' && i.path === '/skills/1999/nmae')).toBe(false); // past the cap
    expect(!r.ok && r.issues.at(-1)!.code).toBe('too-many-issues');
  });
});
