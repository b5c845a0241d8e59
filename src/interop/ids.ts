import { normalizeName } from '../internal/normalize.js';
import { ID_PATTERN } from '../schema/enums.js';

const ID = new RegExp(ID_PATTERN);

const MARKS = /\p{M}+/gu;

/**
 * A kebab-case id for a label: accents dropped, `+` `#` `&` `@` spelt out (so that 'C', 'C++' and 'C#' stay
 * apart), every other run of non-alphanumerics a hyphen, cut at a word boundary to `max` characters. '' when
 * nothing is left.
 */
export function slugify(text: string, max = 100): string {
  const words = text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .replace(/@/g, ' at ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= max) return words;
  const cut = words.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : words.slice(0, max)).replace(/-+$/, '');
}

/** Hands out unique ids: the first free candidate, else the last candidate with `-2`, `-3`, … */
export class IdAllocator {
  readonly #taken = new Set<string>();

  /** Marks an id as used. */
  reserve(id: string): void {
    this.#taken.add(id);
  }

  /**
   * The first candidate not yet used, now marked as used. Candidates that are not kebab-case ids are skipped: a
   * name with no Latin letters or digits slugs to '', and 'tool-' + '' is no id.
   */
  take(candidates: readonly string[]): string {
    const usable = candidates.filter((c) => ID.test(c));
    for (const c of usable) {
      if (!this.#taken.has(c)) {
        this.#taken.add(c);
        return c;
      }
    }
    const last = usable.at(-1) ?? 'entity';
    for (let n = 2; ; n++) {
      const c = `${last}-${n}`;
      if (!this.#taken.has(c)) {
        this.#taken.add(c);
        return c;
      }
    }
  }
}

/** An alias an importer left out, and why. */
export interface DroppedAlias {
  /** The id of the entity that listed it. */
  readonly id: string;
  /** The alias as the source wrote it. */
  readonly alias: string;
  /** `'taken'`: another entity's name or alias already (the first owner keeps it); `'too-long'`: over 200 characters. */
  readonly reason: 'taken' | 'too-long';
  /** For `'taken'`, the id of the entity that keeps it. */
  readonly owner?: string;
}

const MAX_NAME = 200;

/** A text cut to a length, with an ellipsis when cut. */
export const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Gives every name and alias one owner, as validation requires (compared as `resolve` compares them): names are
 * claimed first, then aliases in order; an alias already owned by another entity is dropped — the first owner
 * keeps it.
 */
export class NameClaims {
  readonly #owner = new Map<string, string>();

  /**
   * Claims the first candidate name that no other entity holds and returns it (clipped to 200 characters); when
   * all are taken, the last one with ` (2)`, ` (3)`, ….
   */
  claimName(id: string, candidates: readonly string[]): string {
    const free = (name: string): boolean => {
      const key = normalizeName(name);
      const owner = this.#owner.get(key);
      return owner === undefined || owner === id;
    };
    let chosen = candidates.map((c) => clip(c, MAX_NAME)).find(free);
    for (let n = 2; chosen === undefined; n++) {
      const c = clip(`${candidates.at(-1) ?? id} (${n})`, MAX_NAME);
      if (free(c)) chosen = c;
    }
    const key = normalizeName(chosen);
    if (key !== '') this.#owner.set(key, id);
    return chosen;
  }

  /** The aliases this entity may keep, in order, without repeats or its own name; the rest go to `dropped`. */
  aliases(id: string, candidates: readonly string[], dropped: DroppedAlias[]): string[] {
    const kept: string[] = [];
    for (const alias of candidates) {
      if (alias.length > MAX_NAME) {
        dropped.push({ id, alias, reason: 'too-long' });
        continue;
      }
      const key = normalizeName(alias);
      if (key === '') continue;
      const owner = this.#owner.get(key);
      if (owner === id) continue; // its own name or an alias it already has, spelt another way
      if (owner !== undefined) {
        dropped.push({ id, alias, reason: 'taken', owner });
        continue;
      }
      this.#owner.set(key, id);
      kept.push(alias);
    }
    return kept;
  }
}

/** Sets an own property even for a key such as `__proto__`, so that untrusted keys stay plain data. */
export function setOwn<V>(target: Record<string, V>, key: string, value: V): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
