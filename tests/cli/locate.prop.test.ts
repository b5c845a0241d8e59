// Pointers map back to the exact text of the key or item they name, in JSON and in YAML.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { Locator, pointerSegments, positionOf } from '../../src/cli/locate.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every pointer into a value, with what the text must show at its position: the key, or the item. */
function pointers(value: Json, path = ''): { pointer: string; key?: string; item?: Json }[] {
  const out: { pointer: string; key?: string; item?: Json }[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push({ pointer: `${path}/${i}`, item: v }, ...pointers(v, `${path}/${i}`));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      out.push({ pointer: p, key: k }, ...pointers(v, p));
    }
  }
  return out;
}

/** The character offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

const keys = fc.string({ maxLength: 6 }).filter((k) => k !== '__proto__');
const values = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, 1, 'x'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('Locator', () => {
  it('finds every key and array item of pretty-printed JSON', () => {
    fc.assert(
      fc.property(values, (value) => {
        const text = JSON.stringify(value, null, 2);
        const locator = new Locator(text);
        for (const { pointer, key, item } of pointers(value)) {
          const { line, column } = locator.locate(pointer);
          const at = text.slice(offsetOf(text, line, column));
          const expected = key !== undefined ? JSON.stringify(key) : JSON.stringify(item, null, 2);
          expect(at.startsWith(expected.split('\n')[0]!), `${pointer} at ${line}:${column}`).toBe(true);
        }
      }),
    );
  });

  it('finds every key of YAML, and stops at the deepest existing part of a missing path', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.integer(), { minKeys: 1, maxKeys: 3 }), { minKeys: 1, maxKeys: 4 }), (value) => {
        const text = stringify(value);
        const locator = new Locator(text);
        for (const [outer, inner] of Object.entries(value)) {
          for (const k of Object.keys(inner)) {
            const { line, column } = locator.locate(`/${outer}/${k}`);
            expect(text.slice(offsetOf(text, line, column)).startsWith(`${k}:`)).toBe(true);
          }
          expect(locator.locate(`/${outer}/no-such-key/0`)).toEqual(locator.locate(`/${outer}`));
        }
      }),
    );
  });

  it('decodes pointer escapes and counts positions from 1', () => {
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/a~1b/~0c/0')).toEqual(['a/b', '~c', '0']);
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(new Locator('').locate('/x')).toEqual({ line: 1, column: 1 });
  });
});
