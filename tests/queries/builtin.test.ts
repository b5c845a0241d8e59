import { describe, expect, it } from 'vitest';
import {
  dependentsOf, domainPrerequisites, gapAnalysis, getCareerLevel, getDomain, getRole, getSkill, getTool, learningPath,
  prerequisitesOf, resolve, search, skillsByLevel, taxonomy, toolCategories, toolsByCategory,
} from '../../src/index.js';

describe('queries on the built-in taxonomy', () => {
  it.each([
    ['Sci-Kit Learn', 'scikit-learn'],
    ['sklearn', 'scikit-learn'],
    ['scikit learn', 'scikit-learn'],
    ['k8s', 'kubernetes'],
    ['Postgres', 'postgresql'],
    ['GCP', 'google-cloud-platform'],
    ['PySpark', 'pyspark'],
    ['Apache Spark', 'apache-spark'],
    ['keras', 'keras'],
    ['TensorFlow', 'tensorflow'],
  ])('resolve(%s) → %s', (text, id) => expect(resolve(text)?.id).toBe(id));

  it('keeps distinct things distinct', () => {
    expect(resolve('PySpark')?.id).not.toBe(resolve('Spark')?.id);
    expect(resolve('Keras')?.id).not.toBe(resolve('TensorFlow')?.id);
  });

  it('search tolerates typos and ranks names first', () => {
    expect(search('pytroch')[0]?.entity.id).toBe('pytorch');
    expect(search('tensorflw')[0]?.entity.id).toBe('tensorflow');
    expect(search('speech recognition', { kinds: ['domain'] })[0]?.entity.id).toBe('speech-recognition');
  });

  it('orders every domain\'s prerequisites topologically, foundations first, deterministically', () => {
    const offenders: string[] = [];
    for (const domain of taxonomy.domains) {
      const steps = domainPrerequisites(domain.id as Parameters<typeof domainPrerequisites>[0]);
      const position = new Map(steps.map((s, i) => [s.entity.id, i]));
      for (const [i, s] of steps.entries()) {
        for (const p of s.entity.prerequisites ?? []) {
          const at = position.get(p);
          if (at === undefined) offenders.push(`${domain.id}: ${s.entity.id} needs ${p}, which is not listed`);
          else if (at > i) offenders.push(`${domain.id}: ${p} comes after ${s.entity.id}`);
        }
        // via is a real chain: it starts at the domain and each link requires the next
        const chain = [...s.via, s.entity.id];
        if (chain[0] !== domain.id) offenders.push(`${domain.id}: via of ${s.entity.id} does not start at the domain`);
        for (let k = 1; k < chain.length; k++) {
          const from = taxonomy.get(chain[k - 1]!);
          const pre = from && 'prerequisites' in from ? (from.prerequisites ?? []) : [];
          if (!pre.includes(chain[k]!)) offenders.push(`${domain.id}: ${chain[k - 1]} does not require ${chain[k]}`);
        }
        if (s.depth !== s.via.length) offenders.push(`${domain.id}: depth of ${s.entity.id} is not the length of via`);
      }
      expect(domainPrerequisites(domain.id as Parameters<typeof domainPrerequisites>[0])).toEqual(steps);
    }
    expect(offenders).toEqual([]);
  });

  it('answers what to learn before speech recognition, foundations first', () => {
    const steps = domainPrerequisites('speech-recognition');
    const ids = steps.map((s) => s.entity.id);
    expect(ids).toEqual(expect.arrayContaining(['digital-signal-processing', 'sequence-models', 'probability']));
    expect(ids.indexOf('probability')).toBeLessThan(ids.indexOf('sequence-models'));
    expect(domainPrerequisites('speech-recognition', { transitive: false }).every((s) => s.depth === 1)).toBe(true);
  });

  it('gives each level its own expectations, rising with the level', () => {
    const entry = skillsByLevel('entry');
    const staff = skillsByLevel('staff');
    expect(entry.length).toBeGreaterThan(20);
    expect(staff.length).toBeGreaterThan(entry.length / 2);
    expect(skillsByLevel('staff', { onlyNew: true }).length).toBeGreaterThan(0);
    const rank = (x: { proficiency: { rank: number } }) => x.proficiency.rank;
    const mean = (xs: { proficiency: { rank: number } }[]) => xs.reduce((s, x) => s + rank(x), 0) / xs.length;
    expect(mean(staff)).toBeGreaterThan(mean(entry));
    expect(skillsByLevel('senior', { role: 'machine-learning-engineer' }).length).toBeGreaterThan(5);
  });

  it('results are fresh arrays: changing one does not change the next', () => {
    const a = skillsByLevel('senior');
    a.length = 0;
    expect(skillsByLevel('senior').length).toBeGreaterThan(0);
    const tools = toolsByCategory('deep-learning-frameworks');
    tools.reverse();
    expect(toolsByCategory('deep-learning-frameworks')[0]?.id).not.toBe(tools[0]?.id);
  });

  it('sorts tools by measured demand, unmeasured last, and says where the figures come from', () => {
    const tools = toolsByCategory('deep-learning-frameworks', { sort: 'demand' });
    const shares = tools.map((t) => t.demand?.share ?? -1);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(tools[0]?.demand?.share).toBeGreaterThan(0);
    expect(taxonomy.document.demandSource?.postings).toBeGreaterThan(0);
    expect(taxonomy.tools.filter((t) => t.demand).every((t) => t.demand!.share >= 0 && t.demand!.share <= 1)).toBe(true);
  });

  it('the built-in data is deep-frozen', () => {
    const s = getSkill('algorithms');
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(taxonomy.skills)).toBe(true);
    expect(() => ((s as { name: string }).name = 'x')).toThrow(TypeError);
  });

  it('has typed getters, learning paths, dependents and gap analysis', () => {
    expect(getTool('pytorch').kind).toBe('tool');
    expect(getDomain('computer-vision').kind).toBe('domain');
    expect(getCareerLevel('staff').rank).toBe(4);
    expect(getRole('data-scientist').kind).toBe('role');
    expect(toolCategories().length).toBe(taxonomy.toolCategories.length);
    expect(prerequisitesOf('transformer-architecture').map((s) => s.entity.id)).toContain('attention-mechanisms');
    expect(dependentsOf('linear-algebra').length).toBeGreaterThan(0);
    const path = learningPath(['computer-vision'], { known: ['linear-algebra'] });
    expect(path.at(-1)?.entity.id).toBe('computer-vision');
    expect(path.map((s) => s.entity.id)).not.toContain('linear-algebra');
    const gaps = gapAnalysis(['algorithms', 'Data structures', 'Python'], { level: 'entry' });
    expect(gaps.coverage).toBeGreaterThan(0);
    expect(gaps.unrecognised).toEqual(['Python']); // a tool, not a skill
    expect(() => getSkill('pytroch' as never)).toThrow(/unknown skill 'pytroch'/);
  });
});
