import { REFERENCES, referencedIds } from '../../schema/references.js';
import { LIST_OF_KIND } from '../../schema/kinds.js';
import { didYouMean } from '../../internal/suggest.js';
import { isDeprecated, type RuleContext } from './context.js';

/** Every id an entity names must exist and be of an allowed kind; repeated and deprecated targets are warned about. */
export function checkReferences({ entries, byId, issues }: RuleContext): void {
  let idNames: string[] | undefined;
  for (const entry of entries) {
    for (const ref of REFERENCES[LIST_OF_KIND[entry.kind]]) {
      const seen = new Set<string>();
      for (const [id, suffix] of referencedIds(entry.entity, ref)) {
        const at = entry.path + suffix;
        const target = byId.get(id);
        const expected = ref.kinds.join(' or ');
        if (!target) {
          idNames ??= [...byId.keys()];
          const sameKind = idNames.filter((k) => ref.kinds.includes(byId.get(k)!.kind));
          issues.add('unknown-reference', at, `unknown ${expected} '${id}'${didYouMean(id, sameKind)}`);
        } else if (!ref.kinds.includes(target.kind)) {
          issues.add('wrong-kind-reference', at, `'${id}' is a ${target.kind}, expected a ${expected}`);
        } else if (isDeprecated(target) && !isDeprecated(entry)) {
          issues.add('deprecated-reference', at, `'${id}' is deprecated${target.entity['deprecated'] && (target.entity['deprecated'] as { replacedBy?: string }).replacedBy ? `; use '${(target.entity['deprecated'] as { replacedBy?: string }).replacedBy}'` : ''}`, 'warning');
        }
        if (!ref.property && ref.many) {
          if (seen.has(id)) issues.add('duplicate-reference', at, `'${id}' is listed twice in ${ref.field}`, 'warning');
          seen.add(id);
        }
      }
    }
  }
}
