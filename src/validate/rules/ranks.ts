import type { RuleContext } from './context.js';

/** Career levels and proficiency levels must each have distinct ranks: a strict order. */
export function checkRanks({ entries, issues }: RuleContext): void {
  for (const kind of ['careerLevel', 'proficiencyLevel'] as const) {
    const seen = new Map<number, string>();
    for (const entry of entries) {
      if (entry.kind !== kind) continue;
      const rank = entry.entity['rank'] as number;
      const other = seen.get(rank);
      if (other !== undefined) {
        issues.add('rank-order', `${entry.path}/rank`, `rank ${rank} is also the rank of ${kind} '${other}'; ranks must be a strict order`);
      } else seen.set(rank, entry.entity['id'] as string);
    }
  }
}
