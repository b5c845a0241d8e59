/** Lists up to this long are scanned for repeats; longer ones (up to 100,000 ids) keep a set. */
const SHORT = 16;

/** The set a list of this length needs for {@link repeatedAt}, or undefined when a scan is cheaper. */
export const repeatSet = (length: number): Set<unknown> | undefined => (length > SHORT ? new Set() : undefined);

/**
 * Whether the value at position `i` of a list (or its `property`, for a list of objects) appeared at an earlier
 * position. Call it for every position in order, with the list's {@link repeatSet}: short lists are scanned, which
 * allocates nothing; long ones are looked up in the set, so that the walk stays linear.
 */
export function repeatedAt(list: ArrayLike<unknown>, i: number, seen: Set<unknown> | undefined, property?: string): boolean {
  const value = valueAt(list, i, property);
  if (seen !== undefined) {
    if (seen.has(value)) return true;
    seen.add(value);
    return false;
  }
  for (let k = 0; k < i; k++) if (valueAt(list, k, property) === value) return true;
  return false;
}

const valueAt = (list: ArrayLike<unknown>, k: number, property: string | undefined): unknown =>
  property === undefined ? list[k] : (list[k] as Record<string, unknown>)[property];
