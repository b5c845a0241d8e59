/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbours ('pytroch' is one edit from
 * 'pytorch'), bounded: returns max + 1 as soon as the distance must exceed max.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, before[j - 2]! + 1);
      }
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The candidates closest to `value` (at most `limit`), for "did you mean" messages. */
export function closest(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const v = value.slice(0, 200).toLowerCase();
  const max = Math.max(2, Math.floor(v.length / 3));
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = lc.startsWith(v) || v.startsWith(lc) ? Math.min(1, editDistance(v, lc, max)) : editDistance(v, lc, max);
    if (d <= max) scored.push([c, d]);
  }
  return scored
    .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, limit)
    .map(([c]) => c);
}

/** Quotes a user value for a message, shortened so that a huge value cannot flood it. */
export function quote(value: unknown): string {
  let text: string;
  try {
    // JSON.stringify writes NaN and Infinity as null, and bigint throws: name numbers as they are.
    text =
      typeof value === 'string'
        ? `'${value}'`
        : typeof value === 'number' || typeof value === 'bigint'
          ? String(value)
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? text.slice(0, 77) + '…' : text;
}

/** " did you mean 'x' or 'y'?" — or '' when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const near = closest(value, candidates);
  if (near.length === 0) return '';
  return `; did you mean ${near.map((c) => `'${c}'`).join(' or ')}?`;
}
