import { describe, expect, it } from 'vitest';
import { Indexes, type ListsByKind } from '../../src/taxonomy/indexes.js';
import { toDocument } from '../../src/taxonomy/create.js';
import type { TaxonomyDocument } from '../../src/taxonomy/document.js';

// Indexes over documents that did not go through validation (the internal constructor allows them): they must not
// invent answers.
const listsOf = (doc: Record<string, unknown>): ListsByKind => {
  const d = toDocument(doc) as TaxonomyDocument;
  return {
    careerLevel: d.careerLevels, proficiencyLevel: d.proficiencyLevels, skillCategory: d.skillCategories, skill: d.skills,
    toolCategory: d.toolCategories, tool: d.tools, domain: d.domains, dataset: d.datasets, metric: d.metrics, role: d.roles,
  } as ListsByKind;
};

describe('Indexes on an unchecked document', () => {
  it('credits no dependent for a prerequisite that does not exist', () => {
    const skill = (id: string, prerequisites?: string[]) => ({ id, name: id, description: 'd', category: 'c', type: 'skill', ...(prerequisites ? { prerequisites } : {}) });
    const ix = new Indexes(listsOf({ skills: [skill('a'), skill('b', ['nope', 'a']), skill('c', ['nope'])] }));
    expect(ix.dependentsOf('a').map((e) => e.id)).toEqual(['b']);
    expect(ix.dependentsOf('b')).toEqual([]);
    expect(ix.dependentsOf('nope')).toEqual([]);
  });
});
