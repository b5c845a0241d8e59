import { expectKnownKeys, expectOneOf, expectOptions } from '../internal/args.js';
import type { Domain, Entity, IdSet, Skill } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { TaxonomyInput } from '../schema/taxonomy.js';
import { asTaxonomy } from './source.js';

/** Options of {@link toMermaid}. */
export interface MermaidOptions<I extends IdSet = IdSet> {
  /** Draw only this domain and everything it needs, transitively; default: every prerequisite link of the taxonomy. */
  readonly domain?: I['domain'];
  /** The flow direction: `'LR'` (default, foundations on the left), `'TB'`, `'RL'` or `'BT'`. */
  readonly direction?: 'LR' | 'TB' | 'RL' | 'BT';
}

const DIRECTIONS = ['LR', 'TB', 'RL', 'BT'] as const;

// Characters that Mermaid would read as syntax inside a quoted label, written as its entity codes.
const ESCAPES: Record<string, string> = { '"': '#quot;', '#': '#35;', '&': '#amp;', '<': '#lt;', '>': '#gt;', '`': '#96;' };

/** A label safe inside `["…"]`: quotes, `#`, `&`, angle brackets and backticks as entity codes; line breaks as spaces. */
export function mermaidLabel(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/["#&<>`]/g, (c) => ESCAPES[c]!);
}

/** A node id Mermaid accepts: ids are kebab-case, so hyphens become underscores (no id holds one) behind a prefix. */
const nodeId = (id: string): string => `n_${id.replace(/-/g, '_')}`;

type Learnable = Skill | Domain;

/**
 * The prerequisite graph as a Mermaid flowchart: an arrow from each prerequisite to what needs it, skills as
 * boxes and domains as rounded boxes. Labels are escaped, so any name is safe.
 *
 * @param taxonomy - A Taxonomy object, or a document (validated first).
 * @param options - `domain` to draw one domain's prerequisites only; `direction` of the flow.
 * @returns The text of a Mermaid diagram (paste it into a ```mermaid block).
 * @throws RangeError for an unknown domain (with the closest ids) or direction.
 * @example
 * ```ts
 * import { taxonomy, toMermaid } from 'ml-skills';
 *
 * const chart = toMermaid(taxonomy, { domain: 'speech-recognition' });
 * chart.split('\n')[0]; // 'flowchart LR'
 * ```
 * @category Interop
 */
export function toMermaid<I extends IdSet>(taxonomy: Taxonomy<I> | TaxonomyInput, options: MermaidOptions<I> = {}): string {
  expectOptions('toMermaid', 'options', options);
  expectKnownKeys('toMermaid', 'options', options, ['domain', 'direction']);
  const tax = asTaxonomy('toMermaid', 'taxonomy', taxonomy);
  const direction = options.direction === undefined ? 'LR' : expectOneOf('toMermaid', 'options.direction', options.direction, DIRECTIONS, 'direction');

  let nodes: Learnable[];
  if (options.domain !== undefined) {
    const domain = tax.getOf('domain', options.domain, 'toMermaid', 'options.domain');
    nodes = [...tax.prerequisitesOf(domain.id).map((s) => s.entity), domain];
  } else {
    // Every skill and domain that takes part in a prerequisite link, in document order.
    const linked = new Set<string>();
    for (const e of [...tax.skills, ...tax.domains]) {
      for (const p of e.prerequisites ?? []) {
        const target = tax.get(p);
        if (target) linked.add(target.id).add(e.id);
      }
    }
    nodes = [...tax.skills, ...tax.domains].filter((e) => linked.has(e.id));
  }

  const included = new Set(nodes.map((n) => n.id));
  const lines = [`flowchart ${direction}`];
  for (const n of nodes) {
    const label = mermaidLabel(n.name);
    lines.push(n.kind === 'domain' ? `  ${nodeId(n.id)}(["${label}"]):::domain` : `  ${nodeId(n.id)}["${label}"]`);
  }
  for (const n of nodes) {
    const seen = new Set<string>();
    for (const p of n.prerequisites ?? []) {
      const target: Entity | undefined = tax.get(p);
      if (!target || !included.has(target.id) || seen.has(target.id)) continue;
      seen.add(target.id);
      lines.push(`  ${nodeId(target.id)} --> ${nodeId(n.id)}`);
    }
  }
  lines.push('  classDef domain stroke-width:2px');
  return lines.join('\n') + '\n';
}
