// The JSON-LD output: a schema.org JobPosting that Google's job rich results accept (checked with Adobe's
// structured-data validator, which implements Google's JobPosting rules) and that expands as JSON-LD offline.
import Validator from '@adobe/structured-data-validator';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../src/index.js';
import { generateJobDescription } from '../../src/jd/generate.js';
import type { JobDescriptionOptions } from '../../src/jd/options.js';
import { renderJobDescription } from '../../src/jd/render/index.js';

const SCHEMA = 'https://schema.org/';

// A bundled stand-in for the schema.org context: every term is a schema.org property or type. Anything else the
// processor asks for is refused, so no test touches the network.
const documentLoader = async (url: string) => {
  if (url === 'https://schema.org' || url === SCHEMA) {
    return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': SCHEMA } } };
  }
  throw new Error(`network access refused: ${url}`);
};

const posting = (options: JobDescriptionOptions) => JSON.parse(renderJobDescription(generateJobDescription(options), 'jsonld')) as Record<string, unknown>;

const base: JobDescriptionOptions = {
  level: 'senior',
  domains: ['speech-recognition'],
  company: { name: 'Acme Speech', url: 'https://acme.example', logo: 'https://acme.example/logo.png' },
  location: { streetAddress: '1 Example Street', locality: 'Berlin', postalCode: '10115', country: 'DE' },
  employmentType: ['FULL_TIME', 'CONTRACTOR'],
  salary: { currency: 'EUR', min: 90000, max: 120000, unit: 'YEAR' },
  datePosted: '2025-03-01',
  validThrough: '2025-04-30T23:59:00Z',
};

// What the validator recommends and the generator has no option for.
const NOT_OFFERED = new Set(['directApply', 'identifier']);

async function validate(doc: Record<string, unknown>) {
  const issues = await new Validator().validate({ jsonld: { JobPosting: [structuredClone(doc)] } });
  return {
    errors: issues.filter((i) => i.severity === 'ERROR').map((i) => i.issueMessage),
    warnings: issues.filter((i) => i.severity === 'WARNING').flatMap((i) => i.fieldNames ?? []),
  };
}

describe('JSON-LD JobPosting', () => {
  it('passes the JobPosting rules with an office location', async () => {
    const { errors, warnings } = await validate(posting(base));
    expect(errors).toEqual([]);
    // Only the remote-work fields (not applicable) and the fields the generator does not offer are missing.
    expect(warnings.filter((w) => !NOT_OFFERED.has(w) && w !== 'applicantLocationRequirements' && w !== 'jobLocationType')).toEqual([]);
  });

  it('passes the JobPosting rules for a fully remote job', async () => {
    const { location: _, ...rest } = base;
    const doc = posting({ ...rest, remote: { countries: ['DE', 'AT'] } });
    expect(doc['jobLocationType']).toBe('TELECOMMUTE');
    expect(doc['applicantLocationRequirements']).toEqual([{ '@type': 'Country', name: 'DE' }, { '@type': 'Country', name: 'AT' }]);
    expect(doc['jobLocation']).toBeUndefined();
    const { errors, warnings } = await validate(doc);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => !NOT_OFFERED.has(w))).toEqual([]);
  });

  it('reports what Google requires when the options leave it out', async () => {
    const { errors } = await validate(posting({ level: 'senior' }));
    expect(errors.join('\n')).toMatch(/datePosted/);
    expect(errors.join('\n')).toMatch(/hiringOrganization/);
  });

  it('carries skills as DefinedTerms of the taxonomy, occupation codes, months of experience and qualifications', () => {
    const doc = posting(base);
    const skills = doc['skills'] as { '@type': string; name: string; termCode: string; inDefinedTermSet: Record<string, unknown> }[];
    expect(skills.length).toBeGreaterThan(5);
    const offenders = skills.filter((s) => s['@type'] !== 'DefinedTerm' || taxonomy.get(s.termCode)?.name !== s.name).map((s) => s.termCode);
    expect(offenders).toEqual([]);
    expect(skills.map((s) => s.termCode)).toEqual(expect.arrayContaining(['ctc-loss', 'ml-system-design', 'pytorch']));
    expect(new Set(skills.map((s) => s.termCode)).size).toBe(skills.length);
    expect(skills[0]!.inDefinedTermSet).toEqual({ '@type': 'DefinedTermSet', name: taxonomy.name, identifier: taxonomy.id, version: taxonomy.version });
    expect(doc['occupationalCategory']).toContainEqual({ '@type': 'CategoryCode', codeValue: '15-2051.00', inCodeSet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC' } });
    expect(doc['occupationalCategory']).toContainEqual({ '@type': 'CategoryCode', codeValue: '2512', inCodeSet: { '@type': 'CategoryCodeSet', name: 'ISCO-08' } });
    expect(doc['experienceRequirements']).toEqual({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 60 });
    expect(doc['qualifications']).toMatch(/^5\+ years of industry experience/);
    expect(doc['baseSalary']).toEqual({ '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 90000, maxValue: 120000, unitText: 'YEAR' } });
    expect(doc['hiringOrganization']).toEqual({ '@type': 'Organization', name: 'Acme Speech', sameAs: 'https://acme.example', logo: 'https://acme.example/logo.png' });
    expect(doc['description']).toMatch(/^<h2>About the role<\/h2>/);
  });

  it('expands with a JSON-LD processor offline, every property a schema.org IRI', async () => {
    const doc = posting({ ...base, remote: true });
    const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand);
    expect(expanded).toHaveLength(1);
    const node = expanded[0] as Record<string, unknown>;
    expect(node['@type']).toEqual([`${SCHEMA}JobPosting`]);
    const outside: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (!k.startsWith('@') && !k.startsWith(SCHEMA)) outside.push(k);
          walk(x);
        }
      }
    };
    walk(expanded);
    expect(outside).toEqual([]);
    const skills = node[`${SCHEMA}skills`] as Record<string, unknown>[];
    expect(skills[0]).toMatchObject({ '@type': [`${SCHEMA}DefinedTerm`], [`${SCHEMA}termCode`]: [{ '@value': expect.any(String) }] });
    expect(node[`${SCHEMA}experienceRequirements`]).toEqual([
      { '@type': [`${SCHEMA}OccupationalExperienceRequirements`], [`${SCHEMA}monthsOfExperience`]: [{ '@value': 60 }] },
    ]);
  });

  it('refuses the network: a context it does not bundle fails to load', async () => {
    await expect(jsonld.expand({ '@context': 'https://example.com/ctx', name: 'x' } as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.Expand)).rejects.toThrow();
  });
});
