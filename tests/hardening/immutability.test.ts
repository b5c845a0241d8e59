// Nothing lost: inputs are never modified (they are deep-frozen before each call, so a write would throw), the
// built-in data is deep-frozen, and every result is the caller's to modify without changing the next result.
import { describe, expect, it } from 'vitest';
import {
  createTaxonomy,
  dependentsOf,
  domainPrerequisites,
  extendTaxonomy,
  gapAnalysis,
  generateJobDescription,
  get,
  getDomain,
  getSkill,
  JOB_DESCRIPTION_FORMATS,
  learningPath,
  prerequisitesOf,
  renderJobDescription,
  resolve,
  search,
  skillsByLevel,
  taxonomy,
  toJobPosting,
  toolCategories,
  toolsByCategory,
  validateTaxonomy,
  type JobDescriptionOptions,
  type Taxonomy,
} from '../../src/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { fixture } from '../helpers.js';
import { picture, scribble } from './support.js';

/** Every object and array reachable from `value` that is not frozen, as JSON Pointers. */
function unfrozen(value: unknown): string[] {
  const out: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (!Object.isFrozen(v)) out.push(at || '/');
    for (const key of Object.keys(v)) stack.push([(v as Record<string, unknown>)[key], `${at}/${key}`]);
  }
  return out;
}

const frozen = <T>(value: T): T => deepFreeze(structuredClone(value));

describe('inputs are never modified', () => {
  const options: JobDescriptionOptions = {
    role: 'machine-learning-engineer',
    level: 'senior',
    domains: ['speech-recognition', 'computer-vision'],
    emphasize: ['pytorch', 'Kubernetes'],
    mustHave: ['ctc-loss', { text: 'Eligible to work in the EU' }],
    niceToHave: ['librispeech'],
    counts: { required: 4, toolsPerCategory: 2 },
    company: { name: 'Acme', url: 'https://acme.example/' },
    location: { locality: 'Berlin', country: 'DE' },
    remote: { countries: ['DE', 'FR'] },
    employmentType: ['FULL_TIME', 'CONTRACTOR'],
    salary: { currency: 'EUR', min: 90000, max: 120000 },
    datePosted: '2025-03-01',
  };

  it('by validation, creation and extension', () => {
    const doc = frozen(fixture('acme.json'));
    expect(validateTaxonomy(doc).ok).toBe(true);
    const mine = createTaxonomy(doc);
    const overlay = frozen({ tools: [{ id: 'jax', name: 'JAX', description: 'Composable transformations.', category: 'frameworks' }] });
    const how = frozen({ override: true, deprecate: { theano: { replacedBy: 'torch', reason: 'Unmaintained.' } } });
    expect(extendTaxonomy(mine, overlay, how).get('theano')?.id).toBe('torch');
    expect(extendTaxonomy(taxonomy, frozen({ version: '1.0.0' })).version).toBe('1.0.0');
  });

  it('by every query', () => {
    expect(skillsByLevel('senior', frozen({ role: 'machine-learning-engineer', onlyNew: true })).length).toBeGreaterThan(0);
    expect(toolsByCategory('experiment-tracking-tools', frozen({ sort: 'name' as const })).length).toBeGreaterThan(0);
    expect(domainPrerequisites('speech-recognition', frozen({ transitive: true })).length).toBeGreaterThan(0);
    expect(prerequisitesOf('backpropagation', frozen({}))).toBeDefined();
    expect(learningPath(frozen(['speech-recognition', 'computer-vision']), frozen({ known: ['linear-algebra'] })).length).toBeGreaterThan(0);
    const profile = frozen(['algorithms', { skill: 'data structures', proficiency: 'practitioner' }] as const);
    expect(gapAnalysis(profile, frozen({ level: 'mid' as const, role: 'data-scientist' as const })).coverage).toBeGreaterThanOrEqual(0);
    expect(search('pytroch', frozen({ kinds: ['tool'] as const, limit: 3 })).length).toBeGreaterThan(0);
    expect(taxonomy.toJSON().skills.length).toBe(taxonomy.skills.length);
  });

  it('by job descriptions, their rendering and their JSON-LD', () => {
    const jd = generateJobDescription(frozen(options));
    const fixed = frozen(jd);
    for (const format of JOB_DESCRIPTION_FORMATS) expect(renderJobDescription(fixed, format)).toBe(renderJobDescription(jd, format));
    expect(toJobPosting(fixed)).toEqual(toJobPosting(jd));
    const custom = createTaxonomy(fixture('acme.json'));
    // Not cloned (a clone of a Taxonomy is no Taxonomy); freezing the object itself leaves its private state alone.
    expect(generateJobDescription(deepFreeze({ taxonomy: custom, level: 'senior', emphasize: ['torch'] }) as never).title).toBeTruthy();
    expect(custom.skillsByLevel('senior').length).toBeGreaterThan(0);
  });
});

describe('the taxonomies are deep-frozen', () => {
  it.each([
    ['built-in', () => taxonomy as unknown as Taxonomy],
    ['created', () => createTaxonomy(fixture('acme.json'))],
    ['extended', () => extendTaxonomy(createTaxonomy(fixture('acme.json')), { tools: [{ id: 'jax', name: 'JAX', description: 'd', category: 'frameworks' }] })],
  ])('%s', (_, make) => {
    const t = make();
    expect(unfrozen(t.document)).toEqual([]);
    for (const list of [t.careerLevels, t.proficiencyLevels, t.skillCategories, t.skills, t.toolCategories, t.tools, t.domains, t.datasets, t.metrics, t.roles]) {
      expect(unfrozen(list)).toEqual([]);
    }
    const skill = t.skills[0]!;
    expect(() => ((skill as { name: string }).name = 'changed')).toThrow(TypeError);
    expect(() => (t.skills as unknown as unknown[]).push(skill)).toThrow(TypeError);
  });
});

// Each call twice: the first result is scribbled over, and the second must equal what the first was.
const jdOptions: JobDescriptionOptions = { level: 'staff', domains: ['computer-vision'], company: 'Acme', remote: true, salary: { currency: 'USD', value: 1 } };
const jd = generateJobDescription(jdOptions);
const RESULTS: Record<string, () => unknown> = {
  skillsByLevel: () => skillsByLevel('senior'),
  'skillsByLevel (onlyNew, category)': () => skillsByLevel('staff', { onlyNew: true, category: 'deep-learning' }),
  toolCategories: () => toolCategories(),
  toolsByCategory: () => toolsByCategory('deep-learning-frameworks'),
  'toolsByCategory (by name)': () => toolsByCategory('deep-learning-frameworks', { sort: 'name' }),
  domainPrerequisites: () => domainPrerequisites('speech-recognition'),
  prerequisitesOf: () => prerequisitesOf('transformer-architecture'),
  dependentsOf: () => dependentsOf('linear-algebra'),
  learningPath: () => learningPath(['computer-vision'], { known: ['linear-algebra'] }),
  gapAnalysis: () => gapAnalysis(['algorithms', { skill: 'data-structures', proficiency: 'expert' }, 'not a skill'], { level: 'mid' }),
  search: () => search('torch'),
  resolve: () => resolve('sklearn'),
  lookup: () => taxonomy.lookup('k8s'),
  get: () => get('senior'),
  getSkill: () => getSkill('ctc-loss'),
  getDomain: () => getDomain('computer-vision'),
  toJSON: () => taxonomy.toJSON(),
  generateJobDescription: () => generateJobDescription(jdOptions),
  toJobPosting: () => toJobPosting(jd),
};

describe('results are safe to modify', () => {
  it.each(Object.keys(RESULTS))('%s', (name) => {
    const call = RESULTS[name]!;
    const first = call();
    const before = picture(first);
    if (Array.isArray(first)) expect(Object.isFrozen(first), 'a fresh, modifiable array').toBe(false);
    scribble(first);
    const second = call();
    if (Array.isArray(first)) expect(second).not.toBe(first);
    expect(picture(second)).toEqual(before);
  });

  it('renderJobDescription and toJobPosting do not change the job description', () => {
    const mine = generateJobDescription(jdOptions);
    const before = picture(mine);
    scribble(toJobPosting(mine));
    for (const format of JOB_DESCRIPTION_FORMATS) renderJobDescription(mine, format);
    expect(picture(mine)).toEqual(before);
  });

  it('a changed input does not reach a taxonomy made from it', () => {
    const doc = fixture('acme.json');
    const overlay = { tools: [{ id: 'jax', name: 'JAX', description: 'd', category: 'frameworks', aliases: ['jax-lib'] }] };
    const mine = extendTaxonomy(createTaxonomy(doc), overlay);
    const before = picture(mine.toJSON());
    scribble(doc);
    scribble(overlay);
    expect(picture(mine.toJSON())).toEqual(before);
  });
});
