// The command line as users run it: a bundle of src/cli/main.ts built with the project's tsup settings (in
// beforeAll, into node_modules/.cache, so a fresh clone needs no prior build), run as a subprocess.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTaxonomy,
  domainPrerequisites,
  generateJobDescription,
  learningPath,
  renderJobDescription,
  search,
  skillsByLevel,
  taxonomy,
  toolsByCategory,
  validateTaxonomy,
} from '../../src/index.js';
import { fixture } from '../helpers.js';
import { buildCli, ROOT } from './build-cli.js';
import { json, runBin, type CliResult } from './run-cli.js';

// One directory per process, so that test runs in the same checkout do not overwrite each other's bundle.
const CACHE = `node_modules/.cache/ml-skills-cli/${process.pid}`;
let bin = '';
beforeAll(async () => {
  bin = await buildCli(CACHE);
}, 60_000);
afterAll(() => rmSync(join(ROOT, CACHE), { recursive: true, force: true }));

const cli = (args: readonly string[], options?: { input?: string; env?: Record<string, string> }): Promise<CliResult> => runBin(bin, args, options);

const ESC = '\x1b[';
/** A user's mistake must never print a stack trace. */
const noStack = (r: CliResult): void => expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const lineOf = (file: string, needle: string): number => readFileSync(`${ROOT}/${file}`, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

const COMMANDS = ['skills', 'tools', 'domains', 'prereqs', 'path', 'search', 'show', 'jd', 'extract', 'validate', 'export', 'diff', 'summary', 'version', 'help'];

describe.concurrent('ml-skills', () => {
  it('prints a senior computer-vision job description by default, then points at the other commands', async () => {
    const [r, custom] = await Promise.all([cli([]), cli(['--taxonomy', 'tests/fixtures/acme.json'])]);
    expect(r.code).toBe(0);
    const jd = renderJobDescription(generateJobDescription({ level: 'senior', domains: ['computer-vision'] }), 'text');
    expect(r.stdout.startsWith(jd)).toBe(true);
    expect(r.stdout).toContain('ml-skills --help');
    expect(r.stderr).toBe('');
    // a taxonomy without those ids gets its summary
    expect(custom.stdout).toContain('Acme ML ladder — data v1.2.0');
    expect(custom.stdout).toContain('ml-skills --help');
  });

  it('--help lists every command; each command has --help with examples', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    for (const c of COMMANDS) expect(main.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    const helps = await Promise.all(COMMANDS.map((c) => cli([c, '--help'])));
    helps.forEach((h, i) => {
      expect(h.code, COMMANDS[i]).toBe(0);
      expect(h.stdout).toContain('Examples');
      expect(h.stdout).toContain(`ml-skills ${COMMANDS[i]}`);
    });
    expect((await cli(['help', 'skills'])).stdout).toBe(helps[0]!.stdout);
  });

  it('--version prints the package and data versions', async () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
    const [long, short, asJson] = await Promise.all([cli(['--version']), cli(['-v']), cli(['version', '--json'])]);
    expect(long.stdout).toBe(`ml-skills ${pkg.version} (data ${taxonomy.version})\n`);
    expect(short.stdout).toBe(long.stdout);
    expect(json(asJson)).toEqual({ version: pkg.version, data: { id: 'ml-skills', version: taxonomy.version, schemaVersion: 1 } });
  });

  describe('skills', () => {
    it('prints the skills a level expects, and the same as JSON', async () => {
      const [text, asJson] = await Promise.all([cli(['skills', '--level', 'senior']), cli(['skills', '--level', 'senior', '--json'])]);
      expect(text.code).toBe(0);
      const expected = skillsByLevel('senior');
      expect(text.stdout).toContain(`${expected.length} skills expected`);
      expect(text.stdout).toContain(expected[0]!.skill.name);
      const list = json<{ id: string; name: string; category: string; proficiency: string; behaviours: string[] }[]>(asJson);
      expect(list.map((s) => [s.id, s.proficiency])).toEqual(expected.map((e) => [e.skill.id, e.proficiency.id]));
      expect(Object.keys(list[0]!)).toEqual(expect.arrayContaining(['id', 'name', 'category', 'proficiency', 'behaviours']));
    });

    it('filters by role, category and --only-new, and accepts names and aliases', async () => {
      const r = await cli(['skills', '--level', 'Senior engineer', '--role', 'machine-learning-engineer', '--only-new', '--json']);
      expect(r.code).toBe(0);
      const expected = skillsByLevel('senior', { role: 'machine-learning-engineer', onlyNew: true });
      expect(json<{ id: string }[]>(r).map((s) => s.id)).toEqual(expected.map((e) => e.skill.id));
      const cat = await cli(['skills', 'staff', '-c', 'ml-systems-and-mlops', '--json']);
      expect(json<{ id: string }[]>(cat).map((s) => s.id)).toEqual(skillsByLevel('staff', { category: 'ml-systems-and-mlops' }).map((e) => e.skill.id));
    });

    it('suggests the level meant, and exits 2 when it is missing or unknown', async () => {
      const [bad, missing] = await Promise.all([cli(['skills', '--level', 'seniour']), cli(['skills'])]);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toContain("did you mean 'senior'?");
      expect(bad.stderr).toMatch(/^ml-skills: /);
      noStack(bad);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--level is required');
    });
  });

  describe('tools', () => {
    it('lists a category as a table and as JSON', async () => {
      const [text, asJson] = await Promise.all([cli(['tools', '--category', 'experiment-tracking-tools']), cli(['tools', '-c', 'experiment tracking tools', '--json'])]);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/Tool\s+Lifecycle\s+Licence\s+Homepage/);
      expect(text.stdout).toContain('MLflow');
      const list = json<{ id: string; name: string; lifecycle: string; category: string }[]>(asJson);
      expect(list.map((t) => t.id)).toEqual(toolsByCategory('experiment-tracking-tools').map((t) => t.id));
      expect(list.every((t) => ['emerging', 'active', 'legacy'].includes(t.lifecycle))).toBe(true);
    });

    it('lists every category without --category, and checks --lifecycle', async () => {
      const [all, asJson, bad] = await Promise.all([cli(['tools']), cli(['tools', '--json']), cli(['tools', '--lifecycle', 'legasy'])]);
      for (const c of taxonomy.toolCategories) expect(all.stdout).toContain(`(${c.id}, `);
      expect(json<unknown[]>(asJson)).toHaveLength(taxonomy.tools.filter((t) => !t.deprecated).length);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("did you mean 'legacy'?");
    });
  });

  it('domains lists every domain', async () => {
    const [text, asJson] = await Promise.all([cli(['domains']), cli(['domains', '--json'])]);
    expect(text.code).toBe(0);
    for (const d of taxonomy.domains) expect(text.stdout).toContain(d.id);
    const list = json<{ id: string; tasks: string[]; prerequisites: string[] }[]>(asJson);
    expect(list.map((d) => d.id)).toEqual(taxonomy.domains.map((d) => d.id));
    expect(list[0]).toHaveProperty('tasks');
  });

  describe('prereqs', () => {
    it('prints an indented tree, and the learning order as JSON', async () => {
      const [tree, asJson] = await Promise.all([cli(['prereqs', 'computer-vision']), cli(['prereqs', 'computer-vision', '--json'])]);
      expect(tree.code).toBe(0);
      const lines = tree.stdout.split('\n');
      expect(lines[0]).toBe('Computer vision (domain)');
      expect(lines).toContain('├── Linear algebra');
      expect(tree.stdout).toMatch(/^│   [├└]── /m);
      const steps = json<{ id: string; depth: number; via: string[] }[]>(asJson);
      expect(steps).toEqual(domainPrerequisites('computer-vision').map((s) => ({ id: s.entity.id, kind: s.entity.kind, name: s.entity.name, depth: s.depth, via: s.via })));
    });

    it('suggests the domain meant', async () => {
      const r = await cli(['prereqs', 'compter-vision']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("did you mean 'computer-vision'?");
      noStack(r);
    });
  });

  it('path lists what is left to learn, skipping what is known', async () => {
    const [text, asJson] = await Promise.all([
      cli(['path', 'speech-recognition', '--known', 'linear-algebra,probability']),
      cli(['path', 'speech recognition', '--known', 'linear-algebra', '--known', 'probability', '--json']),
    ]);
    expect(text.code).toBe(0);
    const expected = learningPath(['speech-recognition'], { known: ['linear-algebra', 'probability'] });
    expect(text.stdout).toContain(`${expected.length} steps`);
    const steps = json<{ id: string; target: boolean }[]>(asJson);
    expect(steps.map((s) => s.id)).toEqual(expected.map((s) => s.entity.id));
    expect(steps.at(-1)).toMatchObject({ id: 'speech-recognition', target: true });
    expect(steps.map((s) => s.id)).not.toContain('linear-algebra');
    const bad = await cli(['path', 'speech-recognition', '--known', 'linear-algebr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("did you mean 'linear-algebra'?");
  });

  it('search finds through typos and exits 1 when nothing matches', async () => {
    const [text, asJson, none, badKind] = await Promise.all([
      cli(['search', 'pytroch']),
      cli(['search', 'speech', '--kind', 'domain', '--json']),
      cli(['search', 'qqqzzzxxx']),
      cli(['search', 'speech', '--kind', 'domian']),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[1]).toMatch(/^\s+pytorch\s+tool\s+PyTorch/);
    const hits = json<{ id: string; kind: string; score: number; matchedOn: string }[]>(asJson);
    expect(hits.map((h) => h.id)).toEqual(search('speech', { kinds: ['domain'] }).map((h) => h.entity.id));
    expect(hits.every((h) => h.kind === 'domain')).toBe(true);
    expect(none.code).toBe(1);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain("did you mean 'domain'?");
  });

  it('show prints one entity by id, name or alias', async () => {
    const [text, alias, asJson, unknown] = await Promise.all([cli(['show', 'pytorch']), cli(['show', 'sklearn']), cli(['show', 'computer-vision', '--json']), cli(['show', 'pytroch'])]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^PyTorch \(tool, pytorch\)/);
    expect(text.stdout).toContain('Homepage: https://pytorch.org/');
    expect(alias.stdout).toMatch(/^scikit-learn \(tool, scikit-learn\)/);
    expect(json(asJson)).toEqual(JSON.parse(JSON.stringify(taxonomy.getDomain('computer-vision'))));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("did you mean 'pytorch'?");
    noStack(unknown);
  });

  describe('jd', () => {
    it('renders a job description in each format, exactly as the library does', async () => {
      const args = ['jd', '--level', 'senior', '--domain', 'computer-vision'];
      const formats = ['markdown', 'text', 'html', 'json', 'jsonld'] as const;
      const results = await Promise.all(formats.map((f) => cli([...args, '--format', f])));
      const jd = generateJobDescription({ level: 'senior', domains: ['computer-vision'] });
      results.forEach((r, i) => {
        expect(r.code, formats[i]).toBe(0);
        expect(r.stdout).toBe(renderJobDescription(jd, formats[i]!));
      });
      expect(results[0]!.stdout).toMatch(/^# Senior Machine Learning Engineer, Computer Vision\n/);
      expect(json<{ '@type': string }>(results[4]!)['@type']).toBe('JobPosting');
      const asJson = await cli([...args, '--json']);
      expect(asJson.stdout).toBe(results[3]!.stdout);
    });

    it('takes names and aliases, free-text qualifications, and writes --out', async () => {
      const file = `${CACHE}/jd.md`;
      mkdirSync(join(ROOT, CACHE), { recursive: true });
      const [written, named] = await Promise.all([
        cli(['jd', '-l', 'staff', '-d', 'speech recognition', '--role', 'research-engineer', '--must-have', 'Eligible to work in the EU', '--out', file]),
        cli(['jd', '--level', 'Senior engineer', '--domain', 'CV', '--format', 'json']),
      ]);
      expect(written.code).toBe(0);
      expect(written.stdout).toBe('');
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text).toMatch(/^# Staff Research Engineer, Speech Recognition/);
      expect(text).toContain('- Eligible to work in the EU.');
      expect(json<{ level: { id: string }; domains: { id: string }[] }>(named)).toMatchObject({ level: { id: 'senior' }, domains: [{ id: 'computer-vision' }] });
    });

    it('suggests the level and domain meant', async () => {
      const [level, domain, format] = await Promise.all([cli(['jd', '--level', 'senoir']), cli(['jd', '-d', 'compter-vision']), cli(['jd', '--format', 'htm'])]);
      expect([level.code, domain.code, format.code]).toEqual([2, 2, 2]);
      expect(level.stderr).toContain("did you mean 'senior'?");
      expect(domain.stderr).toContain("did you mean 'computer-vision'?");
      expect(format.stderr).toContain("did you mean 'html'");
      noStack(level);
    });
  });

  describe('extract', () => {
    const posting = 'Senior engineer: Python 3.11, PyTorch and Kubernetes (k8s). Object detection for CV. Go (golang) a plus.';
    it('lists what a text mentions, from a file or standard input', async () => {
      mkdirSync(join(ROOT, CACHE), { recursive: true });
      writeFileSync(join(ROOT, CACHE, 'posting.txt'), posting);
      const [file, stdin, asJson, tools] = await Promise.all([
        cli(['extract', `${CACHE}/posting.txt`]),
        cli(['extract'], { input: posting }),
        cli(['extract', '-', '--json'], { input: posting }),
        cli(['extract', '--kind', 'tool', '--json'], { input: posting }),
      ]);
      expect(file.code).toBe(0);
      expect(file.stdout).toMatch(/^\s+Kubernetes\s+tool\s+2\s+1\.00\s+Kubernetes, k8s$/m);
      expect(stdin.stdout).toBe(file.stdout);
      const result = json<{ mentions: { id: string; start: number; end: number; surface: string }[]; entities: { id: string }[] }>(asJson);
      for (const m of result.mentions) expect(posting.slice(m.start, m.end)).toBe(m.surface);
      expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['python', 'pytorch', 'kubernetes', 'object-detection']));
      expect(json<{ entities: { kind: string }[] }>(tools).entities.every((e) => e.kind === 'tool')).toBe(true);
    });

    it('checks its options', async () => {
      const [kind, confidence, missing] = await Promise.all([
        cli(['extract', '--kind', 'tol'], { input: posting }),
        cli(['extract', '--min-confidence', '2'], { input: posting }),
        cli(['extract', 'no-such-posting.txt']),
      ]);
      expect(kind.code).toBe(2);
      expect(kind.stderr).toContain("did you mean 'tool'");
      expect(confidence.code).toBe(2);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("cannot read 'no-such-posting.txt'");
    });
  });

  describe('validate', () => {
    it('exits 0 for valid files, JSON and YAML', async () => {
      const r = await cli(['validate', 'tests/fixtures/acme.json', 'tests/cli/fixtures/valid.yaml']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/2 files checked: 2 valid/);
    });

    it('prints each issue as file:line:col  path  message, with a summary, and exits 1', async () => {
      const r = await cli(['validate', 'tests/cli/fixtures/invalid.json', 'tests/cli/fixtures/invalid.yaml']);
      expect(r.code).toBe(1);
      const jsonLine = lineOf('tests/cli/fixtures/invalid.json', '"colour"');
      const yamlLine = lineOf('tests/cli/fixtures/invalid.yaml', '- linear-algebr');
      expect(r.stdout).toContain(`tests/cli/fixtures/invalid.json:${jsonLine}:7  /skills/2/colour  unknown field "colour"`);
      expect(r.stdout).toContain(`tests/cli/fixtures/invalid.yaml:${yamlLine}:9  /skills/1/prerequisites/0  unknown skill 'linear-algebr'; did you mean 'linear-algebra'?`);
      expect(r.stdout.trim().split('\n').at(-1)).toMatch(/2 files checked: 0 valid, 2 invalid \(2 errors, 0 warnings\)$/);
    });

    it('reads standard input for -, and reports syntax errors at their line', async () => {
      const yaml = readFileSync(`${ROOT}/tests/cli/fixtures/invalid.yaml`, 'utf8');
      const [stdin, syntax] = await Promise.all([cli(['validate', '-'], { input: yaml }), cli(['validate', 'tests/cli/fixtures/syntax-error.json', 'tests/cli/fixtures/syntax-error.yaml'])]);
      expect(stdin.code).toBe(1);
      expect(stdin.stdout).toMatch(/^<stdin>:\d+:9  \/skills\/1\/prerequisites\/0  /m);
      expect(syntax.code).toBe(1);
      expect(syntax.stdout).toContain('tests/cli/fixtures/syntax-error.json:4:3  (document)  invalid JSON');
      expect(syntax.stdout).toMatch(/syntax-error\.yaml:\d+:\d+  \(document\)  invalid YAML/);
    });

    it('gives the issues as JSON, and exits 2 for unreadable files or no files', async () => {
      const [asJson, missing, none] = await Promise.all([
        cli(['validate', 'tests/cli/fixtures/invalid.yaml', '--json']),
        cli(['validate', 'no-such-file.json', 'tests/fixtures/acme.json']),
        cli(['validate']),
      ]);
      const report = json<{ ok: boolean; files: { file: string; ok: boolean; issues: { code: string; severity: string; path: string; message: string; line: number; column: number }[] }[] }>(asJson);
      expect(asJson.code).toBe(1);
      expect(report.ok).toBe(false);
      expect(report.files[0]!.issues[0]).toEqual({
        code: 'unknown-reference',
        severity: 'error',
        path: '/skills/1/prerequisites/0',
        message: "unknown skill 'linear-algebr'; did you mean 'linear-algebra'?",
        line: lineOf('tests/cli/fixtures/invalid.yaml', '- linear-algebr'),
        column: 9,
      });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("cannot read 'no-such-file.json': no such file");
      expect(missing.stdout).toContain('1 valid, 1 unreadable');
      noStack(missing);
      expect(none.code).toBe(2);
    });
  });

  describe('export', () => {
    it('writes each format to stdout, or files with --out', async () => {
      const out = `${CACHE}/export`;
      rmSync(join(ROOT, out), { recursive: true, force: true });
      const [asJson, jsonld, mermaid, schema, csv, files] = await Promise.all([
        cli(['export', '--format', 'json']),
        cli(['export', '-f', 'jsonld']),
        cli(['export', '--format', 'mermaid', '--domain', 'speech-recognition']),
        cli(['export', '--format', 'schema']),
        cli(['export', '--format', 'csv', '--list', 'tools']),
        cli(['export', '--format', 'csv', '--out', out, '--taxonomy', 'tests/fixtures/acme.json']),
      ]);
      const doc = json<{ $schema: string; id: string; tools: unknown[] }>(asJson);
      expect(validateTaxonomy(doc).ok).toBe(true);
      expect(doc.tools).toHaveLength(taxonomy.tools.length);
      expect(json<{ '@graph': unknown[] }>(jsonld)['@graph'].length).toBeGreaterThan(taxonomy.skills.length);
      expect(mermaid.stdout.split('\n')[0]).toBe('flowchart LR');
      expect(json<{ $id: string }>(schema).$id).toMatch(/taxonomy\.schema\.json$/);
      expect(csv.stdout.split('\r\n')[0]).toMatch(/^id,name,description,/);
      expect(files.code).toBe(0);
      expect(readdirSync(join(ROOT, out)).sort()).toContain('tools.csv');
      expect(readFileSync(join(ROOT, out, 'tools.csv'), 'utf8')).toContain('PyTorch');
      rmSync(join(ROOT, out), { recursive: true, force: true });
    });

    it('needs a known format, and --out or --list for csv', async () => {
      const [bad, missing, csv] = await Promise.all([cli(['export', '--format', 'jsn']), cli(['export']), cli(['export', '--format', 'csv'])]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("did you mean 'json'");
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--format is required');
      expect(csv.code).toBe(2);
      expect(csv.stderr).toContain('--out');
    });
  });

  describe('diff', () => {
    it('says what changed and the bump it needs; --check fails when the version is not bumped enough', async () => {
      const newer = fixture('acme.json');
      newer.version = '1.2.1';
      newer.tools = newer.tools.filter((t: { id: string }) => t.id !== 'theano');
      const dir = `${CACHE}/diff`;
      mkdirSync(join(ROOT, dir), { recursive: true });
      writeFileSync(join(ROOT, dir, 'new.json'), JSON.stringify(newer));
      const [text, asJson, check, same, one] = await Promise.all([
        cli(['diff', 'tests/fixtures/acme.json', `${dir}/new.json`]),
        cli(['diff', 'tests/fixtures/acme.json', '-', '--json'], { input: JSON.stringify(newer) }),
        cli(['diff', 'tests/fixtures/acme.json', `${dir}/new.json`, '--check']),
        cli(['diff', 'tests/fixtures/acme.json', 'tests/fixtures/acme.json', '--check']),
        cli(['diff', 'tests/fixtures/acme.json']),
      ]);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('Needs a major version bump');
      expect(text.stdout).toMatch(/Removed \(1\):\n  theano/);
      expect(json<{ removed: string[]; bump: string; declared: string }>(asJson)).toMatchObject({ removed: ['theano'], bump: 'major', declared: 'patch' });
      expect(check.code).toBe(1);
      expect(check.stderr).toContain('need a major bump');
      expect(same.code).toBe(0);
      expect(one.code).toBe(2);
    });
  });

  describe('--taxonomy runs any command on a custom taxonomy', () => {
    const acme = createTaxonomy(fixture('acme.json'));
    it('queries it', async () => {
      const [jd, skills, summary, prereqs, bad] = await Promise.all([
        cli(['jd', '--level', 'lead', '--json', '--taxonomy', 'tests/fixtures/acme.json']),
        cli(['skills', '--level', 'lead', '--json', '--taxonomy', 'tests/fixtures/acme.json']),
        cli(['--taxonomy', 'tests/fixtures/acme.json']),
        cli(['--taxonomy', 'tests/fixtures/acme.json', 'prereqs', 'vision-models', '--ids']),
        cli(['skills', '--level', 'leed', '--taxonomy', 'tests/fixtures/acme.json']),
      ]);
      expect(json<{ id: string }[]>(skills).map((s) => s.id)).toEqual(acme.skillsByLevel('lead').map((e) => e.skill.id));
      expect(json(jd)).toEqual(JSON.parse(renderJobDescription(generateJobDescription({ taxonomy: acme, level: 'lead' }), 'json')));
      expect(summary.stdout).toContain('Acme ML ladder — data v1.2.0');
      expect(prereqs.stdout).toContain('└── training');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("did you mean 'lead'?");
    });

    it('reports an invalid or missing taxonomy file', async () => {
      const [invalid, missing] = await Promise.all([cli(['domains', '--taxonomy', 'tests/cli/fixtures/invalid.json']), cli(['domains', '--taxonomy', 'nope.yaml'])]);
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toContain(`tests/cli/fixtures/invalid.json:${lineOf('tests/cli/fixtures/invalid.json', '"colour"')}:7  /skills/2/colour`);
      expect(invalid.stderr).toContain('is not a valid taxonomy (1 error)');
      noStack(invalid);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("cannot read 'nope.yaml'");
    });
  });

  describe('bad arguments', () => {
    it('exit 2 with one line and "did you mean"', async () => {
      const cases: [string[], string][] = [
        [['skils'], "unknown command 'skils'; did you mean 'skills'?"],
        [['skills', '--levl', 'senior'], "unknown option '--levl'; did you mean '--level'?"],
        [['skills', '--level'], '--level needs a value'],
        [['domains', 'extra'], "unexpected argument 'extra'"],
        [['domains', '--json=yes'], '--json takes no value'],
        [['prereqs'], 'name one domain or skill'],
        [['search', 'x', '--limit', 'ten'], '--limit must be a whole number'],
        [['help', 'tols'], "did you mean 'tools'?"],
      ];
      const results = await Promise.all(cases.map(([args]) => cli(args)));
      results.forEach((r, i) => {
        expect(r.code, cases[i]![0].join(' ')).toBe(2);
        expect(r.stderr).toContain(cases[i]![1]);
        noStack(r);
      });
    });
  });

  describe('colours', () => {
    it('are off in a pipe, on with FORCE_COLOR, and never with NO_COLOR', async () => {
      const args = ['skills', '--level', 'senior', '--only-new'];
      const [piped, forced, noColor, noColorErr] = await Promise.all([
        cli(args),
        cli(args, { env: { FORCE_COLOR: '1' } }),
        cli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
        cli(['skills', '--level', 'x'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
      ]);
      expect(piped.stdout).not.toContain(ESC);
      expect(forced.stdout).toContain(ESC);
      expect(noColor.stdout).not.toContain(ESC);
      expect(noColor.stdout).toBe(piped.stdout);
      expect(noColorErr.stderr).not.toContain(ESC);
    });
  });
});
