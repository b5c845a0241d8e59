import { expectOneOf } from '../../internal/args.js';
import { expectJobDescription } from './check.js';
import type { JobDescription } from '../types.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJsonLd } from './jsonld.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

/** The formats {@link renderJobDescription} writes. */
export type JobDescriptionFormat = 'markdown' | 'text' | 'html' | 'json' | 'jsonld';

/**
 * Every format {@link renderJobDescription} writes.
 *
 * @example
 * ```ts
 * import { JOB_DESCRIPTION_FORMATS, generateJobDescription, renderJobDescription } from 'ml-skills';
 *
 * const jd = generateJobDescription({ level: 'entry' });
 * const files = JOB_DESCRIPTION_FORMATS.map((format) => [format, renderJobDescription(jd, format)] as const);
 * ```
 * @category Job descriptions
 */
export const JOB_DESCRIPTION_FORMATS: readonly JobDescriptionFormat[] = ['markdown', 'text', 'html', 'json', 'jsonld'];

const RENDERERS: Record<JobDescriptionFormat, (jd: JobDescription) => string> = {
  markdown: renderMarkdown,
  text: renderText,
  html: renderHtml,
  json: renderJson,
  jsonld: renderJsonLd,
};

/**
 * Renders a job description: `'markdown'` (CommonMark/GFM), `'text'` (plain), `'html'` (an `<article>` fragment),
 * `'json'` (the object) or `'jsonld'` (a schema.org `JobPosting` for Google's job results, safe inside a
 * `<script type="application/ld+json">`). Strings, user-supplied ones included, are escaped for the format. The
 * output ends with a newline and depends on nothing but `jd`.
 *
 * @param jd - A job description from {@link generateJobDescription}.
 * @param format - The output format.
 * @throws TypeError when `jd` is not a job description; RangeError for an unknown format.
 * @example
 * ```ts
 * import { generateJobDescription, renderJobDescription } from 'ml-skills';
 *
 * const jd = generateJobDescription({
 *   level: 'staff',
 *   domains: ['computer-vision'],
 *   company: 'Acme',
 *   location: { locality: 'Berlin', country: 'DE' },
 *   datePosted: '2025-03-01',
 * });
 * const html = renderJobDescription(jd, 'html');
 * const jsonLd = `<script type="application/ld+json">${renderJobDescription(jd, 'jsonld')}</script>`;
 * ```
 * @category Job descriptions
 */
export function renderJobDescription(jd: JobDescription, format: JobDescriptionFormat): string {
  const fn = 'renderJobDescription';
  expectJobDescription(fn, jd);
  return RENDERERS[expectOneOf(fn, 'format', format, JOB_DESCRIPTION_FORMATS, 'format')](jd);
}
