// The posting as an ordered list of sections, shared by every text renderer so that Markdown, plain text and HTML
// say the same things in the same order. Sections with nothing in them are left out.
import { enumerate } from '../text.js';
import type { JobDescription, PostingFact } from '../types.js';

/** One section of a rendered posting: paragraphs, bullets and/or labelled lines. */
export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly bullets: readonly string[];
  readonly labelled: readonly PostingFact[];
}

function section(heading: string, parts: Partial<Omit<Section, 'heading'>>): Section | undefined {
  const s: Section = { heading, paragraphs: parts.paragraphs ?? [], bullets: parts.bullets ?? [], labelled: parts.labelled ?? [] };
  return s.paragraphs.length + s.bullets.length + s.labelled.length > 0 ? s : undefined;
}

/** The body sections after the title and the facts. */
export function bodySections(jd: JobDescription): Section[] {
  const names = (xs: readonly { name: string }[]) => enumerate(xs.map((x) => x.name));
  const list = [
    section('About the role', { paragraphs: jd.summary }),
    section('What you will do', { bullets: jd.responsibilities }),
    section('What we are looking for', { bullets: jd.requirements.required.map((r) => r.text) }),
    section('Nice to have', { bullets: jd.requirements.preferred.map((r) => r.text) }),
    section('Tools and technologies', { labelled: jd.tools.filter((g) => g.tools.length > 0).map((g) => ({ label: g.category.name, value: names(g.tools) })) }),
    ...jd.domainKnowledge.map((k) => section(`${k.domain.name} focus`, { labelled: k.lines })),
  ];
  return list.filter((s): s is Section => s !== undefined);
}

