// The shape of a generated job description. Plain interfaces: these are outputs, not the data model. Every string
// in it is finished prose or a user value; renderers only lay it out and escape it.

/** An entity of the taxonomy as a job description cites it. */
export interface JobDescriptionRef {
  /** The taxonomy id. */
  readonly id: string;
  /** The display name. */
  readonly name: string;
}

/** The kinds of entity a requirement can name. */
export type RequirementTermKind = 'skill' | 'tool' | 'domain' | 'dataset' | 'metric';

/** One taxonomy entity named by a requirement, with the proficiency the level expects where the data says so. */
export interface RequirementTerm extends JobDescriptionRef {
  readonly kind: RequirementTermKind;
  /** The proficiency expected at the career level (skills only, when the skill has an expectation there). */
  readonly proficiency?: JobDescriptionRef;
}

/** Where a requirement came from. */
export type RequirementSource =
  | 'experience'
  | 'emphasis'
  | 'must-have'
  | 'nice-to-have'
  | 'role'
  | 'domain'
  | 'tools';

/** One line of the required or preferred qualifications. */
export interface Requirement {
  /** The sentence as it appears in the posting. */
  readonly text: string;
  /** Why it is there: the level's experience, an option, the role's skills, a domain or the tool stack. */
  readonly source: RequirementSource;
  /** The taxonomy entities it names, in the order the text names them; empty for free text. */
  readonly terms: readonly RequirementTerm[];
}

/** The tools of one category the posting lists. */
export interface ToolGroup {
  readonly category: JobDescriptionRef;
  /** Most relevant first. */
  readonly tools: readonly JobDescriptionRef[];
}

/** What one domain brings to the posting. */
export interface DomainKnowledge {
  readonly domain: JobDescriptionRef;
  /** The domain's tasks (skills), those expected deepest at the level first. */
  readonly tasks: readonly RequirementTerm[];
  /** The domain's techniques and model families (skills), those expected deepest at the level first. */
  readonly techniques: readonly RequirementTerm[];
  /** Benchmark datasets. */
  readonly datasets: readonly JobDescriptionRef[];
  /** Evaluation metrics. */
  readonly metrics: readonly JobDescriptionRef[];
  /** Products and uses the domain serves, as the data words them. */
  readonly applications: readonly string[];
  /** The same as labelled lines for display ("Tasks: object detection, …"), names worded as in a sentence. */
  readonly lines: readonly PostingFact[];
}

/** Years of experience the career level typically has. */
export interface ExperienceRequirement {
  readonly minYears: number;
  /** Absent for open-ended levels. */
  readonly maxYears?: number;
  /** The minimum in months, as schema.org's `monthsOfExperience` wants it. */
  readonly months: number;
}

/** A postal address (schema.org `PostalAddress`); `country` is best given as an ISO 3166-1 alpha-2 code. */
export interface JobLocation {
  readonly streetAddress?: string;
  readonly locality?: string;
  readonly region?: string;
  readonly postalCode?: string;
  readonly country?: string;
}

/** Google's employment types (schema.org `employmentType`). */
export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'INTERN' | 'VOLUNTEER' | 'PER_DIEM' | 'OTHER';

/** The period a salary is paid for (schema.org `unitText`). */
export type SalaryUnit = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** A base salary: a single `value`, or a range with `min` and/or `max`. */
export interface Salary {
  /** ISO 4217 code, e.g. "EUR". */
  readonly currency: string;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  /** Defaults to `'YEAR'`. */
  readonly unit?: SalaryUnit;
}

/** The hiring organisation. */
export interface Company {
  readonly name: string;
  /** The organisation's web site (schema.org `sameAs`). */
  readonly url?: string;
  /** A logo image URL. */
  readonly logo?: string;
}

/** The posting's practical details, as given (whitespace tidied). */
export interface PostingDetails {
  readonly company?: Company;
  /** A free-text place, or a structured address (needed for Google's `jobLocation`). */
  readonly location?: string | JobLocation;
  /** Whether the job can be done fully remotely, and from which countries applicants may work. */
  readonly remote?: { readonly countries: readonly string[] };
  readonly employmentType?: readonly EmploymentType[];
  readonly salary?: Salary;
  /** ISO 8601 date or date-time. */
  readonly datePosted?: string;
  /** ISO 8601 date or date-time. */
  readonly validThrough?: string;
}

/** A labelled fact shown under the title ("Location: Berlin"). */
export interface PostingFact {
  readonly label: string;
  readonly value: string;
}

/**
 * A job description built from the taxonomy by {@link generateJobDescription}; render it with
 * {@link renderJobDescription}. A fresh object: safe to modify.
 */
export interface JobDescription {
  /** The posting title, e.g. "Senior Machine Learning Engineer, Speech Recognition". */
  readonly title: string;
  readonly role: JobDescriptionRef;
  readonly level: JobDescriptionRef;
  readonly domains: readonly JobDescriptionRef[];
  /** The opening paragraphs. */
  readonly summary: readonly string[];
  /** What the person will do: the level's scope first, then the role's work and the domains'. */
  readonly responsibilities: readonly string[];
  /** Qualifications: `required` (minimum) and `preferred` (nice to have). */
  readonly requirements: { readonly required: readonly Requirement[]; readonly preferred: readonly Requirement[] };
  /** The tool stack, by category, most relevant category first. */
  readonly tools: readonly ToolGroup[];
  /** One entry per domain. */
  readonly domainKnowledge: readonly DomainKnowledge[];
  /** Absent when the level states no typical years. */
  readonly experience?: ExperienceRequirement;
  readonly posting: PostingDetails;
  /** The posting details as labelled lines, in display order. */
  readonly facts: readonly PostingFact[];
  /** The role's occupation codes, for schema.org `occupationalCategory`. */
  readonly occupations: { readonly onetSoc: readonly string[]; readonly isco08: readonly string[] };
  readonly metadata: {
    /** The taxonomy the description was built from. */
    readonly taxonomy: { readonly id: string; readonly name: string; readonly version: string };
    /** Every taxonomy id the description uses, sorted. */
    readonly ids: readonly string[];
  };
}
