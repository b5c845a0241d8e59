import type { EntityKind } from '../schema/kinds.js';

const KIND_WORDS: Record<EntityKind, string> = {
  careerLevel: 'career level',
  proficiencyLevel: 'proficiency level',
  skillCategory: 'skill category',
  skill: 'skill',
  toolCategory: 'tool category',
  tool: 'tool',
  domain: 'domain',
  dataset: 'dataset',
  metric: 'metric',
  role: 'role',
};

/** The words used for a kind in messages ("career level"). */
export const kindWords = (kind: EntityKind): string => KIND_WORDS[kind];
