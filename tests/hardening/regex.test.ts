// No regular expression that user text reaches can backtrack catastrophically: none repeats a group that itself
// holds an unbounded repeat ((a+)+, (?:x*y)*), except those reviewed below. Covers the regex literals of the
// hardened modules and the patterns of the JSON Schema (which the structure validator applies to every string).
// The linear-time tests (linear.test.ts) measure the functions themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIRS = ['src/validate', 'src/taxonomy', 'src/queries', 'src/jd', 'src/internal', 'src/schema', 'src/extract', 'src/interop', 'src/cli'];

// Reviewed nested repeats, with why each is safe.
const REVIEWED: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': "every repetition starts with '-', which the inner repeat cannot match, so a string matches one way only",
  // src/extract/compile.ts VERSIONED, on taxonomy names ("Python 3.11" → "Python"); timed in later-pass.test.ts.
  '^(.*[A-Za-z+#])[\\s\\-_.]*v?\\d+(?:\\.\\d+)*(?:\\.x)?$':
    "every repetition of (?:\\.\\d+) starts with '.', which \\d+ cannot match; the group must end in a letter, which the separators and digits after it cannot be, so each letter starts one linear attempt that stops at the next letter",
};

/** Whether a pattern repeats without bound a group that holds an unbounded repeat. */
function nestedRepeat(source: string): boolean {
  const holds: boolean[] = [false]; // per open group: whether it holds an unbounded repeat
  let closedHolding = false; // the previous atom was a group holding an unbounded repeat
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const previousGroup = closedHolding;
    closedHolding = false;
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      holds.push(false);
    } else if (c === ')') {
      const inner = holds.pop()!;
      if (inner) holds[holds.length - 1] = true;
      closedHolding = inner;
    } else if (c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)))) {
      if (previousGroup) return true;
      holds[holds.length - 1] = true;
    } else if (c === '?' && previousGroup) {
      closedHolding = true; // (a+)?* is still a nested repeat
    }
  }
  return false;
}

function regexLiterals(): { at: string; source: string }[] {
  const out: { at: string; source: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const file = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(file);
            out.push({ at: `${path}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`, source: text.slice(1, text.lastIndexOf('/')) });
          }
          ts.forEachChild(node, visit);
        };
        visit(file);
      }
    }
  };
  for (const dir of DIRS) walk(dir);
  return out;
}

function schemaPatterns(): string[] {
  const text = readFileSync(join(ROOT, 'data/schema/taxonomy.schema.json'), 'utf8');
  return [...new Set([...text.matchAll(/"pattern":\s*("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string))];
}

describe('regular expressions', () => {
  it('the detector finds nested repeats and passes safe patterns', () => {
    for (const bad of ['(a+)+', '(?:x*y)*', '^(\\w+\\s?)*$', '((ab)*c)+', '(a|b+){2,}']) expect(nestedRepeat(bad), bad).toBe(true);
    for (const good of ['a+b*', '(ab)+', '\\d{4}-\\d{2}', '(?:\\.\\d{1,9})?', '[(+)]*', '\\(a+\\)+', '\\B(?=(\\d{3})+(?!\\d))']) expect(nestedRepeat(good), good).toBe(false);
  });

  it('no literal in the hardened modules repeats a repeat', () => {
    const literals = regexLiterals();
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.filter((r) => nestedRepeat(r.source) && !(r.source in REVIEWED)).map((r) => `${r.at} /${r.source}/`)).toEqual([]);
  });

  it('no pattern of the JSON Schema repeats a repeat, except the reviewed ones', () => {
    const patterns = schemaPatterns();
    expect(patterns.length).toBeGreaterThan(3);
    expect(patterns.filter((p) => nestedRepeat(p) && !(p in REVIEWED))).toEqual([]);
  });
});
