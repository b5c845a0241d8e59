// The practical details of a posting (company, place, contract, pay, dates) as labelled lines.
import { enumerate, formatNumber } from './text.js';
import type { EmploymentType, JobLocation, PostingDetails, PostingFact, Salary, SalaryUnit } from './types.js';

const EMPLOYMENT_WORDS: Record<EmploymentType, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

const UNIT_WORDS: Record<SalaryUnit, string> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** "Berlin, DE" from an address, most specific part first. */
export function locationText(location: string | JobLocation): string {
  if (typeof location === 'string') return location;
  const { streetAddress, locality, region, postalCode, country } = location;
  return [streetAddress, locality, region, postalCode, country].filter((x): x is string => x !== undefined).join(', ');
}

/** "EUR 90,000–120,000 per year", "From USD 40 per hour". */
export function salaryText(salary: Salary): string {
  const per = `per ${UNIT_WORDS[salary.unit ?? 'YEAR']}`;
  const { currency, value, min, max } = salary;
  if (value !== undefined) return `${currency} ${formatNumber(value)} ${per}`;
  if (min !== undefined && max !== undefined) {
    return min === max ? `${currency} ${formatNumber(min)} ${per}` : `${currency} ${formatNumber(min)}–${formatNumber(max)} ${per}`;
  }
  if (min !== undefined) return `From ${currency} ${formatNumber(min)} ${per}`;
  return `Up to ${currency} ${formatNumber(max ?? 0)} ${per}`;
}

/** The posting details as labelled lines; only what was given. */
export function postingFacts(posting: PostingDetails): PostingFact[] {
  const facts: PostingFact[] = [];
  if (posting.company) facts.push({ label: 'Company', value: posting.company.name });
  if (posting.location !== undefined) facts.push({ label: 'Location', value: locationText(posting.location) });
  if (posting.remote) {
    const where = posting.remote.countries;
    facts.push({ label: 'Remote', value: where.length > 0 ? `Yes, from ${enumerate(where)}` : 'Yes' });
  }
  if (posting.employmentType) facts.push({ label: 'Employment type', value: enumerate(posting.employmentType.map((t) => EMPLOYMENT_WORDS[t]), 'or') });
  if (posting.salary) facts.push({ label: 'Salary', value: salaryText(posting.salary) });
  if (posting.datePosted !== undefined) facts.push({ label: 'Posted', value: posting.datePosted });
  if (posting.validThrough !== undefined) facts.push({ label: 'Apply by', value: posting.validThrough });
  return facts;
}
