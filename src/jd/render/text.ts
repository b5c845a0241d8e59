import type { JobDescription } from '../types.js';
import { bodySections } from './sections.js';

/** A heading underlined with `char`, as wide as the heading (counted in code points). */
const underline = (text: string, char: string): string[] => [text, char.repeat([...text].length)];

/** Renders a job description as plain text (for e-mail or a job board's plain field). */
export function renderText(jd: JobDescription): string {
  const out: string[] = [...underline(jd.title, '='), ''];
  if (jd.facts.length > 0) out.push(...jd.facts.map((f) => `${f.label}: ${f.value}`), '');
  for (const s of bodySections(jd)) {
    out.push(...underline(s.heading, '-'), '');
    for (const p of s.paragraphs) out.push(p, '');
    if (s.bullets.length > 0) out.push(...s.bullets.map((b) => `- ${b}`), '');
    if (s.labelled.length > 0) out.push(...s.labelled.map((l) => `- ${l.label}: ${l.value}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
