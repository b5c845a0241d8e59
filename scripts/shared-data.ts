// Readers for the real data beside the checkout (../shared/data): job postings, the gold annotation, O*NET.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ROOT } from './load-data.js';

export const SHARED_DATA = join(ROOT, '..', 'shared', 'data');
export const hasSharedData = (): boolean => existsSync(join(SHARED_DATA, 'job-postings', 'ml-job-postings-us.csv'));

export interface Posting {
  readonly row: string;
  readonly date: string;
  readonly title: string;
  readonly text: string;
}

/** The 529 real ML job postings. */
export function readPostings(): Posting[] {
  const rows = parse(readFileSync(join(SHARED_DATA, 'job-postings', 'ml-job-postings-us.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => ({ row: r['row'] ?? '', date: r['job_posted_date'] ?? '', title: r['job_title'] ?? '', text: r['job_description_text'] ?? '' }));
}

export interface GoldMention {
  readonly canonical: string;
  readonly category: 'language' | 'tool' | 'domain' | 'concept';
  readonly surface: string;
  /** Offset in Unicode code points. */
  readonly start: number;
}

/** The hand-annotated gold mentions of 25 postings. */
export function readGold(): { row: string; mentions: GoldMention[]; traps: { surface: string; start: number }[] }[] {
  return readFileSync(join(SHARED_DATA, 'job-postings', 'gold-mentions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const g = JSON.parse(l) as { row: number | string; mentions: GoldMention[]; traps: { surface: string; start: number }[] };
      return { ...g, row: String(g.row) };
    });
}

/** Rows of a tab-separated O*NET file as objects keyed by its header. */
export function readOnet(file: string): Record<string, string>[] {
  return parse(readFileSync(join(SHARED_DATA, 'onet-29.3', file), 'utf8'), { columns: true, delimiter: '\t', quote: false, relax_column_count: true }) as Record<string, string>[];
}
