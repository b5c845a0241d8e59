import { describe, expect, it } from 'vitest';
import { createTaxonomy, extendTaxonomy, taxonomy } from '../../src/index.js';
import { extractSkills } from '../../src/extract/extract-skills.js';
import { matcherFor } from '../../src/extract/matcher.js';
import { fixture } from '../helpers.js';

/** The ids found in a text, in order. */
const ids = (text: string, options?: Parameters<typeof extractSkills>[1]): string[] => extractSkills(text, options).mentions.map((m) => m.id);
/** [id, surface] pairs found in a text. */
const found = (text: string): [string, string][] => extractSkills(text).mentions.map((m) => [m.id, m.surface]);

describe('extractSkills: spellings', () => {
  it.each([
    ['scikit-learn', 'scikit-learn'],
    ['scikit learn', 'scikit learn'],
    ['Sci-Kit-Learn', 'Sci-Kit-Learn'],
    ['Scikitlearn', 'Scikitlearn'],
    ['sklearn', 'sklearn'],
    ['SCIKIT-LEARN', 'SCIKIT-LEARN'],
  ])('finds scikit-learn written %s', (text, surface) => {
    expect(found(`Experience with ${text} required.`)).toEqual([['scikit-learn', surface]]);
  });

  it('does not assemble names from unrelated words', () => {
    expect(ids('Our kit helps you learn, sci-fi fans welcome.')).not.toContain('scikit-learn');
    // Commas and line breaks separate list items: "Spark, SQL" is not Spark SQL.
    expect(ids('Spark, SQL and Hadoop')).toEqual(['apache-spark', 'sql', 'hadoop']);
    expect(ids('Spark\nSQL')).not.toContain('spark-sql');
    // A space only where the name has a break: "a Sr. Data Scientist" is no ASR.
    expect(ids('We are looking for a Sr. Data Scientist')).not.toContain('speech-recognition');
  });

  it('finds Node.js, NodeJS and Node JS, but not a graph node', () => {
    expect(found('Node.js and NodeJS and Node JS')).toEqual([
      ['nodejs', 'Node.js'],
      ['nodejs', 'NodeJS'],
      ['nodejs', 'Node JS'],
    ]);
    expect(ids('each graph node stores an embedding')).toEqual(expect.not.arrayContaining(['nodejs']));
    expect(ids('Node is great')).toEqual([]);
  });

  it('tells C, C++ and C# apart', () => {
    expect(found('C/C++, C# and C.')).toEqual([
      ['c', 'C'],
      ['cpp', 'C++'],
      ['csharp', 'C#'],
      ['c', 'C'],
    ]);
    expect(ids('Modern C++ (C++17)')).toEqual(['cpp', 'cpp']);
  });

  it('finds names that start with a dot (.NET), in a taxonomy that has one', () => {
    const t = extendTaxonomy(createTaxonomy(fixture('acme.json')), {
      tools: [{ id: 'dotnet', name: '.NET', aliases: ['dotnet'], description: 'A platform.', category: 'frameworks' }],
    });
    expect(ids('Experience with .NET and C#.', { taxonomy: t, kinds: ['tool'] })).toEqual(['dotnet']);
    expect(ids('net income and a fishing net', { taxonomy: t, kinds: ['tool'] })).toEqual([]);
  });

  it('finds plurals: LLMs, CNNs, transformers, regressions', () => {
    expect(found('LLMs, CNNs and transformers; regressions')).toEqual([
      ['large-language-models', 'LLMs'],
      ['convolutional-neural-networks', 'CNNs'],
      ['transformer-architecture', 'transformers'],
      ['regression', 'regressions'],
    ]);
  });

  it('does not read capitalised tools in the plural ("Sparks", "Rays")', () => {
    expect(ids('Sparks fly and Rays of light, with Python')).toEqual(['python']);
  });

  it('finds names before a version, and leaves the version out of the surface', () => {
    expect(found('Python 3.11, Python3+ years, TensorFlow2, PyTorch 2.x')).toEqual([
      ['python', 'Python'],
      ['python', 'Python'],
      ['tensorflow', 'TensorFlow'],
      ['pytorch', 'PyTorch'],
    ]);
  });

  it('does not take a one-letter name before digits (R2, C3.ai)', () => {
    expect(ids('an R2 score of 0.9 at C3.ai')).toEqual([]);
  });

  it('finds names glued to the next word by scraping', () => {
    expect(found('Strong PyTorchExperience with KubernetesSound, C++Familiar, LLMs5+ years, requirementsPython')).toEqual([
      ['pytorch', 'PyTorch'],
      ['kubernetes', 'Kubernetes'],
      ['cpp', 'C++'],
      ['large-language-models', 'LLMs'],
      ['python', 'Python'],
    ]);
    expect(ids('Machine Learning EngineerLocation: Seattle')).toEqual([]);
  });

  it('does not cut names out of other words (DoorDash, HackerRank, GoPro)', () => {
    expect(ids('At DoorDash we use HackerRank and GoPro cameras; Python, Go and Plotly dashboards')).toEqual(['python', 'go', 'plotly']);
  });

  it('finds multi-word names, longest first', () => {
    expect(found('Hugging Face Transformers on Google Cloud Platform')).toEqual([
      ['hugging-face-transformers', 'Hugging Face Transformers'],
      ['google-cloud-platform', 'Google Cloud Platform'],
    ]);
    expect(ids('Apache Spark Streaming, Spark SQL and Spark')).toEqual(['apache-spark-streaming', 'spark-sql', 'apache-spark']);
    expect(ids('Google Cloud and GCP')).toEqual(['google-cloud-platform', 'google-cloud-platform']);
  });

  it('splits a cloud platform from its product, and nests it when the product has no name of its own', () => {
    expect(found('AWS SageMaker and Azure DevOps')).toEqual([
      ['aws', 'AWS'],
      ['amazon-sagemaker', 'SageMaker'],
      ['azure-devops', 'Azure DevOps'],
      ['microsoft-azure', 'Azure'],
    ]);
    expect(found('Amazon SageMaker')).toEqual([['amazon-sagemaker', 'Amazon SageMaker']]);
  });

  it('skips URLs and e-mail addresses', () => {
    expect(ids('See https://github.com/pytorch/pytorch or github.com/keras-team, write to jobs@python.org')).toEqual([]);
    expect(ids('Docs at www.tensorflow.org; we use TensorFlow')).toEqual(['tensorflow']);
  });
});

describe('extractSkills: ambiguous names decided by context', () => {
  const cases: [string, string, string[], string[]][] = [
    ['go', 'Go', ['Experience with Go and Python', 'Go (golang) services', 'including but not limited to Go, C/C++, and Python'], ['ready to go to market', "Let's Go!", 'your go-to person', 'Go beyond the job description', 'ready to Go']],
    ['r', 'R', ['Python, R, SQL', 'statistical programming in R and SAS'], ['R&D team', 'R&R benefits', 'Mask R-CNN models', 'an R-squared of 0.8']],
    ['c', 'C', ['C/C++ and Python', 'programming in C, Rust or Go'], ['18 U.S.C. 1001', 'Washington, D.C. office', 'Zone C parking', 'C-suite stakeholders']],
    ['apache-spark', 'Spark', ['Spark and Hadoop clusters', 'Dask, Spark, Ray, etc.'], ['spark innovation', 'Spark joy in customers', 'to spark curiosity']],
    ['ray', 'Ray', ['distributed training with Ray and PyTorch', 'Spark, Ray, or Dask'], ['Ray Smith joined as CEO.', 'Mr. Ray will call you.']],
    ['julia', 'Julia', ['Python, Julia, R', 'scientific computing in Julia'], ['Julia Roberts, our recruiter, will call you.']],
    ['swift', 'Swift', ['Swift and Kotlin for iOS apps'], ['a swift response', 'Taylor Swift fans']],
    ['rust', 'Rust', ['Rust, Go, C++', 'systems programming in Rust'], ['rust on the pipes', 'Rust Belt city']],
    ['dart', 'Dart', ['Dart and Flutter for mobile'], ['a dart board in the office', 'Dart Container Corporation']],
    ['microsoft-excel', 'Excel', ['Excel, SQL, Tableau', 'Microsoft Excel and PowerPoint'], ['excel at communication', 'Excel in a fast-paced team', 'you will excel']],
  ];
  describe.each(cases)('%s', (id, _name, meant, notMeant) => {
    it.each(meant)('found in %j', (text) => {
      expect(ids(text)).toContain(id);
    });
    it.each(notMeant)('not found in %j', (text) => {
      expect(ids(text)).not.toContain(id);
    });
  });

  it('tells Keras from TensorFlow and its module tf.keras', () => {
    expect(ids('Keras')).toEqual(['keras']);
    expect(ids('tf.keras layers')).toEqual(['keras']);
    expect(ids('TensorFlow (TF) and Keras')).toEqual(['tensorflow', 'tensorflow', 'keras']);
  });

  it('tells the Transformers library from the architecture', () => {
    expect(ids('Stack: Transformers, PyTorch, Kubernetes')[0]).toBe('hugging-face-transformers');
    expect(ids('the Hugging Face Transformers library')).toEqual(['hugging-face-transformers']);
    expect(ids('transformers and CNNs')).toEqual(['transformer-architecture', 'convolutional-neural-networks']);
    expect(ids('Transformers have changed everything.')).toEqual(['transformer-architecture']);
  });

  it('scores unsure matches low: shown only with a lower minConfidence', () => {
    expect(ids('Ray Smith joined as CEO.')).toEqual([]);
    const [m] = extractSkills('Ray Smith joined as CEO.', { minConfidence: 0 }).mentions;
    expect(m).toMatchObject({ id: 'ray', surface: 'Ray' });
    expect(m!.confidence).toBeLessThan(0.5);
  });

  it('accepts an ambiguous name when the text surely mentions the same entity elsewhere', () => {
    const text = 'We build the perception stack of autonomous vehicles.\n' + 'x'.repeat(300) + '\nOur perception engineers own it.';
    expect(extractSkills(text).mentions.filter((m) => m.id === 'autonomous-driving-perception')).toHaveLength(3);
    expect(ids('Our perception engineers own it.')).toEqual([]);
  });
});

describe('extractSkills: results', () => {
  it('gives UTF-16 offsets that slice back to the surface, after emoji too', () => {
    const text = '🚀 Strong 🧠 PyTorch and Python 3.11 skills';
    const { mentions } = extractSkills(text);
    expect(mentions.map((m) => [m.id, m.start, m.end])).toEqual([
      ['pytorch', 13, 20],
      ['python', 25, 31],
    ]);
    expect(text.indexOf('PyTorch')).toBe(13); // '🚀' and '🧠' are two UTF-16 units each
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('aggregates mentions per entity: count, best confidence, first place, surfaces', () => {
    const { entities } = extractSkills('k8s first, then Kubernetes; Python and python');
    expect(entities).toEqual([
      { id: 'kubernetes', kind: 'tool', name: 'Kubernetes', count: 2, confidence: 1, start: 0, end: 3, surfaces: ['k8s', 'Kubernetes'] },
      { id: 'python', kind: 'tool', name: 'Python', count: 2, confidence: 1, start: 28, end: 34, surfaces: ['Python', 'python'] },
    ]);
  });

  it('gives confidence 1 to a name written as the taxonomy writes it, less to variants', () => {
    const [exact, lower, glued] = extractSkills('PyTorch pytorch PyTorchExperience').mentions;
    expect(exact!.confidence).toBe(1);
    expect(lower!.confidence).toBeLessThan(1);
    expect(glued!.confidence).toBeLessThan(lower!.confidence);
  });

  it('looks for the kinds asked for only', () => {
    const text = 'SQL querying for NLP with Python';
    expect(ids(text)).toEqual(['sql-querying', 'natural-language-processing', 'python']);
    expect(ids(text, { kinds: ['tool'] })).toEqual(['sql', 'python']);
    expect(ids(text, { kinds: ['domain'] })).toEqual(['natural-language-processing']);
  });

  it('returns fresh results that the caller may change', () => {
    const a = extractSkills('Python');
    a.mentions[0]!.id = 'changed';
    a.entities[0]!.surfaces.push('x');
    expect(extractSkills('Python').mentions[0]!.id).toBe('python');
    expect(extractSkills('Python').entities[0]!.surfaces).toEqual(['Python']);
  });

  it('compiles the matcher once per taxonomy', () => {
    expect(matcherFor(taxonomy)).toBe(matcherFor(taxonomy));
    const acme = createTaxonomy(fixture('acme.json'));
    expect(matcherFor(acme)).not.toBe(matcherFor(taxonomy));
    expect(ids('python3 and PyTorch', { taxonomy: acme, kinds: ['tool'] })).toEqual(['py', 'torch']);
  });

  it('handles empty and odd input', () => {
    expect(extractSkills('')).toEqual({ mentions: [], entities: [] });
    expect(ids('\ud800Python\udfff')).toEqual(['python']);
    expect(ids('Pythön and naïve Bayes')).toEqual(['python', 'naive-bayes']); // accents are folded
    expect(ids('ＰＹＴＨＯＮ')).toEqual(['python']);
  });
});

describe('extractSkills: arguments', () => {
  it('checks its arguments and names the bad one', () => {
    expect(() => extractSkills(3 as never)).toThrow(new TypeError('extractSkills: text must be a string, got 3'));
    expect(() => extractSkills('x', 'tools' as never)).toThrow(/options must be an object/);
    expect(() => extractSkills('x', { kinds: 'tool' as never })).toThrow(/options.kinds must be an array/);
    expect(() => extractSkills('x', { kinds: ['tools' as never] })).toThrow(/unknown kind 'tools' for options.kinds; did you mean 'tool'/);
    expect(() => extractSkills('x', { kinds: ['tools' as never] })).toThrow(RangeError);
    expect(() => extractSkills('x', { minConfidence: 2 })).toThrow(new RangeError('extractSkills: options.minConfidence must be a number from 0 to 1, got 2'));
    expect(() => extractSkills('x', { minConfidence: Number.NaN })).toThrow(RangeError);
    expect(() => extractSkills('x', { taxonomy: {} as never })).toThrow(/options.taxonomy must be a Taxonomy/);
  });
});
