// The scan uses character classes and trie bits as number literals in its hot loop (see scan.ts); they must agree
// with the named constants.
import { describe, expect, it } from 'vitest';
import * as chars from '../../src/extract/chars.js';
import * as trie from '../../src/extract/trie.js';
import * as scan from '../../src/extract/scan.js';

describe('constants the scan writes as literals', () => {
  it('agree with the named ones', () => {
    expect([chars.OTHER, chars.LOWER, chars.UPPER, chars.CASELESS, chars.DIGIT, chars.SYMBOL, chars.TIGHT, chars.SPACE, chars.SLASH, chars.AMP]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([trie.BREAK_SPACE, trie.BREAK_SLASH, trie.BREAK_AMP, trie.TERMINAL_NAME, trie.TERMINAL_CONTEXT, trie.NODE]).toEqual([1, 2, 4, 8, 16, 3]);
    expect([scan.GLUED_START, scan.GLUED_END, scan.VERSION_END]).toEqual([1, 2, 4]);
  });

  it('classify characters as the scan expects', () => {
    const t = chars.classTable();
    const of = (ch: string) => chars.classOf(t, ch.charCodeAt(0));
    expect(['a', 'A', '中', '7', '+', '#', '-', '.', '_', ' ', "'", '’', '/', '&', ',', '\n', '\ud800'].map(of)).toEqual([1, 2, 3, 4, 5, 5, 6, 6, 6, 7, 7, 7, 8, 9, 0, 0, 0]);
  });
});
