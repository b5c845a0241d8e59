import { describe, expect, it } from 'vitest';
import { taxonomy, validateTaxonomy, type Entity } from '../../src/index.js';
import { loadBuiltinDocument } from '../../scripts/load-data.js';

const t = taxonomy;
const live = <T extends Entity>(list: readonly T[]): T[] => list.filter((e) => !e.deprecated);

/** The category and all its ancestors. */
function categoryChain(id: string): string[] {
  const out: string[] = [];
  for (let cur: string | undefined = id; cur; ) {
    out.push(cur);
    const c: Entity | undefined = t.get(cur);
    cur = c?.kind === 'skillCategory' ? c.parent : undefined;
  }
  return out;
}

describe('the built-in data', () => {
  it('validates with zero issues and zero warnings', () => {
    const r = validateTaxonomy(loadBuiltinDocument().document);
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
  });

  it('has the career ladder of the book and a 4–5 level proficiency scale', () => {
    expect(t.careerLevels.map((l) => l.id)).toEqual(['entry', 'mid', 'senior', 'staff', 'principal', 'distinguished']);
    const ladders = (company: string) => t.careerLevels.flatMap((l) => l.companyLevels?.find((c) => c.company === company)?.levels ?? []);
    expect(ladders('Google')).toEqual(['L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10']);
    expect(ladders('Meta')).toEqual(['E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9']);
    expect(ladders('Microsoft')[0]).toBe('59');
    expect(ladders('Microsoft').at(-1)).toBe('80');
    expect(t.proficiencyLevels.length).toBeGreaterThanOrEqual(4);
    expect(t.proficiencyLevels.length).toBeLessThanOrEqual(5);
    expect(t.proficiencyLevels.every((p) => (p.indicators?.length ?? 0) > 0)).toBe(true);
  });

  it('holds the counts the taxonomy promises', () => {
    const tools = live(t.tools);
    const usedCategories = new Set(tools.map((x) => x.category));
    expect(live(t.skills).length).toBeGreaterThanOrEqual(200);
    expect(tools.length).toBeGreaterThanOrEqual(300);
    expect(usedCategories.size).toBeGreaterThanOrEqual(25);
    expect(live(t.domains).length).toBeGreaterThanOrEqual(10);
    expect(live(t.roles).length).toBeGreaterThanOrEqual(12);
  });

  it.each(['computer-vision', 'speech-recognition'] as const)('goes deep on %s', (id) => {
    const d = t.getDomain(id);
    expect((d.tasks?.length ?? 0) + (d.techniques?.length ?? 0)).toBeGreaterThanOrEqual(12);
    const datasets = (d.datasets ?? []).map((x) => t.get(x)!);
    expect(datasets.filter((x) => x.kind === 'dataset' && x.year !== undefined && x.url !== undefined).length).toBeGreaterThanOrEqual(8);
    expect(d.metrics?.length ?? 0).toBeGreaterThanOrEqual(5);
    expect(d.prerequisites?.length ?? 0).toBeGreaterThanOrEqual(10);
  });

  it('gives domains meaningful prerequisites', () => {
    const direct = (id: 'computer-vision' | 'speech-recognition') => t.getDomain(id).prerequisites ?? [];
    expect(direct('speech-recognition')).toEqual(expect.arrayContaining(['digital-signal-processing', 'sequence-models']));
    expect(direct('computer-vision')).toEqual(expect.arrayContaining(['convolutional-neural-networks', 'image-processing']));
  });

  it('has the book\'s twelve roles', () => {
    for (const id of [
      'machine-learning-engineer', 'data-scientist', 'ml-platform-engineer', 'ml-infrastructure-engineer', 'framework-engineer', 'solution-architect',
      'developer-advocate', 'solutions-engineer', 'applications-engineer', 'applied-research-scientist', 'research-engineer', 'research-scientist',
    ]) {
      expect(t.get(id)?.kind, id).toBe('role');
    }
  });

  it('gives every entity a description and at least one source, and every tool a homepage', () => {
    const offenders: string[] = [];
    for (const e of t.entities()) {
      if (!e.description.trim()) offenders.push(`${e.id}: no description`);
      if (!e.sources?.length) offenders.push(`${e.id}: no source`);
      if (e.kind === 'tool' && !e.homepage) offenders.push(`${e.id}: no homepage`);
    }
    expect(offenders).toEqual([]);
  });

  it('never lowers a skill\'s expected proficiency as the level rises, and expects every skill somewhere', () => {
    const rank = new Map([...t.careerLevels, ...t.proficiencyLevels].map((x) => [x.id, x.rank]));
    const offenders: string[] = [];
    for (const s of live(t.skills)) {
      const xs = [...(s.expectations ?? [])].sort((a, b) => rank.get(a.level)! - rank.get(b.level)!);
      if (xs.length === 0) offenders.push(`${s.id}: no expectations`);
      for (let i = 1; i < xs.length; i++) {
        if (rank.get(xs[i]!.proficiency)! < rank.get(xs[i - 1]!.proficiency)!) offenders.push(`${s.id}: ${xs[i - 1]!.level} > ${xs[i]!.level}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('describes entities in sentences of its own, not one description shared by two entities', () => {
    const seen = new Map<string, string>();
    const offenders: string[] = [];
    for (const e of t.entities()) {
      const prev = seen.get(e.description);
      if (prev) offenders.push(`${e.id} = ${prev}`);
      seen.set(e.description, e.id);
    }
    expect(offenders).toEqual([]);
  });
});

describe('everything the founding text names', () => {
  const skillIn = (name: string, category: string) => {
    const e = t.resolve(name);
    expect(e?.kind, name).toBe('skill');
    if (e?.kind === 'skill') expect(categoryChain(e.category), name).toContain(category);
  };

  it('has its four skill areas as skill categories, plus the non-technical skills', () => {
    for (const name of ['Software engineering', 'Data cleaning, analytics and visualisation', 'Machine learning knowledge', 'Domain-specific knowledge', 'Non-technical skills']) {
      expect(t.resolve(name)?.kind, name).toBe('skillCategory');
    }
  });

  it('places its software-engineering skills', () => {
    for (const name of ['algorithms', 'data structures', 'time/space complexity', 'scalability']) skillIn(name, 'software-engineering');
  });

  it('places its data skills', () => {
    for (const name of ['collecting data', 'exploring data', 'cleaning data', 'creating training datasets', 'dataframe manipulation', 'data visualization']) skillIn(name, 'data-handling');
  });

  it('places its machine-learning skills', () => {
    for (const name of ['explaining architectural choices', 'evaluating potential solutions', 'debugging models']) skillIn(name, 'machine-learning-knowledge');
  });

  it('places the book\'s non-technical skills', () => {
    for (const name of ['analytical thinking', 'communication', 'experience', 'leadership']) skillIn(name, 'non-technical-skills');
  });

  it('has every tool it names', () => {
    const tools = ['Python', 'Jupyter Notebook', 'Google Colab', 'NumPy', 'scikit-learn', 'C++', 'Go', 'pandas', 'dask', 'seaborn', 'altair', 'matplotlib', 'SQL', 'R', 'Spark', 'Hadoop'];
    const offenders = tools.filter((name) => t.resolve(name)?.kind !== 'tool');
    expect(offenders).toEqual([]);
    expect(t.resolve('Spark')?.id).toBe('apache-spark');
    expect(t.resolve('deep learning framework')?.kind).toBe('toolCategory');
    expect(t.toolsByCategory('deep-learning-frameworks').map((x) => x.id)).toEqual(expect.arrayContaining(['pytorch', 'tensorflow', 'jax', 'keras']));
  });

  it('has its domain knowledge in the right domains', () => {
    const cv = t.getDomain('computer-vision');
    const cvSkills = [...(cv.tasks ?? []), ...(cv.techniques ?? [])];
    for (const name of ['object detection', 'image segmentation', 'motion analysis']) expect(cvSkills, name).toContain(t.resolve(name)?.id);
    const asr = t.getDomain('speech-recognition');
    const asrSkills = [...(asr.tasks ?? []), ...(asr.techniques ?? [])];
    for (const name of ['mel-filterbank features', 'CTC loss']) expect(asrSkills, name).toContain(t.resolve(name)?.id);
    expect(t.resolve('speech recognition')?.id).toBe('speech-recognition');
    expect((asr.datasets ?? []).length).toBeGreaterThanOrEqual(8);
  });
});
