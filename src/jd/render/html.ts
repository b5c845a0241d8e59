import { escapeHtml as h } from '../escape.js';
import type { JobDescription } from '../types.js';
import { bodySections } from './sections.js';

/** The body sections as HTML (no title, no facts): what schema.org's `description` carries. */
export function renderHtmlBody(jd: JobDescription): string {
  const out: string[] = [];
  for (const s of bodySections(jd)) {
    out.push(`<h2>${h(s.heading)}</h2>`);
    for (const p of s.paragraphs) out.push(`<p>${h(p)}</p>`);
    if (s.bullets.length > 0) out.push('<ul>', ...s.bullets.map((b) => `  <li>${h(b)}</li>`), '</ul>');
    if (s.labelled.length > 0) out.push('<ul>', ...s.labelled.map((l) => `  <li><strong>${h(l.label)}:</strong> ${h(l.value)}</li>`), '</ul>');
  }
  return out.join('\n');
}

/** Renders a job description as an HTML fragment (an `<article>`); every string is escaped. */
export function renderHtml(jd: JobDescription): string {
  const out: string[] = ['<article class="job-description">', `<h1>${h(jd.title)}</h1>`];
  if (jd.facts.length > 0) {
    out.push('<ul class="job-facts">', ...jd.facts.map((f) => `  <li><strong>${h(f.label)}:</strong> ${h(f.value)}</li>`), '</ul>');
  }
  const body = renderHtmlBody(jd);
  if (body !== '') out.push(body);
  out.push('</article>');
  return `${out.join('\n')}\n`;
}
