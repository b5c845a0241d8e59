import type { Entity, EntityByKind, Taxonomy } from './api.js';
import { expectOneOf, unknownMessage } from '../internal/args.js';
import type { Style } from './io.js';
import { visibleLength } from './io.js';

/** Aligns rows into columns (the last column is not padded). */
export function table(rows: readonly (readonly string[])[], { header, indent = '  ', style }: { header?: readonly string[]; indent?: string; style: Style }): string {
  const all = header ? [header.map((h) => style.bold(h)), ...rows] : rows;
  const widths: number[] = [];
  for (const row of all) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return all
    .map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - visibleLength(cell)))).join('  ').trimEnd())
    .join('\n');
}

/** `n things`, with the plural only when needed. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The id, kind and name of an entity: how lists refer to one in JSON. */
export const brief = (e: Entity): { id: string; kind: string; name: string } => ({ id: e.id, kind: e.kind, name: e.name });

/** The name of the entity with this id, or the id itself when the taxonomy has none. */
export const nameOf = (tax: Taxonomy, id: string): string => tax.get(id)?.name ?? id;

/**
 * Finds the entity of one kind that a command-line value names: an id, a name or an alias. Unknown values
 * throw a RangeError naming the option and the closest ids.
 */
export function entityArg<K extends keyof EntityByKind>(tax: Taxonomy, kind: K, text: string, command: string, option: string): EntityByKind[K] {
  const found = find(tax, text, (e) => e.kind === kind);
  return tax.getOf(kind, found?.id ?? text.trim(), command, option);
}

/** The entity a value names by id, name or alias, or by its words joined as an id ('experiment tracking tools'). */
function find(tax: Taxonomy, text: string, wanted: (e: Entity) => boolean): Entity | undefined {
  const candidates = [tax.resolve(text), tax.get(text.trim().toLowerCase().replace(/[\s_]+/g, '-'))];
  return candidates.find((e): e is Entity => e !== undefined && wanted(e));
}

/** Finds the skill or domain a command-line value names, or throws with the closest ids. */
export function learnableArg(tax: Taxonomy, text: string, command: string, option: string): Entity & { kind: 'skill' | 'domain' } {
  const found = find(tax, text, (e) => e.kind === 'skill' || e.kind === 'domain') ?? tax.resolve(text);
  if (found?.kind === 'skill' || found?.kind === 'domain') return found;
  const valid = [...tax.skills, ...tax.domains].filter((e) => !e.deprecated).map((e) => e.id);
  throw new RangeError(unknownMessage(command, option, text, valid, 'skill or domain') + (found ? ` ('${text}' is a ${found.kind})` : ''));
}

/** Checks an option against a fixed set of values, with "did you mean". */
export const oneOf = <T extends string>(command: string, option: string, value: string, allowed: readonly T[], what: string): T =>
  expectOneOf(command, option, value, allowed, what);

/** Wraps words to a width, indenting every line; line breaks in the text are kept. */
export function wrap(text: string, width = 100, indent = '  '): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width - indent.length) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line ? indent + line : '');
  }
  return out.join('\n');
}
