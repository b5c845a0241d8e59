import type { z } from 'zod';
import type { entityLists } from './taxonomy.js';

/** The list that holds each entity kind. */
export const LIST_OF_KIND = {
  careerLevel: 'careerLevels',
  proficiencyLevel: 'proficiencyLevels',
  skillCategory: 'skillCategories',
  skill: 'skills',
  toolCategory: 'toolCategories',
  tool: 'tools',
  domain: 'domains',
  dataset: 'datasets',
  metric: 'metrics',
  role: 'roles',
} as const;

/** An entity kind: `'skill'`, `'tool'`, `'domain'`, … */
export type EntityKind = keyof typeof LIST_OF_KIND;
/** The name of an entity list: `'skills'`, `'tools'`, … */
export type ListName = (typeof LIST_OF_KIND)[EntityKind];

/** Every entity kind, in the order of the document. */
export const ENTITY_KINDS = Object.keys(LIST_OF_KIND) as readonly EntityKind[];

type ListEntry<L extends ListName> = z.output<(typeof entityLists)[L]>[number];

/** Makes every nested field and array read-only. */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [P in keyof T]: DeepReadonly<T[P]> }
    : T;

/** An entity of kind K as the Taxonomy object holds it: the document's fields plus the `kind` discriminant. */
export type EntityOf<K extends EntityKind> = DeepReadonly<Omit<ListEntry<(typeof LIST_OF_KIND)[K]>, 'kind'> & { kind: K }>;
