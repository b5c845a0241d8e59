import { expectCount, expectKnownKeys, expectOneOf, expectOptions } from '../internal/args.js';
import { kindWords } from '../internal/kind-words.js';
import { didYouMean, quote } from '../internal/suggest.js';
import type { BuiltinIds } from '../generated/ids.js';
import type { EntityKind } from '../schema/kinds.js';
import { taxonomy as builtin } from '../taxonomy/builtin.js';
import type { CareerLevel, Domain, EntityByKind, IdSet, Role, Skill, Tool } from '../taxonomy/entities.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import { tidy } from './text.js';
import type { Company, EmploymentType, JobLocation, PostingDetails, Salary, SalaryUnit } from './types.js';

/** How many items of each kind a job description shows; every count is a whole number, 0 hides the part. */
export interface JobDescriptionCounts {
  /** Responsibilities in all (the level's come first). Default 8. */
  readonly responsibilities?: number;
  /** Skills of the role among the required qualifications. Default 6. */
  readonly required?: number;
  /** Skills of the role among the preferred qualifications. Default 5. */
  readonly preferred?: number;
  /** Items in each domain line (tasks, techniques, datasets). Default 5. */
  readonly perDomain?: number;
  /** Tool categories in the tool section. Default 6. */
  readonly toolCategories?: number;
  /** Tools shown per category. Default 4. */
  readonly toolsPerCategory?: number;
}

/**
 * A qualification to add: a skill, tool, domain, dataset or metric by id, name or alias (tied to the taxonomy),
 * or `{ text }` for free text ("Eligible to work in the EU").
 */
export type RequirementInput<I extends IdSet = BuiltinIds> =
  | I['skill']
  | I['tool']
  | I['domain']
  | I['dataset']
  | I['metric']
  | (string & {})
  | { readonly text: string };

/**
 * Options of {@link generateJobDescription}. Everything is optional; ids of the built-in taxonomy autocomplete.
 *
 * @example
 * ```ts
 * import type { JobDescriptionOptions } from 'ml-skills';
 *
 * const options: JobDescriptionOptions = {
 *   role: 'machine-learning-engineer',
 *   level: 'senior',
 *   domains: ['speech-recognition'],
 *   emphasize: ['pytorch', 'Kubernetes'],
 *   company: 'Acme',
 *   location: { locality: 'Berlin', country: 'DE' },
 *   employmentType: 'FULL_TIME',
 *   salary: { currency: 'EUR', min: 90000, max: 120000, unit: 'YEAR' },
 *   datePosted: '2025-03-01',
 * };
 * ```
 */
export interface JobDescriptionOptions<I extends IdSet = BuiltinIds> {
  /** The taxonomy to draw on; the built-in one by default. */
  readonly taxonomy?: Taxonomy<I>;
  /** A role id; `'machine-learning-engineer'` by default (or the taxonomy's first role when it has none such). */
  readonly role?: I['role'];
  /** A career level id; `'mid'` by default (or the taxonomy's lowest level when it has none such). */
  readonly level?: I['careerLevel'];
  /** One or more domain ids. */
  readonly domains?: I['domain'] | readonly I['domain'][];
  /** Skills or tools (ids, names or aliases) to put first among the requirements and the tools. */
  readonly emphasize?: readonly (I['skill'] | I['tool'] | (string & {}))[];
  /** Required qualifications to add, before the ones the role and level bring. */
  readonly mustHave?: readonly RequirementInput<I>[];
  /** Preferred qualifications to add, before the ones the role and level bring. */
  readonly niceToHave?: readonly RequirementInput<I>[];
  /** How many items of each kind to show. */
  readonly counts?: JobDescriptionCounts;
  /** The hiring organisation: a name, or a name with its web site and logo. */
  readonly company?: string | Company;
  /** Where the job is: free text, or an address (give `country` for Google's job results). */
  readonly location?: string | JobLocation;
  /** Whether the job is fully remote; `{ countries }` says where applicants may live (ISO codes or names). */
  readonly remote?: boolean | { readonly countries: readonly string[] };
  /** Google's employment type(s). */
  readonly employmentType?: EmploymentType | readonly EmploymentType[];
  /** The base salary. */
  readonly salary?: Salary;
  /** The publication date: an ISO 8601 date (or date-time) string, or a Date. No default: output never depends on the clock. */
  readonly datePosted?: string | Date;
  /** The closing date, as `datePosted`. */
  readonly validThrough?: string | Date;
}

/** One qualification from `mustHave` / `niceToHave`, resolved. */
export type ResolvedRequirement =
  | { readonly entity: EntityByKind['skill' | 'tool' | 'domain' | 'dataset' | 'metric'] }
  | { readonly text: string };

/** The options, checked and resolved against the taxonomy. */
export interface ResolvedOptions {
  readonly tax: Taxonomy<IdSet>;
  readonly role: Role;
  readonly level: CareerLevel;
  readonly domains: readonly Domain[];
  readonly emphasize: readonly (Skill | Tool)[];
  readonly mustHave: readonly ResolvedRequirement[];
  readonly niceToHave: readonly ResolvedRequirement[];
  readonly counts: Required<JobDescriptionCounts>;
  readonly posting: PostingDetails;
}

const FN = 'generateJobDescription';

const OPTION_KEYS = [
  'taxonomy', 'role', 'level', 'domains', 'emphasize', 'mustHave', 'niceToHave', 'counts', 'company', 'location',
  'remote', 'employmentType', 'salary', 'datePosted', 'validThrough',
] as const;

/** The default of every count. */
export const DEFAULT_COUNTS: Required<JobDescriptionCounts> = Object.freeze({
  responsibilities: 8,
  required: 6,
  preferred: 5,
  perDomain: 5,
  toolCategories: 6,
  toolsPerCategory: 4,
});

/** Google's employment types. */
export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];
/** The salary periods. */
export const SALARY_UNITS: readonly SalaryUnit[] = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'];
const LOCATION_KEYS = ['streetAddress', 'locality', 'region', 'postalCode', 'country'] as const;
const REQUIREMENT_KINDS = ['skill', 'tool', 'domain', 'dataset', 'metric'] as const;
const MAX_TEXT = 2000;

/** A user string: tidied, non-empty, bounded. */
function userText(param: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${FN}: ${param} must be a string, got ${quote(value)}`);
  const text = tidy(value);
  if (text === '') throw new RangeError(`${FN}: ${param} must not be empty or only whitespace`);
  if (text.length > MAX_TEXT) throw new RangeError(`${FN}: ${param} must be at most ${MAX_TEXT} characters, got ${text.length}`);
  return text;
}

function httpUrl(param: string, value: unknown): string {
  const url = userText(param, value);
  if (!/^https?:\/\/[^\s]+$/.test(url)) throw new RangeError(`${FN}: ${param} must be an http(s) URL, got ${quote(url)}`);
  return url;
}

function expectArray(param: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${FN}: ${param} must be an array, got ${quote(value)}`);
  return value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time, checked for a real calendar date; a Date becomes its UTC ISO string. */
function isoDate(param: string, value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${FN}: ${param} is an invalid Date`);
    return value.toISOString();
  }
  if (typeof value !== 'string') throw new TypeError(`${FN}: ${param} must be an ISO 8601 date string or a Date, got ${quote(value)}`);
  const m = ISO_DATE.exec(value.trim());
  const bad = () => new RangeError(`${FN}: ${param} must be an ISO 8601 date such as '2025-03-01' or '2025-03-01T09:00:00Z', got ${quote(value)}`);
  if (!m) throw bad();
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as [number, number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || day.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) throw bad();
  return value.trim();
}

function money(param: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${FN}: ${param} must be a finite number of at least 0, got ${quote(value)}`);
  }
  return value;
}

function salary(value: unknown): Salary | undefined {
  if (value === undefined) return undefined;
  const param = 'options.salary';
  expectOptions(FN, param, value);
  const v = value as Record<string, unknown>;
  expectKnownKeys(FN, param, v, ['currency', 'value', 'min', 'max', 'unit']);
  const currency = userText(`${param}.currency`, v['currency']);
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`${FN}: ${param}.currency must be an ISO 4217 code such as 'EUR' or 'USD', got ${quote(currency)}`);
  const amount = money(`${param}.value`, v['value']);
  const min = money(`${param}.min`, v['min']);
  const max = money(`${param}.max`, v['max']);
  if (amount === undefined && min === undefined && max === undefined) throw new RangeError(`${FN}: ${param} needs a value, or a min and/or max`);
  if (amount !== undefined && (min !== undefined || max !== undefined)) throw new RangeError(`${FN}: ${param} takes either value or min/max, not both`);
  if (min !== undefined && max !== undefined && min > max) throw new RangeError(`${FN}: ${param}.min (${min}) must not exceed ${param}.max (${max})`);
  const unit = v['unit'] === undefined ? 'YEAR' : expectOneOf(FN, `${param}.unit`, v['unit'], SALARY_UNITS, 'salary unit');
  return { currency, ...(amount !== undefined ? { value: amount } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), unit };
}

function company(value: unknown): Company | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { name: userText('options.company', value) };
  const param = 'options.company';
  expectOptions(FN, param, value);
  const v = value as Record<string, unknown>;
  expectKnownKeys(FN, param, v, ['name', 'url', 'logo']);
  return {
    name: userText(`${param}.name`, v['name']),
    ...(v['url'] !== undefined ? { url: httpUrl(`${param}.url`, v['url']) } : {}),
    ...(v['logo'] !== undefined ? { logo: httpUrl(`${param}.logo`, v['logo']) } : {}),
  };
}

function location(value: unknown): string | JobLocation | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return userText('options.location', value);
  const param = 'options.location';
  expectOptions(FN, param, value);
  const v = value as Record<string, unknown>;
  expectKnownKeys(FN, param, v, LOCATION_KEYS);
  const out: Partial<Record<(typeof LOCATION_KEYS)[number], string>> = {};
  for (const key of LOCATION_KEYS) if (v[key] !== undefined) out[key] = userText(`${param}.${key}`, v[key]);
  if (Object.keys(out).length === 0) throw new RangeError(`${FN}: ${param} needs at least one of ${LOCATION_KEYS.join(', ')}`);
  return out;
}

function remote(value: unknown): { countries: string[] } | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return { countries: [] };
  const param = 'options.remote';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${FN}: ${param} must be true, false or { countries: [...] }, got ${quote(value)}`);
  }
  const v = value as Record<string, unknown>;
  expectKnownKeys(FN, param, v, ['countries']);
  const list = expectArray(`${param}.countries`, v['countries']);
  const countries = [...new Set(list.map((c, i) => userText(`${param}.countries[${i}]`, c)))];
  return { countries };
}

function employmentTypes(value: unknown): EmploymentType[] | undefined {
  if (value === undefined) return undefined;
  const param = 'options.employmentType';
  const list = typeof value === 'string' ? [value] : expectArray(param, value);
  const out = [...new Set(list.map((t, i) => expectOneOf(FN, typeof value === 'string' ? param : `${param}[${i}]`, t, EMPLOYMENT_TYPES, 'employment type')))];
  return out.length > 0 ? out : undefined;
}

/** Finds a skill, tool, … by id, name or alias; RangeError naming the parameter when it is unknown or of another kind. */
function resolveNamed<K extends EntityKind>(tax: Taxonomy<IdSet>, value: unknown, kinds: readonly K[], param: string): EntityByKind[K] {
  if (typeof value !== 'string') throw new TypeError(`${FN}: ${param} must be a string, got ${quote(value)}`);
  const found = tax.resolve(value);
  if (found && (kinds as readonly string[]).includes(found.kind)) return found as EntityByKind[K];
  const what = kinds.map(kindWords).join(' or ');
  if (found) throw new RangeError(`${FN}: ${param} must name a ${what}, but ${quote(value)} is a ${kindWords(found.kind)}`);
  const names: string[] = [];
  for (const kind of kinds) for (const e of tax.lists[kind]) if (!e.deprecated) names.push(e.id, e.name);
  throw new RangeError(`${FN}: unknown ${what} ${quote(value)} for ${param}${didYouMean(value, names)}`);
}

function requirementList(tax: Taxonomy<IdSet>, value: unknown, param: string): ResolvedRequirement[] {
  if (value === undefined) return [];
  const list = expectArray(param, value);
  return list.map((item, i): ResolvedRequirement => {
    const p = `${param}[${i}]`;
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      expectKnownKeys(FN, p, item, ['text']);
      return { text: userText(`${p}.text`, (item as Record<string, unknown>)['text']) };
    }
    return { entity: resolveNamed(tax, item, REQUIREMENT_KINDS, p) };
  });
}

/** The entity with `preferred` as id if the taxonomy has it, else the first live one of the list. */
function fallback<K extends 'role' | 'careerLevel'>(tax: Taxonomy<IdSet>, kind: K, preferred: string): EntityByKind[K] | undefined {
  const found = tax.get(preferred);
  if (found?.kind === kind) return found as EntityByKind[K];
  return tax.lists[kind].find((e) => !e.deprecated) as EntityByKind[K] | undefined;
}

/** Checks every option and resolves ids and names against the taxonomy. */
export function resolveOptions(options: unknown): ResolvedOptions {
  expectOptions(FN, 'options', options);
  const o = (options ?? {}) as Record<string, unknown>;
  expectKnownKeys(FN, 'options', o, OPTION_KEYS);

  const taxValue = o['taxonomy'];
  if (taxValue !== undefined && !(taxValue instanceof Taxonomy)) {
    throw new TypeError(`${FN}: options.taxonomy must be a Taxonomy (from createTaxonomy or extendTaxonomy), got ${quote(taxValue)}`);
  }
  const tax = (taxValue ?? builtin) as Taxonomy<IdSet>;

  const role = o['role'] === undefined ? fallback(tax, 'role', 'machine-learning-engineer') : tax.getOf('role', o['role'] as string, FN, 'options.role');
  if (!role) throw new RangeError(`${FN}: the taxonomy has no roles to describe`);
  const level = o['level'] === undefined ? fallback(tax, 'careerLevel', 'mid') : tax.getOf('careerLevel', o['level'] as string, FN, 'options.level');
  if (!level) throw new RangeError(`${FN}: the taxonomy has no career levels`);

  const domainsValue = o['domains'];
  const domainList = domainsValue === undefined ? [] : typeof domainsValue === 'string' ? [domainsValue] : expectArray('options.domains', domainsValue);
  const domains: Domain[] = [];
  domainList.forEach((d, i) => {
    const domain = tax.getOf('domain', d as string, FN, typeof domainsValue === 'string' ? 'options.domains' : `options.domains[${i}]`);
    if (!domains.includes(domain)) domains.push(domain);
  });

  const emphasize: (Skill | Tool)[] = [];
  if (o['emphasize'] !== undefined) {
    expectArray('options.emphasize', o['emphasize']).forEach((e, i) => {
      const found = resolveNamed(tax, e, ['skill', 'tool'] as const, `options.emphasize[${i}]`);
      if (!emphasize.includes(found)) emphasize.push(found);
    });
  }

  const countsValue = o['counts'];
  expectOptions(FN, 'options.counts', countsValue);
  const counts = { ...DEFAULT_COUNTS };
  if (countsValue !== undefined) {
    const c = countsValue as Record<string, unknown>;
    expectKnownKeys(FN, 'options.counts', c, Object.keys(DEFAULT_COUNTS));
    for (const key of Object.keys(DEFAULT_COUNTS) as (keyof JobDescriptionCounts)[]) {
      expectCount(FN, `options.counts.${key}`, c[key]);
      if (c[key] !== undefined) counts[key] = Math.min(c[key] as number, 1000);
    }
  }

  const datePosted = o['datePosted'] === undefined ? undefined : isoDate('options.datePosted', o['datePosted']);
  const validThrough = o['validThrough'] === undefined ? undefined : isoDate('options.validThrough', o['validThrough']);
  // Compare the calendar dates only: a date-time without a zone is local time, and the result must not depend on it.
  if (datePosted !== undefined && validThrough !== undefined && validThrough.slice(0, 10) < datePosted.slice(0, 10)) {
    throw new RangeError(`${FN}: options.validThrough (${validThrough}) is before options.datePosted (${datePosted})`);
  }

  const c = company(o['company']);
  const loc = location(o['location']);
  const rem = remote(o['remote']);
  const emp = employmentTypes(o['employmentType']);
  const sal = salary(o['salary']);
  const posting: PostingDetails = {
    ...(c ? { company: c } : {}),
    ...(loc !== undefined ? { location: loc } : {}),
    ...(rem ? { remote: rem } : {}),
    ...(emp ? { employmentType: emp } : {}),
    ...(sal ? { salary: sal } : {}),
    ...(datePosted !== undefined ? { datePosted } : {}),
    ...(validThrough !== undefined ? { validThrough } : {}),
  };

  return {
    tax,
    role,
    level,
    domains,
    emphasize,
    mustHave: requirementList(tax, o['mustHave'], 'options.mustHave'),
    niceToHave: requirementList(tax, o['niceToHave'], 'options.niceToHave'),
    counts,
    posting,
  };
}

