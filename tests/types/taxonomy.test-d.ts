import { describe, expectTypeOf, it } from 'vitest';
import {
  createTaxonomy,
  getSkill,
  skillsByLevel,
  taxonomy,
  type CareerLevelId,
  type Entity,
  type Skill,
  type SkillId,
  type ToolId,
  type ValidationResult,
  type ValidationIssue,
  validateTaxonomy,
} from '../../src/index.js';
import type { SkillInput } from '../../src/schema/index.js';

describe('types', () => {
  it('infers entity types from the zod schemas', () => {
    expectTypeOf<Skill['kind']>().toEqualTypeOf<'skill'>();
    expectTypeOf<Skill['type']>().toEqualTypeOf<'knowledge' | 'skill' | 'competence'>();
    expectTypeOf<Skill['prerequisites']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<SkillInput['kind']>().toEqualTypeOf<'skill' | undefined>();
  });

  it('narrows entities by kind', () => {
    const e = taxonomy.get('entry');
    if (e?.kind === 'careerLevel') expectTypeOf(e.rank).toEqualTypeOf<number>();
    expectTypeOf(e).toEqualTypeOf<Entity | undefined>();
  });

  it('types built-in ids as literal unions', () => {
    expectTypeOf<'entry'>().toExtend<CareerLevelId>();
    expectTypeOf<CareerLevelId>().toEqualTypeOf<'entry' | 'mid' | 'senior' | 'staff' | 'principal' | 'distinguished'>();
    expectTypeOf<string>().not.toExtend<SkillId>();
    expectTypeOf<string>().not.toExtend<ToolId>();
    expectTypeOf(skillsByLevel).parameter(0).toEqualTypeOf<CareerLevelId>();
    expectTypeOf(getSkill).parameter(0).toEqualTypeOf<SkillId>();
  });

  it('rejects misspelt ids at compile time', () => {
    // @ts-expect-error 'seniour' is not a career level
    skillsByLevel('seniour');
    // @ts-expect-error 'pytroch' is not a tool id
    taxonomy.getTool('pytroch');
    // @ts-expect-error a tool id is not a skill id
    taxonomy.getSkill('pytorch' satisfies ToolId);
  });

  it('gives custom taxonomies string ids, or literal ids when written as const', () => {
    const loose = createTaxonomy(JSON.parse('{}') as unknown);
    expectTypeOf(loose.getSkill).parameter(0).toEqualTypeOf<string>();
    const strict = createTaxonomy({
      id: 'a', name: 'A', version: '1.0.0', schemaVersion: 1,
      careerLevels: [{ id: 'junior', name: 'J', description: 'd', rank: 1 }],
      skills: [{ id: 'maths', name: 'M', description: 'd', category: 'c', type: 'knowledge' }],
    } as const);
    expectTypeOf(strict.getSkill).parameter(0).toEqualTypeOf<'maths'>();
    expectTypeOf(strict.skillsByLevel).parameter(0).toEqualTypeOf<'junior'>();
    // @ts-expect-error not an id of this taxonomy
    strict.getSkill('physics');
  });

  it('types validation results as a discriminated union', () => {
    const r = validateTaxonomy({});
    expectTypeOf(r).toEqualTypeOf<ValidationResult>();
    if (r.ok) expectTypeOf(r.warnings).toEqualTypeOf<readonly ValidationIssue[]>();
    else expectTypeOf(r.issues[0]!.path).toEqualTypeOf<string>();
  });
});
