import type { EntityKind, ListName } from './kinds.js';

/** A field of an entity that holds ids of other entities. */
export interface ReferenceField {
  /** The field name. */
  readonly field: string;
  /** For a list of objects, the property of each object that holds the id (e.g. `level` in `expectations`). */
  readonly property?: string;
  /** Whether the field is a list. */
  readonly many: boolean;
  /** The kinds the ids may point at. */
  readonly kinds: readonly EntityKind[];
}

/**
 * Every reference between entities, as data: validation, queries and interop read this one table, so a new
 * reference field is declared once.
 */
export const REFERENCES: { readonly [L in ListName]: readonly ReferenceField[] } = {
  careerLevels: [],
  proficiencyLevels: [],
  skillCategories: [{ field: 'parent', many: false, kinds: ['skillCategory'] }],
  skills: [
    { field: 'category', many: false, kinds: ['skillCategory'] },
    { field: 'prerequisites', many: true, kinds: ['skill'] },
    { field: 'tools', many: true, kinds: ['tool'] },
    { field: 'expectations', property: 'level', many: true, kinds: ['careerLevel'] },
    { field: 'expectations', property: 'proficiency', many: true, kinds: ['proficiencyLevel'] },
  ],
  toolCategories: [{ field: 'parent', many: false, kinds: ['toolCategory'] }],
  tools: [
    { field: 'category', many: false, kinds: ['toolCategory'] },
    { field: 'languages', many: true, kinds: ['tool'] },
    { field: 'skills', many: true, kinds: ['skill'] },
    { field: 'supersededBy', many: false, kinds: ['tool'] },
  ],
  domains: [
    { field: 'tasks', many: true, kinds: ['skill'] },
    { field: 'techniques', many: true, kinds: ['skill'] },
    { field: 'datasets', many: true, kinds: ['dataset'] },
    { field: 'metrics', many: true, kinds: ['metric'] },
    { field: 'prerequisites', many: true, kinds: ['skill', 'domain'] },
    { field: 'tools', many: true, kinds: ['tool'] },
  ],
  datasets: [
    { field: 'domains', many: true, kinds: ['domain'] },
    { field: 'tasks', many: true, kinds: ['skill'] },
  ],
  metrics: [{ field: 'domains', many: true, kinds: ['domain'] }],
  roles: [
    { field: 'skills', property: 'skill', many: true, kinds: ['skill'] },
    { field: 'domains', many: true, kinds: ['domain'] },
    { field: 'toolCategories', many: true, kinds: ['toolCategory'] },
  ],
};

/** Reads the ids a reference field holds in one entity, with the pointer suffix of each. */
export function referencedIds(entity: Readonly<Record<string, unknown>>, ref: ReferenceField): [string, string][] {
  const value = entity[ref.field];
  if (value === undefined) return [];
  if (!ref.many) return typeof value === 'string' ? [[value, `/${ref.field}`]] : [];
  const out: [string, string][] = [];
  (value as readonly unknown[]).forEach((item, i) => {
    const id = ref.property ? (item as Record<string, unknown>)[ref.property] : item;
    if (typeof id === 'string') out.push([id, ref.property ? `/${ref.field}/${i}/${ref.property}` : `/${ref.field}/${i}`]);
  });
  return out;
}
