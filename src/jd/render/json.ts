import type { JobDescription } from '../types.js';

/** Renders a job description as indented JSON (the {@link JobDescription} object itself). */
export function renderJson(jd: JobDescription): string {
  return `${JSON.stringify(jd, null, 2)}\n`;
}
