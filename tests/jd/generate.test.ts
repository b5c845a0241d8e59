import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTaxonomy, taxonomy } from '../../src/index.js';
import { generateJobDescription } from '../../src/jd/generate.js';
import { renderJobDescription, JOB_DESCRIPTION_FORMATS } from '../../src/jd/render/index.js';
import type { JobDescription, Requirement } from '../../src/jd/types.js';
import { fixture } from '../helpers.js';

const termIds = (rs: readonly Requirement[]) => rs.flatMap((r) => r.terms.map((t) => t.id));
const texts = (rs: readonly Requirement[]) => rs.map((r) => r.text);
const allText = (jd: JobDescription) => renderJobDescription(jd, 'text');

describe('generateJobDescription: structure', () => {
  const jd = generateJobDescription({ level: 'senior', domains: ['speech-recognition'] });

  it('defaults to the machine learning engineer role and gives a posting title', () => {
    expect(jd.role).toEqual({ id: 'machine-learning-engineer', name: 'Machine learning engineer' });
    expect(jd.title).toBe('Senior Machine Learning Engineer, Speech Recognition');
    expect(generateJobDescription().level.id).toBe('mid');
    expect(generateJobDescription().title).toBe('Machine Learning Engineer');
  });

  it('ties every skill requirement to taxonomy ids with the proficiency the level expects', () => {
    const offenders: string[] = [];
    for (const r of [...jd.requirements.required, ...jd.requirements.preferred]) {
      for (const t of r.terms) {
        const e = taxonomy.get(t.id);
        if (e?.kind !== t.kind || e.name !== t.name) offenders.push(`${t.id}: not a ${t.kind} named ${t.name}`);
        if (t.kind === 'skill' && e?.kind === 'skill') {
          const expected = e.expectations?.find((x) => x.level === 'senior')?.proficiency;
          if (t.proficiency?.id !== expected) offenders.push(`${t.id}: proficiency ${t.proficiency?.id} but senior expects ${expected}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('gives years of experience from the level, and inherits a floor where the level states none', () => {
    expect(jd.experience).toEqual({ minYears: 5, months: 60 });
    expect(jd.requirements.required[0]).toMatchObject({ source: 'experience', text: '5+ years of industry experience as a machine learning engineer or in a similar role.' });
    expect(generateJobDescription({ level: 'entry' }).experience).toEqual({ minYears: 0, maxYears: 2, months: 0 });
    // The data gives principal no years; the staff minimum below it is the floor.
    expect(taxonomy.getCareerLevel('principal').typicalYears).toBeUndefined();
    expect(generateJobDescription({ level: 'principal' }).experience?.minYears).toBe(taxonomy.getCareerLevel('staff').typicalYears?.min);
  });

  it('groups tools by category, the domain\'s stack first', () => {
    const byCategory = Object.fromEntries(jd.tools.map((g) => [g.category.id, g.tools.map((t) => t.id)]));
    expect(byCategory['programming-languages']?.[0]).toBe('python');
    expect(byCategory['deep-learning-frameworks']?.[0]).toBe('pytorch');
    expect(byCategory['speech-and-audio-libraries']).toEqual(expect.arrayContaining(['torchaudio', 'kaldi']));
    for (const g of jd.tools) for (const t of g.tools) expect(taxonomy.getTool(t.id as never).category).toBe(g.category.id);
    expect(texts(jd.requirements.required)).toContain('Hands-on experience with PyTorch or TensorFlow.');
  });

  it('records the taxonomy, its version and every id used, sorted', () => {
    expect(jd.metadata.taxonomy).toEqual({ id: taxonomy.id, name: taxonomy.name, version: taxonomy.version });
    const ids = jd.metadata.ids;
    expect([...ids].sort()).toEqual(ids);
    expect(ids).toEqual(expect.arrayContaining(['machine-learning-engineer', 'senior', 'speech-recognition', 'ctc-loss', 'librispeech', 'pytorch']));
    for (const id of ids) expect(taxonomy.get(id), id).toBeDefined();
  });

  it('takes the occupation codes from the role\'s crosswalks', () => {
    expect(jd.occupations.onetSoc).toContain('15-2051.00');
    expect(jd.occupations.isco08).toEqual(['2512', '2511']);
  });

  it('returns a fresh object each time that the caller may change', () => {
    const a = generateJobDescription({ level: 'senior', company: 'Acme' });
    (a.requirements.required as Requirement[]).length = 0;
    (a.posting.company as { name: string }).name = 'Changed';
    const b = generateJobDescription({ level: 'senior', company: 'Acme' });
    expect(b.requirements.required.length).toBeGreaterThan(0);
    expect(b.posting.company?.name).toBe('Acme');
  });

  it('does not change its options', () => {
    const options = { level: 'staff', domains: ['computer-vision'], emphasize: ['pytorch'], salary: { currency: 'EUR', min: 1, max: 2 } } as const;
    const before = JSON.stringify(options);
    generateJobDescription(options);
    expect(JSON.stringify(options)).toBe(before);
  });
});

describe('generateJobDescription: levels differ for real', () => {
  const entry = generateJobDescription({ level: 'entry', domains: ['computer-vision'] });
  const senior = generateJobDescription({ level: 'senior', domains: ['computer-vision'] });
  const staff = generateJobDescription({ level: 'staff', domains: ['computer-vision'] });

  it('takes the scope and responsibilities from the career level', () => {
    for (const [jd, level] of [[entry, 'entry'], [senior, 'senior'], [staff, 'staff']] as const) {
      const l = taxonomy.getCareerLevel(level);
      expect(jd.summary.join(' ')).toContain(l.scope!.toLowerCase().replace(/\.$/, ''));
      for (const r of l.responsibilities!) expect(jd.responsibilities).toContain(`${r}.`);
    }
    expect(staff.responsibilities.join(' ')).toMatch(/across several teams/);
    expect(staff.responsibilities.join(' ')).toMatch(/mentoring/);
    expect(entry.responsibilities.join(' ')).toMatch(/with guidance/);
    expect(entry.responsibilities.join(' ')).not.toMatch(/Mentor|mentoring|several teams/);
  });

  it('asks for the skills new or raised at the level, at the level\'s proficiency', () => {
    const newAtStaff = new Set(taxonomy.skillsByLevel('staff', { role: 'machine-learning-engineer', onlyNew: true }).map((x) => x.skill.id));
    const roleSkills = staff.requirements.required.filter((r) => r.source === 'role');
    expect(roleSkills.length).toBeGreaterThan(0);
    for (const r of roleSkills) expect(newAtStaff.has(r.terms[0]!.id), r.text).toBe(true);
    // Staff asks for expert depth and cross-team behaviours; entry for working knowledge.
    expect(roleSkills.every((r) => r.terms[0]!.proficiency?.id === 'expert')).toBe(true);
    expect(texts(roleSkills).join(' ')).toMatch(/across teams|several teams/);
    const entrySkills = entry.requirements.required.filter((r) => r.source === 'role');
    expect(entrySkills.every((r) => r.terms[0]!.proficiency?.id === 'working')).toBe(true);
    expect(texts(entrySkills).join(' ')).not.toMatch(/across teams/);
  });

  it('puts ML system design among a senior\'s requirements but not an entry engineer\'s', () => {
    expect(termIds(senior.requirements.required)).toContain('ml-system-design');
    expect(termIds(entry.requirements.required)).not.toContain('ml-system-design');
    // What entry expects only at awareness is a plus, worded as familiarity.
    const familiar = entry.requirements.preferred.find((r) => r.text.startsWith('Familiarity with model deployment'));
    expect(familiar?.terms.every((t) => t.proficiency?.id === 'awareness')).toBe(true);
  });

  it('gives each level a different set of requirements, not the same list with a new title', () => {
    const role = (jd: JobDescription) => jd.requirements.required.filter((r) => r.source === 'role');
    const a = termIds(role(entry));
    const b = termIds(role(staff));
    expect(a.filter((id) => b.includes(id)).length).toBeLessThan(Math.min(a.length, b.length) / 2);
    // Even a skill both levels ask for is asked for differently.
    const shared = texts(role(entry)).filter((t) => texts(role(staff)).includes(t));
    expect(shared).toEqual([]);
    expect(texts(senior.requirements.required)).not.toEqual(texts(staff.requirements.required));
  });
});

describe('generateJobDescription: domains bring their own content', () => {
  it('asks a speech recognition engineer for filterbank features, CTC or transducers and the benchmarks', () => {
    const jd = generateJobDescription({ level: 'senior', domains: ['speech-recognition'] });
    const ids = termIds(jd.requirements.required);
    expect(ids).toEqual(expect.arrayContaining(['mel-filterbank-features', 'ctc-loss', 'rnn-transducer', 'librispeech', 'word-error-rate']));
    const text = allText(jd);
    expect(text).toMatch(/mel filterbank features/i);
    expect(text).toMatch(/CTC loss and RNN-Transducer/);
    expect(text).toContain('LibriSpeech');
    expect(jd.domainKnowledge[0]?.datasets.map((d) => d.id)).toContain('librispeech');
  });

  it('asks a computer vision engineer for object detection and segmentation', () => {
    const jd = generateJobDescription({ level: 'senior', domains: ['computer-vision'] });
    const ids = termIds(jd.requirements.required);
    expect(ids).toEqual(expect.arrayContaining(['object-detection', 'image-segmentation', 'imagenet', 'coco']));
    expect(ids).not.toContain('ctc-loss');
    expect(allText(jd)).toMatch(/computer vision tasks such as image classification, object detection, image segmentation/);
    expect(jd.tools.flatMap((g) => g.tools.map((t) => t.id))).toEqual(expect.arrayContaining(['torchvision', 'opencv']));
  });

  it('gives a different domain different requirements and tools', () => {
    const cv = generateJobDescription({ level: 'senior', domains: ['computer-vision'] });
    const asr = generateJobDescription({ level: 'senior', domains: ['speech-recognition'] });
    const domainIds = (jd: JobDescription) => termIds(jd.requirements.required.filter((r) => r.source === 'domain'));
    expect(domainIds(cv).filter((id) => domainIds(asr).includes(id))).toEqual([]);
  });

  it('covers several domains, each in its own words', () => {
    const jd = generateJobDescription({ level: 'mid', domains: ['computer-vision', 'speech-recognition'] });
    expect(jd.title).toBe('Machine Learning Engineer, Computer Vision and Speech Recognition');
    expect(jd.domainKnowledge.map((k) => k.domain.id)).toEqual(['computer-vision', 'speech-recognition']);
    expect(jd.responsibilities.filter((r) => r.startsWith('Apply '))).toHaveLength(2);
  });

  it('does not repeat in the title a domain the role already names', () => {
    expect(generateJobDescription({ role: 'computer-vision-engineer', level: 'senior', domains: ['computer-vision'] }).title).toBe('Senior Computer Vision Engineer');
  });

  it('suggests the role\'s usual domains when none is given', () => {
    const jd = generateJobDescription({ level: 'mid' });
    const plus = jd.requirements.preferred.find((r) => r.terms.some((t) => t.kind === 'domain'));
    expect(plus?.text).toBe('Experience in recommender systems; search and ranking; natural language processing; large language models; or computer vision.');
  });
});

describe('generateJobDescription: options', () => {
  it('puts emphasised skills and tools first, found by id, name or alias', () => {
    const jd = generateJobDescription({ level: 'mid', emphasize: ['k8s', 'Distributed training', 'scikit-learn'] });
    const [, first, second] = jd.requirements.required;
    expect(first).toMatchObject({ source: 'emphasis', terms: [{ id: 'distributed-training', proficiency: { id: 'working' } }] });
    expect(second).toMatchObject({ source: 'emphasis', text: 'Hands-on experience with Kubernetes and scikit-learn.' });
    // The emphasised tools' categories lead the stack.
    expect(jd.tools.slice(0, 2).flatMap((g) => g.tools.map((t) => t.id))).toEqual(expect.arrayContaining(['kubernetes', 'scikit-learn']));
  });

  it('adds must-haves and nice-to-haves, tied to the taxonomy or as free text', () => {
    const jd = generateJobDescription({
      level: 'senior',
      mustHave: ['ctc-loss', { text: 'Eligible to work in the EU' }, 'LibriSpeech'],
      niceToHave: ['Kaldi', 'speech-recognition', 'word error rate'],
    });
    expect(texts(jd.requirements.required)).toEqual(
      expect.arrayContaining(['Eligible to work in the EU.', 'Experience with LibriSpeech.', expect.stringMatching(/^Solid knowledge of CTC loss: /)]),
    );
    expect(texts(jd.requirements.preferred).slice(0, 3)).toEqual([
      'Hands-on experience with Kaldi.',
      'Experience in speech recognition.',
      'Experience evaluating models with word error rate.',
    ]);
  });

  it('honours the counts, 0 hiding a part', () => {
    const jd = generateJobDescription({ level: 'senior', domains: ['computer-vision'], counts: { required: 2, preferred: 0, responsibilities: 3, toolCategories: 0, perDomain: 0 } });
    expect(jd.requirements.required.filter((r) => r.source === 'role')).toHaveLength(2);
    expect(jd.requirements.preferred).toEqual([]);
    expect(jd.responsibilities).toHaveLength(3);
    expect(jd.tools).toEqual([]);
    expect(jd.domainKnowledge[0]?.tasks).toEqual([]);
    expect(renderJobDescription(jd, 'markdown')).not.toMatch(/## Nice to have|## Tools/);
  });

  it('keeps the posting details, tidied, and shows them as facts', () => {
    const jd = generateJobDescription({
      company: { name: '  Acme\n Labs ', url: 'https://acme.example' },
      location: { locality: 'Berlin', country: 'DE' },
      remote: { countries: ['DE', 'FR'] },
      employmentType: ['FULL_TIME', 'CONTRACTOR'],
      salary: { currency: 'EUR', min: 90000, max: 120000.5 },
      datePosted: new Date(Date.UTC(2025, 2, 1)),
      validThrough: '2025-04-30',
    });
    expect(jd.posting.company).toEqual({ name: 'Acme Labs', url: 'https://acme.example' });
    expect(jd.facts).toEqual([
      { label: 'Company', value: 'Acme Labs' },
      { label: 'Location', value: 'Berlin, DE' },
      { label: 'Remote', value: 'Yes, from DE and FR' },
      { label: 'Employment type', value: 'Full-time or Contract' },
      { label: 'Salary', value: 'EUR 90,000–120,000.50 per year' },
      { label: 'Posted', value: '2025-03-01T00:00:00.000Z' },
      { label: 'Apply by', value: '2025-04-30' },
    ]);
    expect(jd.summary[0]).toMatch(/^Acme Labs is hiring a machine learning engineer\./);
  });

  it('works with a custom taxonomy', () => {
    const acme = createTaxonomy(fixture('acme.json'));
    const jd = generateJobDescription({ taxonomy: acme, level: 'lead', domains: ['vision'] });
    expect(jd.title).toBe('Lead ML Engineer, Vision');
    expect(jd.metadata.taxonomy).toEqual({ id: 'acme-ml', name: 'Acme ML ladder', version: '1.2.0' });
    expect(termIds(jd.requirements.required)).toEqual(expect.arrayContaining(['training', 'coding']));
    for (const format of JOB_DESCRIPTION_FORMATS) expect(renderJobDescription(jd, format)).not.toMatch(/undefined/);
  });
});

describe('generateJobDescription: bad options', () => {
  const gen = (o: unknown) => () => generateJobDescription(o as never);

  it('names the option, the bad value and the closest valid ones', () => {
    expect(gen({ role: 'machine-learning-enginer' })).toThrow(/unknown role 'machine-learning-enginer' for options.role; did you mean 'machine-learning-engineer'/);
    expect(gen({ level: 'seniour' })).toThrow(RangeError);
    expect(gen({ level: 'seniour' })).toThrow(/unknown career level 'seniour' for options.level; did you mean 'senior'/);
    expect(gen({ domains: ['computer-vision', 'speech-recogniton'] })).toThrow(/unknown domain 'speech-recogniton' for options.domains\[1\]; did you mean 'speech-recognition'/);
    expect(gen({ domains: 'pytorch' })).toThrow(/options.domains.*\('pytorch' is a tool\)/);
    expect(gen({ emphasize: ['pytorch', 'pytroch-lightning'] })).toThrow(/options.emphasize\[1\]; did you mean/);
    expect(gen({ emphasize: ['pytorch', 'pytroch-lightning'] })).toThrow(RangeError);
    expect(gen({ emphasize: ['computer-vision'] })).toThrow(/options.emphasize\[0\] must name a skill or tool, but 'computer-vision' is a domain/);
    expect(gen({ mustHave: ['senior'] })).toThrow(/options.mustHave\[0\] must name a skill or tool or domain or dataset or metric/);
    expect(gen({ emphasise: ['pytorch'] })).toThrow(/unknown option 'emphasise' in options; did you mean 'emphasize'/);
    expect(gen({ counts: { requird: 1 } })).toThrow(/did you mean 'required'/);
  });

  it('throws TypeError for values of the wrong type', () => {
    expect(gen('senior')).toThrow(TypeError);
    expect(gen({ role: 3 })).toThrow(TypeError);
    expect(gen({ emphasize: 'pytorch' })).toThrow(/options.emphasize must be an array/);
    expect(gen({ taxonomy: {} })).toThrow(/options.taxonomy must be a Taxonomy/);
    expect(gen({ company: 42 })).toThrow(/options.company must be an object/);
    expect(gen({ remote: 'yes' })).toThrow(TypeError);
  });

  it('checks the posting details', () => {
    expect(gen({ company: '   ' })).toThrow(/options.company must not be empty/);
    expect(gen({ company: { name: 'A', url: 'javascript:alert(1)' } })).toThrow(/options.company.url must be an http\(s\) URL/);
    expect(gen({ location: {} })).toThrow(/options.location needs at least one of/);
    expect(gen({ location: { city: 'Berlin' } })).toThrow(/unknown option 'city' in options.location/);
    expect(gen({ employmentType: 'FULLTIME' })).toThrow(/unknown employment type 'FULLTIME' for options.employmentType; did you mean 'FULL_TIME'/);
    expect(gen({ salary: { currency: 'euro', value: 1 } })).toThrow(/ISO 4217/);
    expect(gen({ salary: { currency: 'EUR' } })).toThrow(/needs a value, or a min and\/or max/);
    expect(gen({ salary: { currency: 'EUR', min: 2, max: 1 } })).toThrow(/must not exceed/);
    expect(gen({ salary: { currency: 'EUR', value: Number.NaN } })).toThrow(/finite number/);
    expect(gen({ datePosted: '2025-02-30' })).toThrow(/options.datePosted must be an ISO 8601 date/);
    expect(gen({ datePosted: 'yesterday' })).toThrow(RangeError);
    expect(gen({ datePosted: new Date(Number.NaN) })).toThrow(/invalid Date/);
    expect(gen({ datePosted: '2025-03-01', validThrough: '2025-02-01' })).toThrow(/validThrough .* is before options.datePosted/);
    expect(gen({ counts: { required: -1 } })).toThrow(/options.counts.required must be a whole number/);
  });
});

describe('determinism', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const options = {
    level: 'staff',
    domains: ['speech-recognition', 'computer-vision'],
    emphasize: ['kubernetes'],
    company: 'Acme',
    location: { locality: 'Zürich', country: 'CH' },
    salary: { currency: 'CHF', min: 180000, max: 240000 },
    datePosted: '2025-03-01',
  } as const;

  it('gives byte-identical output for the same options', () => {
    const a = generateJobDescription(options);
    const b = generateJobDescription(options);
    for (const format of JOB_DESCRIPTION_FORMATS) expect(renderJobDescription(a, format)).toBe(renderJobDescription(b, format));
  });

  it('reads neither the clock nor randomness', () => {
    const before = JOB_DESCRIPTION_FORMATS.map((f) => renderJobDescription(generateJobDescription(options), f));
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now called');
    });
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    const after = JOB_DESCRIPTION_FORMATS.map((f) => renderJobDescription(generateJobDescription(options), f));
    expect(after).toEqual(before);
  });

  it('does not depend on the time zone', () => {
    const tz = process.env['TZ'];
    const render = () => JOB_DESCRIPTION_FORMATS.map((f) => renderJobDescription(generateJobDescription({ ...options, datePosted: new Date(Date.UTC(2025, 0, 1, 23, 30)) }), f));
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      const east = render();
      process.env['TZ'] = 'America/Adak';
      expect(render()).toEqual(east);
    } finally {
      if (tz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = tz;
    }
  });
});
