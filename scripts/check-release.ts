// The release check. `npm test` runs it (tests/interop/release.test.ts) and `tsx scripts/check-release.ts` prints
// it: the data in data/ against the last release snapshot (data/releases/<version>.json) — no released id may
// disappear or change kind, and the change must not need a bigger semver bump than the pending changesets
// declare. With `--publish` (the prepublishOnly hook) it also checks that the package version, the data version and
// the newest snapshot agree, and that the snapshot is the data being published.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { DATA_DIR, ROOT, loadBuiltinDocument } from './load-data.js';
import { diffTaxonomies, type TaxonomyDiff } from '../src/interop/diff.js';
import { bumpVersion, covers, maxBump, parseVersion, versionBump, type Bump } from '../src/interop/bump.js';
import { jsonEqual } from '../src/interop/json.js';

export const PACKAGE = 'ml-skills';
export const RELEASES_DIR = join(DATA_DIR, 'releases');
export const CHANGESET_DIR = join(ROOT, '.changeset');

type Doc = Readonly<Record<string, unknown>>;

/** A released snapshot. */
export interface Release {
  readonly version: string;
  readonly document: Doc;
}

/** The bump one pending changeset declares for this package. */
export interface ChangesetBump {
  readonly file: string;
  readonly bump: Bump;
}

/** The released versions with a snapshot, oldest first. */
export function listReleases(dir = RELEASES_DIR): string[] {
  if (!existsSync(dir)) return [];
  const versions = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && parseVersion(f.slice(0, -5)) !== undefined)
    .map((f) => f.slice(0, -5));
  return versions.sort((a, b) => {
    const x = parseVersion(a)!;
    const y = parseVersion(b)!;
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/** The snapshot of one release. */
export function readRelease(version: string, dir = RELEASES_DIR): Release {
  return { version, document: JSON.parse(readFileSync(join(dir, `${version}.json`), 'utf8')) as Doc };
}

/** The newest release, or undefined before the first. */
export function latestRelease(dir = RELEASES_DIR): Release | undefined {
  const version = listReleases(dir).at(-1);
  return version === undefined ? undefined : readRelease(version, dir);
}

/** The text a snapshot is written as: the merged document, two-space indented, with a final newline. */
export const snapshotText = (document: Doc): string => JSON.stringify(document, null, 2) + '\n';

/**
 * The bump a changeset declares for `pkg`: its YAML front matter maps package names to major, minor or patch.
 * Returns undefined when it does not name the package; throws when it has no front matter or an unknown bump.
 */
export function parseChangeset(text: string, pkg = PACKAGE): Bump | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(text);
  if (!m) throw new Error('no front matter (a changeset starts with --- and a "package": bump line)');
  const front = (m[1]!.trim() === '' ? {} : parseYaml(m[1]!)) as unknown;
  if (front === null || typeof front !== 'object' || Array.isArray(front)) throw new Error('the front matter is not a map of package names to bumps');
  const bump = (front as Record<string, unknown>)[pkg];
  if (bump === undefined) return undefined;
  if (bump !== 'major' && bump !== 'minor' && bump !== 'patch' && bump !== 'none') {
    throw new Error(`"${pkg}": ${JSON.stringify(bump)} is not a bump (valid: major, minor, patch, none)`);
  }
  return bump;
}

/** The pending changesets that name this package, and problems with those that cannot be read. */
export function readChangesets(dir = CHANGESET_DIR, pkg = PACKAGE): { changesets: ChangesetBump[]; problems: string[] } {
  const changesets: ChangesetBump[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { changesets, problems };
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.md') || file.toLowerCase() === 'readme.md') continue;
    try {
      const bump = parseChangeset(readFileSync(join(dir, file), 'utf8'), pkg);
      if (bump !== undefined) changesets.push({ file, bump });
    } catch (error) {
      problems.push(`.changeset/${file}: ${(error as Error).message}`);
    }
  }
  return { changesets, problems };
}

/** The outcome of {@link checkRelease}. */
export interface ReleaseCheck {
  /** Every reason the data cannot be released as it is; empty when it can. */
  readonly problems: string[];
  /** The bump the data change requires (diffTaxonomies of the last release and the data). */
  readonly required: Bump;
  /** The largest bump the pending changesets declare. */
  readonly declared: Bump;
  /** The diff, when there is a release to compare with. */
  readonly diff?: TaxonomyDiff;
}

/**
 * Compares the current data with the last release: a released id that disappeared or changed kind is always a
 * problem (ids are deprecated with replacedBy, never removed or reused); so is a change that needs a bigger bump
 * than the pending changesets declare, a data version older than the release, and a data version bumped further
 * than the changesets will bump the package (the package version follows the data version).
 */
export function checkRelease(input: { release: Release | undefined; current: Doc; changesets: readonly ChangesetBump[] }): ReleaseCheck {
  const { release, current, changesets } = input;
  const declared = maxBump(...changesets.map((c) => c.bump));
  if (!release) return { problems: [], required: 'none', declared };
  const problems: string[] = [];
  const diff = diffTaxonomies(release.document, current);

  for (const id of diff.removed) {
    problems.push(`'${id}' was released in ${release.version} and is gone from data/: restore it and deprecate it ("deprecated": { "since", "replacedBy" }) instead`);
  }
  for (const c of diff.changed) {
    if (c.fields.includes('kind')) problems.push(`'${c.id}' was released in ${release.version} as another kind and is now a ${c.kind}: an id is never reused; pick a new id`);
  }

  const dataVersion = String(current['version']);
  const dataBump = parseVersion(dataVersion) ? versionBump(release.version, dataVersion) : undefined;
  if (dataBump === undefined) problems.push(`data/taxonomy.json version '${dataVersion}' is not a semver version`);
  else if (dataBump === 'lower') problems.push(`data/taxonomy.json version ${dataVersion} is older than the last release, ${release.version}`);
  else if (!covers(declared, dataBump)) {
    problems.push(
      `data/taxonomy.json says ${dataVersion}, a ${dataBump} bump from release ${release.version}, but the pending changesets declare ${declared === 'none' ? 'no bump' : `only ${declared}`}: \`changeset version\` would make the package ${bumpVersion(release.version, declared)}; add a ${dataBump} changeset (npx changeset)`,
    );
  }
  if (!covers(declared, diff.bump)) {
    problems.push(
      `the data changed since release ${release.version} in a way that needs a ${diff.bump} bump, but the pending changesets declare ${declared === 'none' ? 'none' : `only ${declared}`}; add a ${diff.bump} changeset (npx changeset). Why ${diff.bump}:\n  ${diff.reasons.join('\n  ')}`,
    );
  }
  return { problems, required: diff.bump, declared, diff };
}

/**
 * What must hold when publishing: the package version is the data version, that version has a snapshot, no
 * snapshot is newer, and the snapshot is exactly the data being published.
 */
export function checkVersions(input: { packageVersion: string; current: Doc; releases: readonly string[]; snapshot: Doc | undefined }): string[] {
  const { packageVersion, current, releases, snapshot } = input;
  const dataVersion = String(current['version']);
  const problems: string[] = [];
  if (packageVersion !== dataVersion) {
    problems.push(`package.json version ${packageVersion} is not the data version ${dataVersion} (data/taxonomy.json); run \`npm run version-packages\` after \`changeset version\``);
  }
  if (!releases.includes(dataVersion)) problems.push(`no release snapshot data/releases/${dataVersion}.json; run \`npm run release:snapshot\``);
  const newest = releases.at(-1);
  if (newest !== undefined && newest !== dataVersion && releases.includes(dataVersion)) {
    problems.push(`data/releases/${newest}.json is newer than the data version ${dataVersion}`);
  }
  if (snapshot !== undefined && !jsonEqual(snapshot, current)) {
    const diff = diffTaxonomies(snapshot, current);
    problems.push(`data/ differs from its release snapshot data/releases/${dataVersion}.json (${diff.bump}: ${diff.reasons.slice(0, 3).join('; ')}); released data never changes: bump the version instead`);
  }
  return problems;
}

/** Runs the checks on the repository. */
export function checkRepository(options: { publish: boolean }): { problems: string[]; summary: string } {
  const current = loadBuiltinDocument().document;
  const release = latestRelease();
  const { changesets, problems: changesetProblems } = readChangesets();
  const result = checkRelease({ release, current, changesets });
  const problems = [...changesetProblems, ...result.problems];
  if (options.publish) {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const dataVersion = String(current['version']);
    const releases = listReleases();
    const snapshot = releases.includes(dataVersion) ? readRelease(dataVersion).document : undefined;
    problems.push(...checkVersions({ packageVersion: pkg.version, current, releases, snapshot }));
  }
  const summary = release
    ? `data ${String(current['version'])} against release ${release.version}: requires ${result.required}, changesets declare ${result.declared} (${changesets.length} pending)`
    : 'no release snapshot yet: nothing to compare with';
  return { problems, summary };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const { problems, summary } = checkRepository({ publish: process.argv.includes('--publish') });
  console.log(summary);
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length > 0) process.exitCode = 1;
  else console.log('release check passed');
}
