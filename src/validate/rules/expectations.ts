import type { RuleContext } from './context.js';
import { repeatSet, repeatedAt } from './repeats.js';

interface Expectation {
  readonly level: string;
  readonly proficiency: string;
}

/** Lists up to this long compare their expectations in the scratch arrays below, without allocating. */
const SHORT = 16;
const LEVELS = new Float64Array(SHORT);
const RANKS = new Float64Array(SHORT);
const AT = new Int32Array(SHORT);

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
    const seen = repeatSet(list.length);
    for (let i = 0; i < list.length; i++) {
      if (repeatedAt(list, i, seen, 'level')) issues.add('duplicate-expectation', `${entry.path}/expectations/${i}/level`, `career level '${list[i]!.level}' has two expectations`);
    }
    const short = list.length <= SHORT;
    // Compare every pair: their order in the document is free. One expectation per level rank takes part (ranks are
    // whole numbers up to 1000, and a repeated level is already an error), so a hostile list of 100,000 costs at
    // most 1001² comparisons, not 100,000².
    let n = 0;
    const levels = short ? LEVELS : new Float64Array(list.length);
    const ranks = short ? RANKS : new Float64Array(list.length);
    const at = short ? AT : new Int32Array(list.length);
    const seenRanks = repeatSet(list.length);
    for (let i = 0; i < list.length; i++) {
      const rank = levelRank.get(list[i]!.level);
      if (rank === undefined) continue;
      levels[n] = rank;
      if (repeatedAt(levels, n, seenRanks)) continue; // an earlier expectation has this rank
      ranks[n] = proficiencyRank.get(list[i]!.proficiency) ?? NaN;
      at[n++] = i;
    }
    for (let x = 0; x < n; x++) {
      let worst = -1;
      for (let y = 0; y < n; y++) {
        if (levels[y]! < levels[x]! && ranks[y]! > ranks[x]! && (worst < 0 || levels[y]! > levels[worst]!)) worst = y;
      }
      if (worst >= 0) {
        const a = list[at[x]!]!;
        const b = list[at[worst]!]!;
        issues.add('expectation-decreases', `${entry.path}/expectations/${at[x]!}/proficiency`, `expected proficiency falls from '${b.proficiency}' at '${b.level}' to '${a.proficiency}' at '${a.level}'`, 'warning');
      }
    }
  }
}
