import type { RuleContext } from './context.js';

interface Expectation {
  readonly level: string;
  readonly proficiency: string;
}

/**
 * A skill names each career level once, and (a warning) the proficiency it expects should not fall as the level
 * rises. Unknown level and proficiency ids are reported by the reference rule.
 */
export function checkExpectations({ entries, byId, issues }: RuleContext): void {
  const rankOf = (id: string, kind: string): number | undefined => {
    const e = byId.get(id);
    return e && e.kind === kind ? (e.entity['rank'] as number) : undefined;
  };
  for (const entry of entries) {
    if (entry.kind !== 'skill') continue;
    const list = entry.entity['expectations'] as readonly Expectation[] | undefined;
    if (!list) continue;
    const seen = new Set<string>();
    const ranked: { level: number; proficiency: number; i: number }[] = [];
    list.forEach((x, i) => {
      if (seen.has(x.level)) issues.add('duplicate-expectation', `${entry.path}/expectations/${i}/level`, `career level '${x.level}' has two expectations`);
      seen.add(x.level);
      const level = rankOf(x.level, 'careerLevel');
      const proficiency = rankOf(x.proficiency, 'proficiencyLevel');
      if (level !== undefined && proficiency !== undefined) ranked.push({ level, proficiency, i });
    });
    ranked.sort((a, b) => a.level - b.level);
    for (let k = 1; k < ranked.length; k++) {
      const lower = ranked[k - 1]!;
      const higher = ranked[k]!;
      if (higher.proficiency < lower.proficiency) {
        const a = list[lower.i]!;
        const b = list[higher.i]!;
        issues.add(
          'expectation-decreases',
          `${entry.path}/expectations/${higher.i}/proficiency`,
          `expected proficiency falls from '${a.proficiency}' at '${a.level}' to '${b.proficiency}' at '${b.level}'`,
          'warning',
        );
      }
    }
  }
}
