/** A semver change: what a data change requires, or what a release declares. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** The bumps from smallest to largest. */
export const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The larger of some bumps (`'none'` for none). */
export function maxBump(...bumps: readonly Bump[]): Bump {
  let best = 0;
  for (const b of bumps) best = Math.max(best, BUMPS.indexOf(b));
  return BUMPS[best]!;
}

/** Whether `a` is at least as large a change as `b`. */
export const covers = (a: Bump, b: Bump): boolean => BUMPS.indexOf(a) >= BUMPS.indexOf(b);

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The numeric parts of a semver version, or `undefined` when it is not one. */
export function parseVersion(version: string): [number, number, number] | undefined {
  const m = SEMVER.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/**
 * The bump that leads from one version to another (pre-release tags ignored), or `'lower'` when `to` is older.
 * Throws a RangeError when either is not a semver version.
 */
export function versionBump(from: string, to: string): Bump | 'lower' {
  const a = parseVersion(from);
  const b = parseVersion(to);
  if (!a) throw new RangeError(`versionBump: '${from}' is not a semver version (x.y.z)`);
  if (!b) throw new RangeError(`versionBump: '${to}' is not a semver version (x.y.z)`);
  for (let i = 0; i < 3; i++) {
    if (b[i]! > a[i]!) return (['major', 'minor', 'patch'] as const)[i]!;
    if (b[i]! < a[i]!) return 'lower';
  }
  return 'none';
}

/** The version a bump gives (what `changeset version` computes). */
export function bumpVersion(version: string, bump: Bump): string {
  const v = parseVersion(version);
  if (!v) throw new RangeError(`bumpVersion: '${version}' is not a semver version (x.y.z)`);
  const [major, minor, patch] = v;
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor}.${patch}`;
}
