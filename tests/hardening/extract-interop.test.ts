// The second hardening pass: extraction (src/extract) and the interop functions (src/interop) under fuzzed,
// megabyte-sized and hostile input, with inputs deep-frozen and results scribbled on. The CLI's argument parsing is
// already fuzzed in tests/cli/run.prop.test.ts; the bad-argument table is in errors.test.ts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTaxonomy,
  diffTaxonomies,
  extractSkills,
  importEsco,
  importOnetTechnology,
  migrateTaxonomy,
  taxonomy,
  TaxonomyValidationError,
  toCsv,
  toJsonLd,
  toMermaid,
  validateTaxonomy,
} from '../../src/index.js';
import { withoutParenthesis } from '../../src/extract/compile.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { fixture } from '../helpers.js';
import { expectOwnError, fastest, picture, scribble, thrown } from './support.js';

const MB = 1 << 20;
const x = <V>(value: V): never => value as never;
const frozen = <T>(value: T): T => deepFreeze(structuredClone(value));
const acme = fixture('acme.json');
const custom = createTaxonomy(acme);

const ESCO_HEAD = 'conceptType,conceptUri,skillType,preferredLabel,altLabels,description\n';
const ESCO_ROW = 'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/1,knowledge,Python (computer programming),"Python\nPython programming",Software.\n';
const ONET_HEAD = 'O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n';
const ONET_ROW = '15-2051.00\tData Scientists\tPyTorch\t43232605\tAnalytical or scientific software\tY\tY\n';

describe('extractSkills (fuzzed)', () => {
  const kinds = fc.array(fc.oneof(fc.constantFrom('skill', 'tool', 'domain', 'dataset', 'metric', 'role', 'tol', ''), fc.anything()), { maxLength: 4 });
  const options = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.record(
      {
        kinds: fc.oneof(kinds, fc.anything({ maxDepth: 1 })),
        minConfidence: fc.oneof(fc.double(), fc.anything({ maxDepth: 1 })),
        taxonomy: fc.constantFrom(taxonomy, custom, {}, null, 'builtin'),
        kind: fc.constant(['tool']),
        __proto__: fc.constant({ polluted: 'yes' }),
      },
      { requiredKeys: [] },
    ),
  );
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.anything({ maxDepth: 1 }));

  it('throws nothing but its own TypeError/RangeError; offsets slice back to the surface', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        let result: ReturnType<typeof extractSkills> | undefined;
        const error = thrown(() => (result = extractSkills(x(t), x(o))));
        expectOwnError('extractSkills', error);
        expect(error).not.toBeInstanceOf(TaxonomyValidationError);
        for (const m of result?.mentions ?? []) expect((t as string).slice(m.start, m.end)).toBe(m.surface);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the importers (fuzzed on CSV-ish text)', () => {
  const cellText = fc.oneof(
    fc.constantFrom('"', '""', ',', '\t', '\n', '\r\n', '\r', 'http://data.europa.eu/esco/skill/1', 'http://data.europa.eu/esco/skill/2', 'http://data.europa.eu/esco/skill/S1', 'essential', 'optional', 'Python', 'python', '__proto__', 'constructor', 'Y', 'N', '43232605', ''),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  const csvish = (head: string, sep: string) =>
    fc
      .tuple(fc.boolean(), fc.array(fc.array(cellText, { maxLength: 8 }), { maxLength: 8 }))
      .map(([withHead, rows]) => (withHead ? head : '') + rows.map((r) => r.join(sep)).join('\n'));
  const own = (fn: string, error: unknown): void => {
    expectOwnError(fn, error);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  };

  it('importEsco with every file fuzzed gives a valid document or its own error', () => {
    const file = (head: string) => fc.option(csvish(head, ','), { nil: undefined });
    fc.assert(
      fc.property(
        csvish(ESCO_HEAD, ','),
        file('conceptType,conceptUri,preferredLabel,altLabels,description,code\n'),
        file('Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term\n'),
        file('conceptType,conceptUri,broaderType,broaderUri\n'),
        file('originalSkillUri,relationType,relatedSkillUri\n'),
        fc.constantFrom('label', 'uri'),
        (skills, skillGroups, skillsHierarchy, broaderRelations, skillSkillRelations, ids) => {
          const files = { skills, skillGroups, skillsHierarchy, broaderRelations, skillSkillRelations };
          for (const key of Object.keys(files) as (keyof typeof files)[]) if (files[key] === undefined) delete files[key];
          let doc: unknown;
          const error = thrown(() => (doc = importEsco(x(files), { ids }).taxonomy));
          expectOwnError('importEsco', error);
          if (error === undefined) {
            const r = validateTaxonomy(doc);
            expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('importEsco throws nothing but TypeError, RangeError or TaxonomyValidationError', () => {
    fc.assert(
      fc.property(csvish(ESCO_HEAD, ','), fc.option(csvish('conceptUri,broaderUri\n', ','), { nil: undefined }), (skills, broader) => {
        own('importEsco', thrown(() => importEsco({ skills, ...(broader === undefined ? {} : { broaderRelations: broader }) })));
      }),
      { numRuns: 500 },
    );
  });

  it('importOnetTechnology throws nothing but TypeError, RangeError or TaxonomyValidationError', () => {
    fc.assert(
      fc.property(csvish(ONET_HEAD, '\t'), (file) => own('importOnetTechnology', thrown(() => importOnetTechnology(file)))),
      { numRuns: 500 },
    );
  });

  it('the documents they return are valid', () => {
    const valid = (doc: unknown): void => {
      const r = validateTaxonomy(doc);
      expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([]);
    };
    fc.assert(
      fc.property(csvish(ONET_HEAD, '\t'), csvish(ESCO_HEAD, ','), fc.constantFrom('label', 'uri') , (onet, esco, ids) => {
        let doc: unknown;
        if (thrown(() => (doc = importOnetTechnology(onet).taxonomy)) === undefined) valid(doc);
        if (thrown(() => (doc = importEsco({ skills: esco }, { ids }).taxonomy)) === undefined) valid(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out the source of a concept URI that is not an http(s) URL (was: an invalid document)', () => {
    const { taxonomy: doc } = importEsco({ skills: `${ESCO_HEAD}KnowledgeSkillCompetence,urn:x:1,knowledge,Thing,,x\n${ESCO_ROW}` });
    expect(doc.skills!.map((s) => s.sources?.length ?? 0)).toEqual([0, 1]);
    expect(validateTaxonomy(doc).ok).toBe(true);
  });

  it('gives names without Latin letters or digits valid ids (was: tool- and -code)', () => {
    const file = `${ONET_HEAD}15-2051.00\tx\t㐀\t\u0000\tПрограммы\tN\tN\n15-2051.00\tx\t数据\t\u0000\tПрограммы\tN\tN\n`;
    const { taxonomy: doc } = importOnetTechnology(file);
    expect(doc.tools!.map((t) => t.id)).toEqual(['tool', 'tool-2']);
    expect(doc.toolCategories!.map((c) => c.id)).toEqual(['unspsc']);
    expect(validateTaxonomy(doc).ok).toBe(true);
  });
});

/** Deterministic "random" Unicode: every plane in use, lone surrogates included when asked. */
function randomUnicode(n: number, surrogates: boolean, seed = 11): string {
  let s = seed;
  let out = '';
  while (out.length < n) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const cp = s % 0x2ffff;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      if (surrogates) out += String.fromCharCode(cp);
      continue;
    }
    out += String.fromCodePoint(cp);
  }
  return out.slice(0, n);
}
const repeat = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('extractSkills on 1 MB and 2 MB strings: linear time', () => {
  const INPUTS: Record<string, (n: number) => string> = {
    'one letter': repeat('a'),
    'one space': repeat(' '),
    'one digit': repeat('3'),
    'scikit-learn, repeated': repeat('scikit-learn '),
    'alias fragments': repeat('scikit-learn sklearn k8s/ PyTorchExperience Python 3.11 '),
    'a name without spaces': repeat('pytorch'),
    'almost a long name': repeat('Apache Spark Streamin '),
    'ambiguous names': repeat('Go R Spark Excel '),
    'parentheses': repeat('(Python ('),
    'a URL': (n) => `https://${'pytorch.'.repeat(n / 8)}`,
    'random Unicode': (n) => randomUnicode(n, false),
    'lone surrogates': (n) => randomUnicode(n, true),
    'only lone surrogates': repeat('\ud800\udfff\udc00'),
  };
  for (const [name, make] of Object.entries(INPUTS)) {
    it(name, () => {
      const one = make(MB);
      const two = make(2 * MB);
      const kinds = ['skill', 'tool', 'domain', 'dataset', 'metric', 'role'] as const;
      const run = (t: string) => extractSkills(t, { kinds, minConfidence: 0 });
      const result = run(one); // also the warm-up
      for (const m of result.mentions.slice(0, 1000)) expect(one.slice(m.start, m.end)).toBe(m.surface);
      const t1 = fastest(() => run(one), 2);
      const t2 = fastest(() => run(two), 2);
      expect(t1, `${t1.toFixed(0)} ms for 1 MB`).toBeLessThan(3_000);
      expect(t2, `${t1.toFixed(1)} ms for 1 MB, ${t2.toFixed(1)} ms for 2 MB`).toBeLessThan(3 * t1 + 50);
    }, 60_000);
  }
});

describe('the patterns extraction compiles from taxonomy names', () => {
  const OLD = /^(.{3,}?)\s*\([^()]*\)$/; // the pattern withoutParenthesis replaced

  it('withoutParenthesis finds what the old pattern captured', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab \t\n\u2028()]{0,14}$/), fc.string({ maxLength: 10 }), (a, b) => {
        for (const t of [a, b + a, `${b} (${a})`]) expect(withoutParenthesis(t)).toBe(OLD.exec(t)?.[1]);
      }),
      { numRuns: 3000 },
    );
    expect(withoutParenthesis('Python (computer programming)')).toBe('Python');
    expect(withoutParenthesis('ab (x)')).toBe('ab ');
    expect(withoutParenthesis('a (x)')).toBeUndefined();
    expect(withoutParenthesis('Python (a) (b)')).toBe('Python (a)');
    expect(withoutParenthesis('Python (a)b)')).toBeUndefined();
  });

  it('withoutParenthesis is linear where the old pattern was quadratic (long runs of spaces)', () => {
    const hostile = (n: number) => `abc${' '.repeat(n)}x)`;
    // The old pattern: 20,000 spaces already cost ~0.5 s, so 1 MB would take about 20 minutes.
    const t1 = fastest(() => withoutParenthesis(hostile(MB)));
    const t2 = fastest(() => withoutParenthesis(hostile(2 * MB)));
    expect(t1).toBeLessThan(200);
    expect(t2).toBeLessThan(3 * t1 + 50);
    const spaced = `abc${' '.repeat(MB)}(x)`;
    expect(withoutParenthesis(spaced)).toBe('abc');
  });

  it('a custom taxonomy with hostile names compiles and extracts quickly', () => {
    const doc = fixture('acme.json');
    const long = (unit: string) => unit.repeat(Math.floor(190 / unit.length));
    doc.tools.push(
      { ...doc.tools[0], id: 'spaces-tool', name: `abc${' '.repeat(180)}x)`, aliases: [`${long('1.')}x`, `a${long(' ')}1x`] },
      { ...doc.tools[0], id: 'version-tool', name: `a${long('1.')}!`, aliases: [long('a.'), `${long('(a')})`] },
    );
    const tax = createTaxonomy(doc);
    const start = performance.now();
    extractSkills(`${'abc '.repeat(1000)} a1.1.1 x)`, { taxonomy: tax, minConfidence: 0 });
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('prototype pollution through extraction and interop', () => {
  const PAYLOADS = ['{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}'];
  const poisoned = <T>(value: T, payload: string): T => {
    const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    const extra = JSON.parse(payload) as Record<string, unknown>;
    for (const key of Object.keys(extra)) Object.defineProperty(copy, key, { value: extra[key], enumerable: true, writable: true, configurable: true });
    return copy as T;
  };
  let before: string;
  beforeAll(() => {
    before = Object.getOwnPropertyNames(Object.prototype).sort().join();
  });
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(before);
  });

  it.each(PAYLOADS)('%s is rejected as an unknown option or file, and reaches no prototype', (p) => {
    const calls: [string, () => unknown][] = [
      ['extractSkills', () => extractSkills('PyTorch', poisoned({ minConfidence: 0.2 }, p))],
      ['toJsonLd', () => toJsonLd(taxonomy, poisoned({ language: 'en' }, p))],
      ['toMermaid', () => toMermaid(taxonomy, poisoned({ direction: 'TB' }, p))],
      ['importEsco', () => importEsco(poisoned({ skills: ESCO_HEAD + ESCO_ROW }, p))],
      ['importEsco', () => importEsco({ skills: ESCO_HEAD + ESCO_ROW }, poisoned({ ids: 'uri' }, p))],
      ['importOnetTechnology', () => importOnetTechnology(ONET_HEAD + ONET_ROW, poisoned({ id: 'mine' }, p))],
    ];
    for (const [fn, call] of calls) {
      const error = thrown(call);
      expect(error, fn).toBeInstanceOf(RangeError);
      expectOwnError(fn, error);
      expect((error as Error).message).toContain(`'${Object.keys(JSON.parse(p) as object)[0]!}'`);
      expect(({} as Record<string, unknown>)['polluted'], fn).toBeUndefined();
    }
  });

  it.each(PAYLOADS)('%s in documents and CSV text is plain data to the interop functions', (p) => {
    const doc = poisoned(acme, p);
    for (const [fn, call] of [
      ['diffTaxonomies', () => diffTaxonomies(doc, acme)],
      ['migrateTaxonomy', () => migrateTaxonomy(doc)],
      ['toCsv', () => toCsv(doc)],
      ['toJsonLd', () => toJsonLd(doc)],
      ['toMermaid', () => toMermaid(doc)],
    ] as const) {
      expectOwnError(fn, thrown(call));
      expect(({} as Record<string, unknown>)['polluted'], fn).toBeUndefined();
    }
    const esco = `${ESCO_HEAD}KnowledgeSkillCompetence,__proto__,knowledge,__proto__,"constructor\nprototype",x\n`;
    expectOwnError('importEsco', thrown(() => importEsco({ skills: esco }, { ids: 'uri' })));
    expectOwnError('importEsco', thrown(() => importEsco({ skills: esco })));
    const onet = `${ONET_HEAD}15-2051.00\tx\t__proto__\t__proto__\tconstructor\tY\tY\n`;
    expectOwnError('importOnetTechnology', thrown(() => importOnetTechnology(onet)));
    const header = 'conceptUri,preferredLabel,__proto__,constructor\nhttp://x/1,A,{"polluted":"yes"},prototype\n';
    expectOwnError('importEsco', thrown(() => importEsco({ skills: header })));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('migrateTaxonomy on cyclic input', () => {
  it('names migrateTaxonomy and where the cycle is', () => {
    const doc: Record<string, unknown> = { ...structuredClone(acme) };
    (doc['skills'] as Record<string, unknown>[])[0]!['self'] = doc;
    const error = thrown(() => migrateTaxonomy(doc)) as Error;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('migrateTaxonomy: input must be plain JSON data, but it contains a cycle (at /skills/0/self)');
  });
});

describe('nothing lost: frozen inputs, results safe to modify', () => {
  it('extractSkills takes frozen options and a frozen kinds list; results are the caller’s', () => {
    const options = deepFreeze({ kinds: ['skill', 'tool', 'domain', 'dataset'] as const, minConfidence: 0, taxonomy: custom });
    const text = 'PyTorch and Python (3.11) for driving; Go and R&D; coding, training. k8s';
    const first = extractSkills(text, options);
    const picture1 = picture(first);
    scribble(first);
    expect(picture(extractSkills(text, options))).toEqual(picture1);
    expect(picture(extractSkills(text, { kinds: ['skill', 'tool', 'domain', 'dataset'], minConfidence: 0, taxonomy: custom }))).toEqual(picture1);
  });

  it('the exporters, diffTaxonomies and migrateTaxonomy take frozen documents; results are the caller’s', () => {
    const doc = frozen(acme);
    const changed = frozen({ ...acme, version: '1.1.0', tools: acme.tools.map((t: { name: string }, i: number) => (i === 0 ? { ...t, name: `${t.name} 2` } : t)) });
    const calls: Record<string, () => unknown> = {
      toCsv: () => toCsv(doc),
      toJsonLd: () => toJsonLd(doc, deepFreeze({ base: 'https://acme.example/skills/', language: 'en-GB' })),
      toMermaid: () => toMermaid(doc, deepFreeze({ direction: 'TB' as const })),
      diffTaxonomies: () => diffTaxonomies(doc, changed),
      'diffTaxonomies (taxonomies)': () => diffTaxonomies(custom, createTaxonomy(changed)),
      migrateTaxonomy: () => migrateTaxonomy(doc),
      'toJsonLd (built-in)': () => toJsonLd(taxonomy),
      'toCsv (built-in)': () => toCsv(taxonomy),
    };
    for (const [name, call] of Object.entries(calls)) {
      const first = call();
      const before = picture(first);
      scribble(first);
      expect(picture(call()), name).toEqual(before);
    }
    expect(doc).toEqual(acme);
  });

  it('the importers give results that are the caller’s', () => {
    for (const call of [() => importEsco(deepFreeze({ skills: ESCO_HEAD + ESCO_ROW })), () => importOnetTechnology(ONET_HEAD + ONET_ROW, deepFreeze({ id: 'mine' }))]) {
      const first = call();
      const before = picture(first);
      scribble(first);
      expect(picture(call())).toEqual(before);
    }
  });
});
