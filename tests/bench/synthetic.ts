// A deterministic synthetic taxonomy of ESCO's scale, for benchmarks: 14,000 skills, 3,000 tools,
// ~70,000 prerequisite links and ~100,000 aliases.

export interface SyntheticOptions {
  readonly skills?: number;
  readonly tools?: number;
  readonly prerequisitesPerSkill?: number;
  readonly aliasesPerSkill?: number;
}

/** A small, fast pseudo-random generator, so every run builds the same document. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticTaxonomy({ skills = 14_000, tools = 3_000, prerequisitesPerSkill = 5, aliasesPerSkill = 6 }: SyntheticOptions = {}): Record<string, unknown> {
  const rnd = random(42);
  const levels = ['entry', 'mid', 'senior', 'staff', 'principal', 'distinguished'];
  const proficiency = ['awareness', 'working', 'practitioner', 'expert'];
  const skillCategories = Array.from({ length: 40 }, (_, i) => ({ id: `skill-category-${i}`, name: `Skill category ${i}`, description: `Group ${i} of skills.` }));
  const toolCategories = Array.from({ length: 30 }, (_, i) => ({ id: `tool-category-${i}`, name: `Tool category ${i}`, description: `Group ${i} of tools.` }));
  const skillList = Array.from({ length: skills }, (_, i) => {
    const prerequisites = new Set<string>();
    for (let k = 0; k < prerequisitesPerSkill && i > 0; k++) prerequisites.add(`skill-${Math.floor(rnd() * i)}`);
    const start = Math.floor(rnd() * 3);
    return {
      id: `skill-${i}`,
      name: `Skill number ${i}`,
      aliases: Array.from({ length: aliasesPerSkill }, (_, k) => `skill ${i} alias ${k}`),
      description: `A synthetic skill, number ${i}, used to measure how the library scales with the size of a taxonomy.`,
      category: `skill-category-${i % 40}`,
      type: (['knowledge', 'skill', 'competence'] as const)[i % 3],
      prerequisites: [...prerequisites],
      expectations: levels.slice(start).map((level, k) => ({ level, proficiency: proficiency[Math.min(3, k)]!, behaviours: [`Shows skill ${i} at ${level}`] })),
      sources: [{ title: 'Synthetic', url: `https://example.org/skills/${i}` }],
    };
  });
  const toolList = Array.from({ length: tools }, (_, i) => ({
    id: `tool-${i}`,
    name: `Tool number ${i}`,
    aliases: [`tool ${i} alias a`, `tool ${i} alias b`, `tool ${i} alias c`, `tool ${i} alias d`, `tool ${i} alias e`],
    description: `A synthetic tool, number ${i}.`,
    category: `tool-category-${i % 30}`,
    homepage: `https://example.org/tools/${i}`,
    skills: [`skill-${(i * 7) % skills}`, `skill-${(i * 13) % skills}`],
    lifecycle: (['emerging', 'active', 'legacy'] as const)[i % 3],
  }));
  return {
    id: 'synthetic',
    name: 'Synthetic ESCO-scale taxonomy',
    version: '1.0.0',
    schemaVersion: 1,
    careerLevels: levels.map((id, i) => ({ id, name: id, description: `Level ${id}.`, rank: i + 1 })),
    proficiencyLevels: proficiency.map((id, i) => ({ id, name: id, description: `Proficiency ${id}.`, rank: i + 1 })),
    skillCategories,
    skills: skillList,
    toolCategories,
    tools: toolList,
    domains: Array.from({ length: 20 }, (_, i) => ({
      id: `domain-${i}`,
      name: `Domain ${i}`,
      description: `Synthetic domain ${i}.`,
      prerequisites: Array.from({ length: 10 }, (_, k) => `skill-${skills - 1 - i * 10 - k}`),
    })),
  };
}
