import { expectKnownKeys, expectOptions, expectString } from '../internal/args.js';
import { ID_PATTERN } from '../schema/enums.js';

/** The metadata options every importer takes. */
export interface ImportOptions {
  /** The id of the resulting taxonomy (kebab-case). */
  readonly id?: string;
  /** Its display name. */
  readonly name?: string;
  /** Its semver version. */
  readonly version?: string;
}

const ID = new RegExp(ID_PATTERN);
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** Checks an importer's options (the metadata ones and the importer's `extra` ones) and fills in the defaults. */
export function importMeta(
  fn: string,
  options: unknown,
  defaults: { id: string; name: string; version: string },
  extra: readonly string[] = [],
): { id: string; name: string; version: string } {
  expectOptions(fn, 'options', options);
  expectKnownKeys(fn, 'options', options, ['id', 'name', 'version', ...extra]);
  const o = (options ?? {}) as ImportOptions;
  const id = o.id ?? defaults.id;
  const name = o.name ?? defaults.name;
  const version = o.version ?? defaults.version;
  expectString(fn, 'options.id', id);
  expectString(fn, 'options.name', name);
  expectString(fn, 'options.version', version);
  if (!ID.test(id) || id.length > 120) throw new RangeError(`${fn}: options.id must be a kebab-case id such as 'my-esco', got '${id}'`);
  if (name.trim() === '' || name.length > 200) throw new RangeError(`${fn}: options.name must be 1 to 200 characters, got '${name}'`);
  if (!SEMVER.test(version)) throw new RangeError(`${fn}: options.version must be a semver version such as '1.0.0', got '${version}'`);
  return { id, name, version };
}
