import { expectKnownKeys, expectOneOf, expectOptions } from '../internal/args.js';
import { quote } from '../internal/suggest.js';
import { SCHEMA_VERSION } from '../schema/enums.js';
import type { TaxonomyInput } from '../schema/taxonomy.js';
import type { SkillCategoryInput, SkillInput } from '../schema/skill.js';
import { cell, readCsv, type CsvTable } from './csv-read.js';
import { clip, IdAllocator, NameClaims, setOwn, slugify, type DroppedAlias } from './ids.js';
import { importMeta, type ImportOptions } from './import-options.js';

/** The texts of ESCO's CSV files (the English export); only `skills` is required. */
export interface EscoFiles {
  /** `skills_en.csv`: the skills and knowledge concepts. */
  readonly skills: string;
  /** `skillGroups_en.csv`: the skill groups, which become skill categories. */
  readonly skillGroups?: string;
  /** `skillsHierarchy_en.csv`: the four-level hierarchy of groups (adds the few groups missing from the file above). */
  readonly skillsHierarchy?: string;
  /** `broaderRelationsSkillPillar.csv`: each skill's groups and broader skills, each group's parent. */
  readonly broaderRelations?: string;
  /** `skillSkillRelations.csv`: essential and optional relations between skills. */
  readonly skillSkillRelations?: string;
}

/** Options of {@link importEsco}. */
export interface EscoImportOptions extends ImportOptions {
  /**
   * How ids are made: `'label'` (default) from the preferred label (`manage-musical-staff`), with the start of the
   * ESCO UUID added when two labels meet; `'uri'` from the concept URI (`skill-0005c151-5b5a-…`), stable across
   * ESCO releases that reword labels.
   */
  readonly ids?: 'label' | 'uri';
}

/** ESCO relations of one skill that the document format has no field for. */
export interface EscoRelations {
  /** Broader skills (ESCO `broader` links between skills), as ids. */
  readonly broader: string[];
  /** Skills ESCO marks as essential to this one. */
  readonly essential: string[];
  /** Skills ESCO marks as optional for this one. */
  readonly optional: string[];
}

/** The result of {@link importEsco}. */
export interface EscoImport {
  /** The taxonomy document: ESCO's skill groups as `skillCategories`, its skills as `skills`. */
  readonly taxonomy: TaxonomyInput;
  /** Skill id → its ESCO relations to other skills (broader, essential, optional), for skills that have any. */
  readonly related: Record<string, EscoRelations>;
  /** ESCO concept URI → the id it was given. */
  readonly idByUri: Record<string, string>;
  /** Alternative labels left out so that every name and alias has one owner (the first owner keeps it). */
  readonly droppedAliases: DroppedAlias[];
}

const FN = 'importEsco';
const FALLBACK_ID = 'esco-skills';
const ESCO_BASE = 'http://data.europa.eu/esco/';

interface Group {
  uri: string;
  label: string;
  aliases: string[];
  description: string;
  code: string;
  status: string;
  /** Parent from the hierarchy file, used when the broader relations give none. */
  hierarchyParent?: string;
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The last segment of a concept URI: a UUID or a code such as ISCED-F `0613`. */
const lastSegment = (uri: string): string => uri.slice(uri.replace(/\/+$/, '').lastIndexOf('/') + 1);
const isUuid = (s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(s);
/** A short, stable qualifier from a URI: the first 8 hex digits of a UUID, else its last segment. */
const shortOf = (uri: string): string => {
  const seg = lastSegment(uri);
  return isUuid(seg) ? seg.slice(0, 8) : seg;
};
/** The path of an ESCO URI as an id (`skill-0005c151-…`, `isced-f-0613`). */
const uriSlug = (uri: string): string => slugify(uri.startsWith(ESCO_BASE) ? uri.slice(ESCO_BASE.length) : uri.replace(/^[a-z]+:\/\//i, ''), 120);

const skillTypeOf = (value: string): SkillInput['type'] => (value.trim() === 'knowledge' ? 'knowledge' : 'skill');

/**
 * Imports ESCO's skills pillar from the texts of its CSV files into a taxonomy document that
 * {@link validateTaxonomy} accepts and every query works on. Pass file contents, not paths: the library reads no
 * files.
 *
 * - Skills: one per row of `skills_en.csv`; name = `preferredLabel`; aliases = `altLabels` (one per line);
 *   description = `description` (else `definition`, `scopeNote`); type `knowledge` or `skill` (ESCO's
 *   "skill/competence"); `crosswalks.esco` = the concept URI, match `exact`; `sources` = the concept URI.
 * - Categories: ESCO's skill groups (`skillGroups_en.csv`, `skillsHierarchy_en.csv`) with their parents; a skill's
 *   category is its first group in `broaderRelationsSkillPillar.csv`, else the category of its broader skill;
 *   skills with neither go to one category, `esco-skills`.
 * - Prerequisites: none — ESCO has no prerequisite relation, and none is invented. Broader skills and
 *   `skillSkillRelations.csv` (essential / optional) have no field in the format: they come back in `related`.
 * - Names and aliases must each have one owner: a group named like a skill gets its code in brackets, and an
 *   alternative label two concepts share stays with the first (the others are listed in `droppedAliases`).
 *
 * @param files - The texts of the CSV files; only `skills` is required.
 * @param options - `id`, `name`, `version` of the taxonomy (default `esco`, `ESCO skills`, `1.0.0`); `ids`.
 * @throws TypeError when a file is not a string; RangeError when one is not valid CSV or lacks ESCO's columns.
 * @example
 * ```ts
 * import { createTaxonomy, importEsco } from 'ml-skills';
 *
 * const skills = 'conceptType,conceptUri,skillType,preferredLabel,altLabels,description\n' +
 *   'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d,knowledge,Python (computer programming),"Python\nPython programming",The techniques of software development in Python.\n';
 * const esco = createTaxonomy(importEsco({ skills }).taxonomy);
 * esco.resolve('Python')?.name; // 'Python (computer programming)'
 * ```
 * @category Interop
 */
export function importEsco(files: EscoFiles, options: EscoImportOptions = {}): EscoImport {
  expectOptions(FN, 'files', files);
  if (files === undefined || files === null) throw new TypeError(`${FN}: files must be an object holding at least the text of skills_en.csv, got ${quote(files)}`);
  // A misspelt file name ({ skils }) must not be silently ignored.
  expectKnownKeys(FN, 'files', files, ['skills', 'skillGroups', 'skillsHierarchy', 'broaderRelations', 'skillSkillRelations']);
  const meta = importMeta(FN, options, { id: 'esco', name: 'ESCO skills', version: '1.0.0' }, ['ids']);
  const idStyle = options.ids === undefined ? 'label' : expectOneOf(FN, 'options.ids', options.ids, ['label', 'uri'] as const, 'id style');

  const skillsTable = readCsv(FN, 'files.skills', files.skills, 'csv', ['conceptUri', 'preferredLabel'], "ESCO's skills_en.csv");
  const optional = (key: keyof EscoFiles, required: string[], what: string): CsvTable | undefined =>
    files[key] === undefined ? undefined : readCsv(FN, `files.${key}`, files[key], 'csv', required, what);
  const groupsTable = optional('skillGroups', ['conceptUri', 'preferredLabel'], "ESCO's skillGroups_en.csv");
  const hierarchyTable = optional('skillsHierarchy', ['Level 0 URI', 'Level 0 preferred term'], "ESCO's skillsHierarchy_en.csv");
  const broaderTable = optional('broaderRelations', ['conceptUri', 'broaderUri'], "ESCO's broaderRelationsSkillPillar.csv");
  const relationsTable = optional('skillSkillRelations', ['originalSkillUri', 'relationType', 'relatedSkillUri'], "ESCO's skillSkillRelations.csv");

  // Skills, in file order; the first row of a URI wins.
  const skills = new Map<string, string[]>();
  for (const row of skillsTable.rows) {
    const uri = cell(skillsTable, row, 'conceptUri').trim();
    if (uri !== '' && cell(skillsTable, row, 'preferredLabel').trim() !== '' && !skills.has(uri)) skills.set(uri, row as string[]);
  }

  // Groups: those of the hierarchy file in its order (a tree order), then any others of the groups file.
  const groups = new Map<string, Group>();
  const fromGroupsFile = new Map<string, readonly string[]>();
  for (const row of groupsTable?.rows ?? []) {
    const uri = cell(groupsTable!, row, 'conceptUri').trim();
    if (uri !== '' && cell(groupsTable!, row, 'preferredLabel').trim() !== '' && !fromGroupsFile.has(uri)) fromGroupsFile.set(uri, row);
  }
  const addGroup = (uri: string, fallback: { label: string; description: string; code: string }): Group => {
    let group = groups.get(uri);
    if (group) return group;
    const row = fromGroupsFile.get(uri);
    group = row
      ? {
          uri,
          label: cell(groupsTable!, row, 'preferredLabel').trim(),
          aliases: lines(cell(groupsTable!, row, 'altLabels')),
          description: cell(groupsTable!, row, 'description').trim() || fallback.description || cell(groupsTable!, row, 'scopeNote').trim(),
          code: cell(groupsTable!, row, 'code').trim() || fallback.code,
          status: cell(groupsTable!, row, 'status').trim(),
        }
      : { uri, label: fallback.label, aliases: [], description: fallback.description, code: fallback.code, status: '' };
    groups.set(uri, group);
    return group;
  };
  for (const row of hierarchyTable?.rows ?? []) {
    let parent: string | undefined;
    let deepest = -1;
    for (let level = 0; level < 4; level++) if (cell(hierarchyTable!, row, `Level ${level} URI`).trim() !== '') deepest = level;
    for (let level = 0; level <= deepest; level++) {
      const uri = cell(hierarchyTable!, row, `Level ${level} URI`).trim();
      const label = cell(hierarchyTable!, row, `Level ${level} preferred term`).trim();
      if (uri === '' || label === '') continue;
      const group = addGroup(uri, {
        label,
        description: level === deepest ? cell(hierarchyTable!, row, 'Description').trim() : '',
        code: cell(hierarchyTable!, row, `Level ${level} code`).trim(),
      });
      if (level === deepest && group.description === '') group.description = cell(hierarchyTable!, row, 'Description').trim();
      if (parent !== undefined && group.hierarchyParent === undefined && parent !== uri) group.hierarchyParent = parent;
      parent = uri;
    }
  }
  for (const uri of fromGroupsFile.keys()) addGroup(uri, { label: '', description: '', code: '' });
  for (const uri of groups.keys()) if (skills.has(uri)) groups.delete(uri); // a concept is a skill or a group, not both

  // Broader links: group → parent group, skill → its groups, skill → broader skills.
  const groupParent = new Map<string, string>();
  const skillGroups = new Map<string, string[]>();
  const broaderSkills = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string): void => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const row of broaderTable?.rows ?? []) {
    const uri = cell(broaderTable!, row, 'conceptUri').trim();
    const broader = cell(broaderTable!, row, 'broaderUri').trim();
    if (uri === broader) continue;
    if (groups.has(uri)) {
      if (groups.has(broader) && !groupParent.has(uri)) groupParent.set(uri, broader);
    } else if (skills.has(uri)) {
      if (groups.has(broader)) push(skillGroups, uri, broader);
      else if (skills.has(broader)) push(broaderSkills, uri, broader);
    }
  }
  // Parents, refusing any link that would close a loop (validation rejects category cycles).
  const parentOf = new Map<string, string>();
  const reaches = (from: string, target: string): boolean => {
    const seen = new Set<string>();
    for (let cur: string | undefined = from; cur !== undefined && !seen.has(cur); cur = parentOf.get(cur)) {
      if (cur === target) return true;
      seen.add(cur);
    }
    return false;
  };
  for (const group of groups.values()) {
    const parent = groupParent.get(group.uri) ?? group.hierarchyParent;
    if (parent !== undefined && groups.has(parent) && !reaches(parent, group.uri)) parentOf.set(group.uri, parent);
  }

  // Each skill's category: its first group, else (depth first, in order) the first group of a broader skill.
  // Iterative, so that a long chain of broader skills cannot overflow the stack.
  const categoryOf = new Map<string, string | null>();
  for (const uri of skills.keys()) {
    let found: string | null = null;
    const stack = [uri];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const cur = stack.pop()!;
      if (seen.has(cur)) continue;
      seen.add(cur);
      const known = categoryOf.get(cur);
      if (known === null) continue; // already searched: nothing above it
      const group = known ?? skillGroups.get(cur)?.[0];
      if (group !== undefined) {
        found = group;
        break;
      }
      const above = broaderSkills.get(cur) ?? [];
      for (let i = above.length - 1; i >= 0; i--) stack.push(above[i]!);
    }
    categoryOf.set(uri, found);
  }
  const needsFallback = [...skills.keys()].some((uri) => categoryOf.get(uri) === null);

  // Ids: the fallback first, then skills in file order, then groups.
  const ids = new IdAllocator();
  if (needsFallback) ids.reserve(FALLBACK_ID);
  const idByUri: Record<string, string> = {};
  const assign = (uri: string, label: string): void => {
    const path = uriSlug(uri);
    const base = slugify(label);
    const candidates = idStyle === 'uri' || base === '' ? [path] : [base, slugify(`${base}-${shortOf(uri)}`, 120), path];
    setOwn(idByUri, uri, ids.take(candidates));
  };
  for (const [uri, row] of skills) assign(uri, cell(skillsTable, row, 'preferredLabel').trim());
  for (const group of groups.values()) assign(group.uri, group.label);

  // Names first (skills keep theirs; a group that meets one gets its code), then aliases, first owner first.
  const claims = new NameClaims();
  const names = new Map<string, string>();
  for (const [uri, row] of skills) {
    const label = cell(skillsTable, row, 'preferredLabel').trim();
    names.set(uri, claims.claimName(idByUri[uri]!, [label, `${label} (ESCO ${shortOf(uri)})`]));
  }
  for (const group of groups.values()) {
    const qualifier = group.code || (group.uri.includes('/isced-f/') ? `ISCED-F ${lastSegment(group.uri)}` : `ESCO ${shortOf(group.uri)}`);
    names.set(group.uri, claims.claimName(idByUri[group.uri]!, [group.label, `${group.label} (${qualifier})`]));
  }
  const fallbackName = needsFallback ? claims.claimName(FALLBACK_ID, ['ESCO skills without a group', 'ESCO skills without a skill group']) : '';
  const droppedAliases: DroppedAlias[] = [];

  // A concept URI that is not an http(s) URL (a hand-made or damaged file) would make the document invalid: no source then.
  const source = (uri: string, label: string) => (/^https?:\/\/\S+$/.test(uri) ? { sources: [{ title: clip(`ESCO: ${label}`, 500), url: uri }] } : {});
  const esco = (uri: string) => ({ esco: [{ code: uri, match: 'exact' as const }] });
  const deprecation = (status: string) => (status !== '' && status !== 'released' ? { deprecated: { since: meta.version, reason: `ESCO status: ${status}` } } : {});

  const skillList: SkillInput[] = [];
  for (const [uri, row] of skills) {
    const id = idByUri[uri]!;
    const label = cell(skillsTable, row, 'preferredLabel').trim();
    const aliases = claims.aliases(id, lines(cell(skillsTable, row, 'altLabels')), droppedAliases);
    const category = categoryOf.get(uri);
    const description =
      cell(skillsTable, row, 'description').trim() || cell(skillsTable, row, 'definition').trim() || cell(skillsTable, row, 'scopeNote').trim() || `${label} (an ESCO skill).`;
    skillList.push({
      id,
      name: names.get(uri)!,
      description: clip(description, 5000),
      ...(aliases.length ? { aliases } : {}),
      ...source(uri, label),
      crosswalks: esco(uri),
      ...deprecation(cell(skillsTable, row, 'status').trim()),
      category: category === null || category === undefined ? FALLBACK_ID : idByUri[category]!,
      type: skillTypeOf(cell(skillsTable, row, 'skillType')),
    });
  }
  const categoryList: SkillCategoryInput[] = [];
  if (needsFallback) {
    categoryList.push({ id: FALLBACK_ID, name: fallbackName, description: 'ESCO skills that the imported files give no skill group for.' });
  }
  for (const group of groups.values()) {
    const id = idByUri[group.uri]!;
    const aliases = claims.aliases(id, group.aliases, droppedAliases);
    const parent = parentOf.get(group.uri);
    categoryList.push({
      id,
      name: names.get(group.uri)!,
      description: clip(group.description || `The ESCO skill group "${group.label}".`, 5000),
      ...(aliases.length ? { aliases } : {}),
      ...source(group.uri, group.label),
      crosswalks: esco(group.uri),
      ...deprecation(group.status),
      ...(parent !== undefined ? { parent: idByUri[parent]! } : {}),
    });
  }

  // Relations the format has no field for.
  const related: Record<string, EscoRelations> = {};
  const relationsOf = (uri: string): EscoRelations => {
    const id = idByUri[uri]!;
    let r = related[id];
    if (!r) setOwn(related, id, (r = { broader: [], essential: [], optional: [] }));
    return r;
  };
  for (const [uri, broader] of broaderSkills) relationsOf(uri).broader.push(...broader.map((b) => idByUri[b]!));
  for (const row of relationsTable?.rows ?? []) {
    const from = cell(relationsTable!, row, 'originalSkillUri').trim();
    const to = cell(relationsTable!, row, 'relatedSkillUri').trim();
    const type = cell(relationsTable!, row, 'relationType').trim();
    if (!skills.has(from) || !skills.has(to) || from === to || (type !== 'essential' && type !== 'optional')) continue;
    const list = relationsOf(from)[type];
    const id = idByUri[to]!;
    if (!list.includes(id)) list.push(id);
  }

  const taxonomy: TaxonomyInput = {
    id: meta.id,
    name: meta.name,
    description: `ESCO's skills pillar, imported from its CSV files: ${skillList.length} skills in ${categoryList.length} categories.`,
    version: meta.version,
    schemaVersion: SCHEMA_VERSION,
    sources: [{ title: 'ESCO classification (European Commission)', url: 'https://esco.ec.europa.eu/en/use-esco/download' }],
    skillCategories: categoryList,
    skills: skillList,
  };
  return { taxonomy, related, idByUri, droppedAliases };
}
