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

/** Copies a JSON value deeply into fresh plain objects and arrays, iteratively; `__proto__` keys stay plain data. */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const root: unknown = Array.isArray(value) ? [] : {};
  const stack: [unknown, Record<string, unknown>][] = [[value, root as Record<string, unknown>]];
  while (stack.length > 0) {
    const [src, dst] = stack.pop()!;
    for (const key of Object.keys(src as object)) {
      const v = (src as Record<string, unknown>)[key];
      let copy = v;
      if (v !== null && typeof v === 'object') {
        copy = Array.isArray(v) ? [] : {};
        stack.push([v, copy as Record<string, unknown>]);
      }
      // defineProperty, not assignment: a "__proto__" key must become an own property, never the prototype.
      Object.defineProperty(dst, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
  }
  return root as T;
}
