// The release check of `npm test`: the data in data/ against the last release snapshot and the pending changesets.
import { describe, expect, it } from 'vitest';
import { validateTaxonomy } from '../../src/index.js';
import { cloneJson } from '../../src/internal/freeze.js';
import { loadBuiltinDocument } from '../../scripts/load-data.js';
import {
  checkRelease,
  checkVersions,
  latestRelease,
  listReleases,
  parseChangeset,
  readChangesets,
  type ChangesetBump,
} from '../../scripts/check-release.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- modified copies reach into the document
type Doc = any;
const current = loadBuiltinDocument().document;
const release = latestRelease();
const pending = readChangesets();

describe('the release check on the repository', () => {
  it('has a release snapshot that validates', () => {
    expect(release, 'data/releases/ holds no snapshot: run npm run release:snapshot').toBeDefined();
    const r = validateTaxonomy(release!.document);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it('passes: no released id is gone and the changesets declare a big enough bump', () => {
    expect(pending.problems).toEqual([]);
    expect(checkRelease({ release, current, changesets: pending.changesets }).problems).toEqual([]);
  });
});

describe('the release check on modified copies (in memory)', () => {
  const copy = (change: (doc: Doc) => void): Doc => {
    const doc = cloneJson(current) as Doc;
    change(doc);
    return doc;
  };
  const minor: ChangesetBump[] = [{ file: 'x.md', bump: 'minor' }];
  const base: { version: string; document: Doc } = { version: '1.4.0', document: { ...cloneJson(current), version: '1.4.0' } };
  const at = (doc: Doc): Doc => ({ ...doc, version: '1.4.0' });

  it('catches a removed id, even when a major changeset is pending', () => {
    const gone = base.document['tools'][0].id as string;
    const result = checkRelease({ release: base, current: copy((doc) => (doc.version = '1.4.0', doc.tools.shift())), changesets: [{ file: 'x.md', bump: 'major' }] });
    expect(result.required).toBe('major');
    expect(result.problems).toEqual([
      `'${gone}' was released in 1.4.0 and is gone from data/: restore it and deprecate it ("deprecated": { "since", "replacedBy" }) instead`,
    ]);
  });

  it('accepts the same id deprecated with replacedBy under a minor changeset', () => {
    const doc = copy((d) => {
      d.version = '1.4.0';
      d.tools[0].deprecated = { since: '1.5.0', replacedBy: d.tools[1].id };
    });
    expect(checkRelease({ release: base, current: doc, changesets: minor })).toMatchObject({ problems: [], required: 'minor', declared: 'minor' });
  });

  it('catches a change that needs a bigger bump than the changesets declare', () => {
    const added = copy((d) => (d.version = '1.4.0', d.skills.push({ ...d.skills[0], id: 'brand-new-skill', name: 'Brand new skill', aliases: [] })));
    const patchOnly = checkRelease({ release: base, current: added, changesets: [{ file: 'a.md', bump: 'patch' }] });
    expect(patchOnly.problems).toHaveLength(1);
    expect(patchOnly.problems[0]).toMatch(/needs a minor bump, but the pending changesets declare only patch; add a minor changeset .*\n  skill 'brand-new-skill' added/);
    expect(checkRelease({ release: base, current: added, changesets: [] }).problems[0]).toMatch(/declare none/);
    expect(checkRelease({ release: base, current: added, changesets: minor }).problems).toEqual([]);

    const fieldGone = copy((d) => (d.version = '1.4.0', delete d.tools.find((t: Doc) => t.homepage).homepage));
    expect(checkRelease({ release: base, current: fieldGone, changesets: minor }).problems[0]).toMatch(/needs a major bump/);
  });

  it('catches an id reused for another kind', () => {
    const reused = copy((d) => {
      d.version = '1.4.0';
      const tool = d.tools.shift();
      d.skills.push({ ...d.skills[0], id: tool.id, name: 'Reused', aliases: [] });
    });
    const problems = checkRelease({ release: base, current: reused, changesets: [{ file: 'x.md', bump: 'major' }] }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/an id is never reused/);
  });

  it('compares the data version with the release version and the changesets', () => {
    const same = at(cloneJson(current));
    expect(checkRelease({ release: base, current: { ...same, version: '1.3.9' }, changesets: [] }).problems).toEqual([
      'data/taxonomy.json version 1.3.9 is older than the last release, 1.4.0',
    ]);
    // The package version follows the data: a data version bumped further than the changesets bump the package is caught.
    expect(checkRelease({ release: base, current: { ...same, version: '2.0.0' }, changesets: minor }).problems[0]).toMatch(
      /says 2\.0\.0, a major bump from release 1\.4\.0, but the pending changesets declare only minor: `changeset version` would make the package 1\.5\.0/,
    );
    expect(checkRelease({ release: base, current: { ...same, version: '1.5.0' }, changesets: minor }).problems).toEqual([]);
  });

  it('passes when there is nothing released yet', () => {
    expect(checkRelease({ release: undefined, current, changesets: [] }).problems).toEqual([]);
  });
});

describe('changesets', () => {
  it('reads the bump of this package from the front matter', () => {
    expect(parseChangeset('---\n"ml-skills": minor\n---\n\nText.')).toBe('minor');
    expect(parseChangeset("---\r\n'ml-skills': major\r\nother: patch\r\n---\r\n")).toBe('major');
    expect(parseChangeset('---\nother: patch\n---\n')).toBeUndefined();
    expect(parseChangeset('---\n---\nEmpty changeset.')).toBeUndefined();
    expect(() => parseChangeset('no front matter')).toThrow(/no front matter/);
    expect(() => parseChangeset('---\n"ml-skills": mayor\n---\n')).toThrow('"ml-skills": "mayor" is not a bump (valid: major, minor, patch, none)');
  });
});

describe('the publish check', () => {
  const releases = listReleases();
  const version = String(current['version']);

  it('passes on the repository when versions agree', () => {
    expect(releases).toContain(version);
  });

  it('catches a package version, data version and snapshot that disagree', () => {
    const snapshot = cloneJson(current);
    expect(checkVersions({ packageVersion: version, current, releases, snapshot })).toEqual([]);
    expect(checkVersions({ packageVersion: '9.0.0', current, releases, snapshot })[0]).toMatch(/package\.json version 9\.0\.0 is not the data version/);
    expect(checkVersions({ packageVersion: version, current, releases: [], snapshot: undefined })).toEqual([
      `no release snapshot data/releases/${version}.json; run \`npm run release:snapshot\``,
    ]);
    expect(checkVersions({ packageVersion: version, current, releases: [...releases, '99.0.0'], snapshot })).toEqual([`data/releases/99.0.0.json is newer than the data version ${version}`]);
    const changed = { ...snapshot, name: 'Something else' };
    expect(checkVersions({ packageVersion: version, current, releases, snapshot: changed })[0]).toMatch(/data\/ differs from its release snapshot/);
  });
});
