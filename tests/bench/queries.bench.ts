// Each query on an ESCO-scale taxonomy beside a plain scan of the arrays that answers the same question, in the
// same run; and index building beside JSON.parse of the document.
import { bench, describe } from 'vitest';
import { createTaxonomy, type Skill, type Tool } from '../../src/index.js';
import { normalizeName } from '../../src/internal/normalize.js';
import { syntheticTaxonomy } from './synthetic.js';

const doc = syntheticTaxonomy();
const text = JSON.stringify(doc);
// Built from the parsed text, as a user's taxonomy file (or the built-in data) is.
const t = createTaxonomy(JSON.parse(text));
t.indexes.buildAll();
const skills = t.skills as readonly Skill[];
const tools = t.tools as readonly Tool[];
const lastSkill = 'skill-13999';
const alias = 'Skill 13999 Alias 5';

describe('get(id)', () => {
  bench('baseline: scan for the id', () => void skills.find((s) => s.id === lastSkill));
  bench('taxonomy.get', () => void t.get(lastSkill));
});

describe('resolve(alias)', () => {
  bench('baseline: scan names and aliases', () => {
    const key = normalizeName(alias);
    skills.find((s) => normalizeName(s.name) === key || (s.aliases ?? []).some((a) => normalizeName(a) === key));
  });
  bench('taxonomy.resolve', () => void t.resolve(alias));
});

describe("skillsByLevel('senior')", () => {
  bench('baseline: scan skills for the level\'s expectations', () => {
    const out: { skill: Skill; proficiency: string }[] = [];
    for (const s of skills) for (const x of s.expectations ?? []) if (x.level === 'senior') out.push({ skill: s, proficiency: x.proficiency });
  });
  bench('taxonomy.skillsByLevel', () => void t.skillsByLevel('senior'));
});

describe("toolsByCategory('tool-category-7')", () => {
  bench('baseline: scan tools for the category', () => void tools.filter((x) => x.category === 'tool-category-7'));
  bench('taxonomy.toolsByCategory', () => void t.toolsByCategory('tool-category-7'));
});

describe('domainPrerequisites (transitive) — linear in the edges visited', () => {
  bench('baseline: breadth-first walk of the same edges, unordered', () => {
    const seen = new Set<string>();
    const queue = [...(t.getDomain('domain-0').prerequisites ?? [])];
    while (queue.length) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const s = t.get(id);
      if (s?.kind === 'skill') queue.push(...(s.prerequisites ?? []));
    }
  });
  bench('taxonomy.domainPrerequisites (walk + topological order)', () => void t.domainPrerequisites('domain-0'));
});

describe('index building', () => {
  // Five seconds each: the mean of a short run swings with the collection of the garbage the other task left.
  bench('baseline: JSON.parse of the document', () => void JSON.parse(text), { time: 5000 });
  bench('build every index of a fresh Taxonomy', () => {
    const fresh = new (t.constructor as new (load: () => unknown) => typeof t)(() => t.document);
    fresh.indexes.buildAll();
  }, { time: 5000 });
});
