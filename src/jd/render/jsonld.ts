import { scriptSafeJson } from '../escape.js';
import { expectJobDescription } from './check.js';
import { sentence } from '../text.js';
import type { JobDescription, RequirementTerm } from '../types.js';
import { renderHtmlBody } from './html.js';

/** A JSON-LD node. */
export type JsonLdNode = { readonly [key: string]: unknown };

function definedTermSet(jd: JobDescription): JsonLdNode {
  const t = jd.metadata.taxonomy;
  return { '@type': 'DefinedTermSet', name: t.name, identifier: t.id, version: t.version };
}

/** Skills and tools the requirements name, once each, as schema.org DefinedTerms of the taxonomy. */
function skills(jd: JobDescription): JsonLdNode[] {
  const seen = new Set<string>();
  const terms: RequirementTerm[] = [];
  for (const r of [...jd.requirements.required, ...jd.requirements.preferred]) {
    for (const t of r.terms) {
      if ((t.kind === 'skill' || t.kind === 'tool') && !seen.has(t.id)) {
        seen.add(t.id);
        terms.push(t);
      }
    }
  }
  return terms.map((t) => ({ '@type': 'DefinedTerm', name: t.name, termCode: t.id, inDefinedTermSet: definedTermSet(jd) }));
}

function occupationalCategory(jd: JobDescription): JsonLdNode[] {
  const code = (set: string) => (codeValue: string): JsonLdNode => ({
    '@type': 'CategoryCode',
    codeValue,
    inCodeSet: { '@type': 'CategoryCodeSet', name: set },
  });
  return [...jd.occupations.onetSoc.map(code('O*NET-SOC')), ...jd.occupations.isco08.map(code('ISCO-08'))];
}

function jobLocation(jd: JobDescription): JsonLdNode | undefined {
  const loc = jd.posting.location;
  if (loc === undefined) return undefined;
  const address: Record<string, string> =
    typeof loc === 'string'
      ? { addressLocality: loc }
      : {
          ...(loc.streetAddress !== undefined ? { streetAddress: loc.streetAddress } : {}),
          ...(loc.locality !== undefined ? { addressLocality: loc.locality } : {}),
          ...(loc.region !== undefined ? { addressRegion: loc.region } : {}),
          ...(loc.postalCode !== undefined ? { postalCode: loc.postalCode } : {}),
          ...(loc.country !== undefined ? { addressCountry: loc.country } : {}),
        };
  return { '@type': 'Place', address: { '@type': 'PostalAddress', ...address } };
}

function baseSalary(jd: JobDescription): JsonLdNode | undefined {
  const s = jd.posting.salary;
  if (!s) return undefined;
  const value: Record<string, unknown> = { '@type': 'QuantitativeValue' };
  if (s.value !== undefined) value['value'] = s.value;
  if (s.min !== undefined) value['minValue'] = s.min;
  if (s.max !== undefined) value['maxValue'] = s.max;
  value['unitText'] = s.unit ?? 'YEAR';
  return { '@type': 'MonetaryAmount', currency: s.currency, value };
}

/**
 * The schema.org `JobPosting` of a job description, as Google's job results read it: title, HTML description,
 * dates, hiring organisation, place or TELECOMMUTE with applicant countries, employment type, base salary, plus
 * `skills` as DefinedTerms of the taxonomy (`termCode` is the id), `occupationalCategory` from the role's O*NET-SOC
 * and ISCO-08 codes, `experienceRequirements` in months, `qualifications` and `responsibilities`. Fields whose
 * option was not given are left out (Google requires `datePosted`, `hiringOrganization` and a location).
 *
 * @example
 * ```ts
 * import { generateJobDescription, toJobPosting } from 'ml-skills';
 *
 * const jd = generateJobDescription({ level: 'mid', company: 'Acme', remote: { countries: ['DE'] }, datePosted: '2025-03-01' });
 * const posting = toJobPosting(jd);
 * posting['jobLocationType']; // 'TELECOMMUTE'
 * ```
 * @throws TypeError when `jd` is not a job description.
 * @category Job descriptions
 */
export function toJobPosting(jd: JobDescription): JsonLdNode {
  expectJobDescription('toJobPosting', jd);
  const p = jd.posting;
  const location = jobLocation(jd);
  const salary = baseSalary(jd);
  const terms = skills(jd);
  const categories = occupationalCategory(jd);
  const node: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: jd.title,
    description: renderHtmlBody(jd),
  };
  if (p.datePosted !== undefined) node['datePosted'] = p.datePosted;
  if (p.validThrough !== undefined) node['validThrough'] = p.validThrough;
  if (p.employmentType) node['employmentType'] = p.employmentType.length === 1 ? p.employmentType[0] : [...p.employmentType];
  if (p.company) {
    node['hiringOrganization'] = {
      '@type': 'Organization',
      name: p.company.name,
      ...(p.company.url !== undefined ? { sameAs: p.company.url } : {}),
      ...(p.company.logo !== undefined ? { logo: p.company.logo } : {}),
    };
  }
  if (location) node['jobLocation'] = location;
  if (p.remote) {
    node['jobLocationType'] = 'TELECOMMUTE';
    const countries =
      p.remote.countries.length > 0 ? p.remote.countries : typeof p.location === 'object' && p.location.country !== undefined ? [p.location.country] : [];
    if (countries.length > 0) node['applicantLocationRequirements'] = countries.map((name) => ({ '@type': 'Country', name }));
  }
  if (salary) node['baseSalary'] = salary;
  if (categories.length > 0) node['occupationalCategory'] = categories;
  if (jd.experience) node['experienceRequirements'] = { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: jd.experience.months };
  if (jd.requirements.required.length > 0) node['qualifications'] = jd.requirements.required.map((r) => sentence(r.text)).join(' ');
  if (jd.responsibilities.length > 0) node['responsibilities'] = jd.responsibilities.join(' ');
  if (terms.length > 0) node['skills'] = terms;
  return node;
}

/** Renders the JobPosting JSON-LD, safe to place inside `<script type="application/ld+json">`. */
export function renderJsonLd(jd: JobDescription): string {
  return `${scriptSafeJson(toJobPosting(jd))}\n`;
}
