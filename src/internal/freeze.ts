/** Freezes a JSON value and everything in it, iteratively (deep documents cannot overflow the stack). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Copies a JSON value deeply into fresh plain objects and arrays, iteratively; `__proto__` keys stay plain data.
 * Shared sub-objects are copied once per place. A cycle (impossible in JSON, easy in a JavaScript object) throws a
 * TypeError that starts with `what`, rather than copying forever.
 */
export function cloneJson<T>(value: T, what = 'value'): T {
  if (value === null || typeof value !== 'object') return value;
  const root: unknown = Array.isArray(value) ? [] : {};
  // Depth first, one frame per object being copied; `onPath` holds the objects from the root to the current one.
  const onPath = new Set<object>([value]);
  const stack: { src: Record<string, unknown>; dst: Record<string, unknown>; keys: string[]; next: number }[] = [
    { src: value as Record<string, unknown>, dst: root as Record<string, unknown>, keys: Object.keys(value), next: 0 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.keys.length) {
      onPath.delete(frame.src);
      stack.pop();
      continue;
    }
    const key = frame.keys[frame.next++]!;
    const v = frame.src[key];
    let copy = v;
    if (v !== null && typeof v === 'object') {
      if (onPath.has(v)) {
        const at = stack.map((f) => `/${f.keys[f.next - 1]!}`).join('');
        throw new TypeError(`${what} must be plain JSON data, but it contains a cycle (at ${at.length > 200 ? `${at.slice(0, 197)}…` : at})`);
      }
      copy = Array.isArray(v) ? [] : {};
      onPath.add(v);
      stack.push({ src: v as Record<string, unknown>, dst: copy as Record<string, unknown>, keys: Object.keys(v), next: 0 });
    }
    // defineProperty, not assignment: a "__proto__" key must become an own property, never the prototype.
    Object.defineProperty(frame.dst, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return root as T;
}
