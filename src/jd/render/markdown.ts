import { escapeMarkdown as md } from '../escape.js';
import type { JobDescription } from '../types.js';
import { bodySections } from './sections.js';

/** Renders a job description as CommonMark/GFM; every string is escaped, so user text cannot become markup. */
export function renderMarkdown(jd: JobDescription): string {
  const out: string[] = [`# ${md(jd.title)}`, ''];
  if (jd.facts.length > 0) out.push(...jd.facts.map((f) => `- **${md(f.label)}:** ${md(f.value)}`), '');
  for (const s of bodySections(jd)) {
    out.push(`## ${md(s.heading)}`, '');
    for (const p of s.paragraphs) out.push(md(p), '');
    if (s.bullets.length > 0) out.push(...s.bullets.map((b) => `- ${md(b)}`), '');
    if (s.labelled.length > 0) out.push(...s.labelled.map((l) => `- **${md(l.label)}:** ${md(l.value)}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
