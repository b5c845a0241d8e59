import { REFERENCES, type ReferenceField } from '../../schema/references.js';
import { LIST_OF_KIND } from '../../schema/kinds.js';
import { didYouMean } from '../../internal/suggest.js';
import type { Entry, RuleContext } from './context.js';
import { repeatSet, repeatedAt } from './repeats.js';

/**
 * "Did you mean" scans every id of the expected kinds. Past this many comparisons in one validation, unknown
 * references are reported without suggestions, so that a document with thousands of them still takes linear time.
 */
const SUGGESTION_BUDGET = 200_000;

const pointerOf = (entry: Entry, ref: ReferenceField, i: number): string =>
  `${entry.path}/${ref.field}${ref.many ? `/${i}` : ''}${ref.property === undefined ? '' : `/${ref.property}`}`;

/** Whether a reference reaches a live entity of an allowed kind (`only`: the allowed kind when there is one). */
const live = (target: Entry | undefined, ref: ReferenceField, only: string | undefined): boolean =>
  target !== undefined && !target.deprecated && (only !== undefined ? only === target.kind : ref.kinds.includes(target.kind));

/**
 * Every id an entity names must exist and be of an allowed kind; repeated and deprecated targets are warned about.
 * Pointers and messages are built only for offenders: a valid document costs one map lookup per reference.
 */
export function checkReferences({ entries, byId, issues }: RuleContext): void {
  let budget = SUGGESTION_BUDGET;
  const idsOfKinds = new Map<string, string[]>(); // the ids of each set of kinds, listed once
  const suggest = (id: string, ref: ReferenceField): string => {
    if (budget <= 0) return '';
    const key = ref.kinds.join(' ');
    let ids = idsOfKinds.get(key);
    if (ids === undefined) {
      ids = [];
      for (const [k, e] of byId) if (ref.kinds.includes(e.kind)) ids.push(k);
      idsOfKinds.set(key, ids);
    }
    budget -= ids.length;
    return didYouMean(id, ids);
  };
  const report = (entry: Entry, ref: ReferenceField, i: number, id: string): void => {
    const target = byId.get(id);
    const at = pointerOf(entry, ref, i);
    const expected = ref.kinds.join(' or ');
    if (target === undefined) {
      issues.add('unknown-reference', at, `unknown ${expected} '${id}'${suggest(id, ref)}`);
    } else if (!ref.kinds.includes(target.kind)) {
      issues.add('wrong-kind-reference', at, `'${id}' is a ${target.kind}, expected a ${expected}`);
    } else if (!entry.deprecated) {
      const replacedBy = (target.entity['deprecated'] as { replacedBy?: string }).replacedBy;
      issues.add('deprecated-reference', at, `'${id}' is deprecated${replacedBy ? `; use '${replacedBy}'` : ''}`, 'warning');
    }
  };
  for (const entry of entries) {
    const refs = REFERENCES[LIST_OF_KIND[entry.kind]];
    for (let r = 0; r < refs.length; r++) {
      const ref = refs[r]!;
      const value = entry.entity[ref.field];
      if (value === undefined) continue;
      // The common case, one allowed kind, compares one string; the loop below is the hot path of validation.
      const only = ref.kinds.length === 1 ? ref.kinds[0] : undefined;
      if (!ref.many) {
        if (!live(byId.get(value as string), ref, only)) report(entry, ref, -1, value as string);
        continue;
      }
      const list = value as readonly unknown[];
      const property = ref.property;
      const seen = property === undefined ? repeatSet(list.length) : undefined;
      for (let i = 0; i < list.length; i++) {
        const id = (property === undefined ? list[i] : (list[i] as Record<string, unknown>)[property]) as string;
        if (!live(byId.get(id), ref, only)) report(entry, ref, i, id);
        if (property === undefined && repeatedAt(list, i, seen)) {
          issues.add('duplicate-reference', pointerOf(entry, ref, i), `'${id}' is listed twice in ${ref.field}`, 'warning');
        }
      }
    }
  }
}
