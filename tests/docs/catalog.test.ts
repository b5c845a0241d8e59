// The committed catalog (docs/catalog/) must be what scripts/docs.ts generates from the data today.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTaxonomy, taxonomy, type Taxonomy } from '../../src/index.js';
import { GENERATED, renderCatalog } from '../../scripts/docs-catalog.js';
import { fixture } from '../helpers.js';

const DIR = fileURLToPath(new URL('../../docs/catalog/', import.meta.url));
const listFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])) : [];

const builtin = taxonomy as unknown as Taxonomy;
const files = renderCatalog(builtin);

describe('docs/catalog', () => {
  it('is up to date with the data (run `npm run docs` or `npx tsx scripts/docs.ts --catalog` when this fails)', () => {
    const committed = new Map(listFiles(DIR).map((f) => [relative(DIR, f).split('\\').join('/'), readFileSync(f, 'utf8')]));
    const stale = [...files].filter(([path, text]) => committed.get(path) !== text).map(([path]) => path);
    const extra = [...committed.keys()].filter((path) => !files.has(path));
    expect({ stale, extra }).toEqual({ stale: [], extra: [] });
  });

  it('has an index, the levels, a page per domain and per tool category, each marked as generated', () => {
    expect([...files.keys()]).toEqual([
      'README.md',
      'levels.md',
      ...builtin.domains.filter((d) => !d.deprecated).map((d) => `domains/${d.id}.md`),
      ...builtin.toolCategories.filter((c) => !c.deprecated).map((c) => `tools/${c.id}.md`),
    ]);
    const unmarked = [...files].filter(([, text]) => !text.startsWith(`${GENERATED}\n`)).map(([p]) => p);
    expect(unmarked).toEqual([]);
  });

  it('links only to pages it generates', () => {
    const broken: string[] = [];
    for (const [path, text] of files) {
      for (const [, target] of text.matchAll(/\]\(([^)#:]+\.md)\)/g)) {
        const resolved = join(path, '..', target!).split('\\').join('/');
        if (!files.has(resolved)) broken.push(`${path} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('draws each domain\'s prerequisites as a Mermaid flowchart whose arrows follow the data', () => {
    const wrong: string[] = [];
    for (const d of builtin.domains) {
      const text = files.get(`domains/${d.id}.md`)!;
      const chart = /```mermaid\n([\s\S]*?)```/.exec(text)?.[1];
      if (!chart) {
        if (builtin.domainPrerequisites(d.id).length) wrong.push(`${d.id}: no diagram`);
        continue;
      }
      const names = new Map([...chart.matchAll(/^ {2}(n\d+)\(?\["(.*)"\]\)?$/gm)].map((m) => [m[1]!, m[2]!.replace(/#quot;/g, '"')]));
      const idOf = (node: string): string => builtin.resolve(names.get(node)!)!.id;
      for (const [, from, to] of chart.matchAll(/^ {2}(n\d+) --> (n\d+)$/gm)) {
        const [p, x] = [idOf(from!), idOf(to!)];
        // An arrow p → x means x builds on p, directly or through a chain.
        if (!builtin.prerequisitesOf(x).some((s) => s.entity.id === p)) wrong.push(`${d.id}: ${p} → ${x}`);
      }
      const reached = new Set([...names.keys()].map(idOf));
      for (const id of d.prerequisites ?? []) if (!reached.has(id)) wrong.push(`${d.id}: direct prerequisite ${id} missing`);
    }
    expect(wrong).toEqual([]);
  });

  it('renders any valid taxonomy, with Markdown-sensitive text escaped', () => {
    const acme = fixture('acme.json');
    acme.toolCategories[0].name = 'Languages | scripts';
    acme.tools[0].name = 'Py|thon';
    const out = renderCatalog(createTaxonomy(acme));
    expect(out.get('tools/languages.md')).toContain('| Py\\|thon |');
    expect(out.get('README.md')).toContain('[Languages \\| scripts](tools/languages.md)');
  });
});
