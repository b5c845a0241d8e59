import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

/** A 1-based line and column in a source text. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Splits a JSON Pointer (RFC 6901) into its unescaped segments; `''` is the whole document. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Maps JSON Pointers back to where they are in the source text. The `yaml` package parses JSON and YAML alike
 * and keeps every node's range; the text is parsed once, on first use (only files with issues pay for it).
 * A pointer into a map ends at the key (that is where the field is); one that does not exist (a missing field)
 * ends at the deepest part that does.
 */
export class Locator {
  #parsed: { contents: Node | null; lines: LineCounter } | undefined;

  constructor(private readonly text: string) {}

  #parse(): { contents: Node | null; lines: LineCounter } {
    if (!this.#parsed) {
      const lines = new LineCounter();
      // Errors are the parser's business elsewhere; here a partial tree still locates most pointers.
      const doc = parseDocument(this.text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
      this.#parsed = { contents: doc.contents as Node | null, lines };
    }
    return this.#parsed;
  }

  /** The position of the value (or key) a pointer names, or of its deepest existing ancestor. */
  locate(pointer: string): Position {
    const { contents, lines } = this.#parse();
    let node: Node | null = contents;
    let offset = node?.range?.[0] ?? firstContent(this.text);
    for (const segment of pointerSegments(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
        if (!pair) break;
        const key = pair.key as Node | null;
        offset = key?.range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node) && /^(0|[1-9]\d*)$/.test(segment)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  }

  /** The position of a character offset. */
  position(offset: number): Position {
    const { line, col } = this.#parse().lines.linePos(offset);
    return { line, column: col };
  }
}

/** The offset of the first non-space character (where an empty or scalar document "is"). */
function firstContent(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/** The 1-based line and column of a character offset, counted directly (for JSON syntax errors). */
export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: end - start + 1 };
}
