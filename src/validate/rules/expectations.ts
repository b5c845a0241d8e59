import type { RuleContext } from './context.js';

interface Expectation {
  readonly level: string;
  readonly proficiency: string;
}

/**
 * A skill names each career level once, and (a warning) the proficiency it expects should not fall as the level
 * rises. Unknown level and proficiency ids are reported by the reference rule.
 */
export function checkExpectations({ entries, issues }: RuleContext): void {
  const levelRank = new Map<string, number>();
  const proficiencyRank = new Map<string, number>();
  for (const e of entries) {
    if (e.kind === 'careerLevel') levelRank.set(e.entity['id'] as string, e.entity['rank'] as number);
    else if (e.kind === 'proficiencyLevel') proficiencyRank.set(e.entity['id'] as string, e.entity['rank'] as number);
  }
  for (const entry of entries) {
    if (entry.kind !== 'skill') continue;
    const list = entry.entity['expectations'] as readonly Expectation[] | undefined;
    if (list === undefined || list.length < 2) continue;
    for (let i = 1; i < list.length; i++) {
      for (let k = 0; k < i; k++) {
        if (list[k]!.level === list[i]!.level) {
          issues.add('duplicate-expectation', `${entry.path}/expectations/${i}/level`, `career level '${list[i]!.level}' has two expectations`);
          break;
        }
      }
    }
    // Compare every pair: lists are short (one entry per level), and their order in the document is free.
    const levels = list.map((x) => levelRank.get(x.level) ?? NaN);
    const ranks = list.map((x) => proficiencyRank.get(x.proficiency) ?? NaN);
    for (let i = 0; i < list.length; i++) {
      let worst = -1;
      for (let k = 0; k < list.length; k++) {
        if (levels[k]! < levels[i]! && ranks[k]! > ranks[i]! && (worst < 0 || levels[k]! > levels[worst]!)) worst = k;
      }
      if (worst >= 0) {
        const a = list[i]!;
        const b = list[worst]!;
        issues.add('expectation-decreases', `${entry.path}/expectations/${i}/proficiency`, `expected proficiency falls from '${b.proficiency}' at '${b.level}' to '${a.proficiency}' at '${a.level}'`, 'warning');
      }
    }
  }
}
