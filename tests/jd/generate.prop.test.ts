// Every valid option set renders in every format without error, with no holes in the prose, the same each time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../src/index.js';
import { generateJobDescription } from '../../src/jd/generate.js';
import { EMPLOYMENT_TYPES, SALARY_UNITS, type JobDescriptionOptions } from '../../src/jd/options.js';
import { JOB_DESCRIPTION_FORMATS, renderJobDescription } from '../../src/jd/render/index.js';
import type { EmploymentType, SalaryUnit } from '../../src/jd/types.js';

const RUNS = 150;
const live = <T extends { deprecated?: unknown }>(xs: readonly T[]) => xs.filter((x) => !x.deprecated);
const ids = <T extends { id: string }>(xs: readonly T[]) => xs.map((x) => x.id);
const sample = <T>(xs: readonly T[], max: number) => fc.uniqueArray(fc.constantFrom(...xs), { maxLength: max });

// Text a user might type: any Unicode, markup included, but not blank.
const userText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && /\S/u.test(s.replace(/[\u0000-\u001f\u007f]/g, '')));
const skillOrToolNames = [...live(taxonomy.skills), ...live(taxonomy.tools)].flatMap((e) => [e.id, e.name]);
const requirementItem = fc.oneof(
  fc.constantFrom(...ids(live(taxonomy.skills)), ...ids(live(taxonomy.tools)), ...ids(live(taxonomy.domains)), ...ids(live(taxonomy.datasets)), ...ids(live(taxonomy.metrics))),
  userText.map((text) => ({ text })),
);
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
const salary = fc.oneof(
  fc.record({ currency: fc.constantFrom('EUR', 'USD', 'GBP'), value: fc.double({ min: 0, max: 1e7, noNaN: true }) }),
  fc
    .tuple(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: 0, max: 1e7, noNaN: true }))
    .map(([a, b]) => ({ currency: 'CHF', min: Math.min(a, b), max: Math.max(a, b) })),
  fc.record({ currency: fc.constant('JPY'), max: fc.integer({ min: 0, max: 1e9 }) }),
).chain((s) => fc.option(fc.constantFrom<SalaryUnit>(...SALARY_UNITS), { nil: undefined }).map((unit) => (unit ? { ...s, unit } : s)));

const options: fc.Arbitrary<JobDescriptionOptions> = fc
  .record(
    {
      role: fc.constantFrom(...ids(live(taxonomy.roles))),
      level: fc.constantFrom(...ids(live(taxonomy.careerLevels))),
      domains: sample(ids(live(taxonomy.domains)), 3),
      emphasize: sample(skillOrToolNames, 3),
      mustHave: fc.array(requirementItem, { maxLength: 3 }),
      niceToHave: fc.array(requirementItem, { maxLength: 3 }),
      counts: fc.record(
        {
          responsibilities: fc.nat(12),
          required: fc.nat(12),
          preferred: fc.nat(12),
          perDomain: fc.nat(8),
          toolCategories: fc.nat(10),
          toolsPerCategory: fc.nat(6),
        },
        { requiredKeys: [] },
      ),
      company: fc.oneof(userText, fc.record({ name: userText, url: fc.constant('https://example.com/jobs?a=1&b=<2>') }, { requiredKeys: ['name'] })),
      location: fc.oneof(userText, fc.record({ locality: userText, region: userText, country: fc.constantFrom('DE', 'US', 'JP') }, { requiredKeys: ['country'] })),
      remote: fc.oneof(fc.boolean(), fc.record({ countries: fc.array(userText, { maxLength: 3 }) })),
      employmentType: fc.oneof(fc.constantFrom<EmploymentType>(...EMPLOYMENT_TYPES), sample(EMPLOYMENT_TYPES, 3)),
      salary,
      dates: fc.tuple(day, day),
    },
    { requiredKeys: [] },
  )
  .map(({ dates, ...o }) => {
    if (!dates) return o;
    const [a, b] = [...dates].sort((x, y) => x.getTime() - y.getTime()) as [Date, Date];
    return { ...o, datePosted: a.toISOString().slice(0, 10), validThrough: b };
  })
  // The ids are drawn from the built-in taxonomy at run time, so they are plain strings to the compiler.
  .map((o) => o as JobDescriptionOptions);

describe('generateJobDescription (property)', () => {
  it('renders every valid option set in every format, without holes, the same every time', () => {
    fc.assert(
      fc.property(options, (o) => {
        const jd = generateJobDescription(o);
        for (const format of JOB_DESCRIPTION_FORMATS) {
          const out = renderJobDescription(jd, format);
          expect(out).toBe(renderJobDescription(generateJobDescription(o), format));
          expect(out.endsWith('\n')).toBe(true);
          if (format === 'json' || format === 'jsonld') {
            JSON.parse(out);
            continue;
          }
          // No holes: nothing undefined, no empty item, no heading without content.
          // ('NaN' alone is a word the data uses — "fixes overflow or NaN issues" — so only numbers are checked.)
          expect(out).not.toMatch(/\bundefined\b|\[object Object\]|NaN\+? years|[$€£]NaN|NaN ?%/);
          expect(out).not.toMatch(/^- ?$|<li><\/li>|<p><\/p>/m);
          // A section heading followed straight by another heading is a hole; the title may be (no posting facts).
          if (format === 'markdown') expect(out).not.toMatch(/^## .*\n\n##? /m);
          if (format === 'html') expect(out).not.toMatch(/<\/h2>\n<h2>/);
        }
        expect(jd.requirements.required.length + jd.requirements.preferred.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lets user text become HTML markup', () => {
    fc.assert(
      fc.property(userText, userText, (company, place) => {
        const html = renderJobDescription(generateJobDescription({ company, location: place, mustHave: [{ text: `${company}<i>` }] }), 'html');
        // Our own elements only.
        const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]));
        expect([...tags].filter((t) => !['article', 'h1', 'h2', 'p', 'ul', 'li', 'strong'].includes(t!))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
