// Snapshots of generated postings: a matrix of roles × levels × domains in Markdown, one file each, so a change in
// wording or selection shows up as a readable diff; and one posting in every other format.
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../src/index.js';
import { generateJobDescription } from '../../src/jd/generate.js';
import { renderJobDescription } from '../../src/jd/render/index.js';
import type { JobDescriptionOptions } from '../../src/jd/options.js';

const ROLES = ['machine-learning-engineer', 'research-scientist', 'data-scientist'] as const;
const LEVELS = ['entry', 'senior', 'staff'] as const;
const DOMAINS = ['speech-recognition', 'computer-vision', 'recommender-systems'] as const;

// The data's own prose, lower-cased: an id that is also an ordinary phrase there ("cold-start") is not a leak.
const PROSE = [...taxonomy.entities()]
  .flatMap((e) => [e.name, e.description, ...(e.kind === 'skill' ? (e.expectations ?? []).flatMap((x) => x.behaviours ?? []) : [])])
  .join('\n')
  .toLowerCase();
const word = (id: string) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`);

describe('job description matrix (Markdown)', () => {
  for (const role of ROLES) {
    for (const level of LEVELS) {
      for (const domain of DOMAINS) {
        it(`${role} × ${level} × ${domain}`, async () => {
          const jd = generateJobDescription({ role, level, domains: [domain] });
          const md = renderJobDescription(jd, 'markdown');
          // Reads like a posting: no ids in the prose, no holes.
          const text = renderJobDescription(jd, 'text');
          const ids = jd.metadata.ids.filter((id) => id.includes('-') && word(id).test(text) && !word(id).test(PROSE));
          expect(ids).toEqual([]);
          expect(text).not.toMatch(/\bundefined\b|\bnull\b|NaN/);
          await expect(md).toMatchFileSnapshot(`./__snapshots__/matrix/${role}.${level}.${domain}.md`);
        });
      }
    }
  }
});

describe('one posting in every format', () => {
  const options: JobDescriptionOptions = {
    level: 'senior',
    domains: ['speech-recognition'],
    emphasize: ['kubernetes'],
    mustHave: [{ text: 'Eligible to work in the EU' }],
    company: { name: 'Acme Speech', url: 'https://acme.example' },
    location: { locality: 'Berlin', country: 'DE' },
    remote: { countries: ['DE', 'AT'] },
    employmentType: 'FULL_TIME',
    salary: { currency: 'EUR', min: 90000, max: 120000, unit: 'YEAR' },
    datePosted: '2025-03-01',
    validThrough: '2025-04-30',
  };
  const jd = generateJobDescription(options);
  for (const [format, ext] of [['markdown', 'md'], ['text', 'txt'], ['html', 'html'], ['json', 'json'], ['jsonld', 'jsonld']] as const) {
    it(format, async () => {
      await expect(renderJobDescription(jd, format)).toMatchFileSnapshot(`./__snapshots__/formats/senior-asr.${ext}`);
    });
  }
});
