import { expectKnownKeys, expectOneOf, expectOptions } from '../internal/args.js';
import { LIFECYCLES } from '../schema/enums.js';
import type { Lifecycle } from '../schema/tool.js';
import type { IdSet, Tool, ToolCategory } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** Options of {@link Taxonomy.toolsByCategory}. */
export interface ToolsByCategoryOptions {
  /** Keep only tools at this lifecycle stage. */
  readonly lifecycle?: Lifecycle;
  /**
   * `'document'` (the data's order, most important first; the default), `'name'`, or `'demand'` (the share of real
   * job postings that ask for the tool, highest first; unmeasured tools last, in document order).
   */
  readonly sort?: 'document' | 'name' | 'demand';
}

const SORTS = ['document', 'name', 'demand'] as const;

/** Implements {@link Taxonomy.toolCategories}. */
export function toolCategories(tax: Taxonomy<IdSet>): readonly ToolCategory[] {
  return tax.toolCategories;
}

/** Implements {@link Taxonomy.toolsByCategory}: the tools of a category and of its sub-categories. */
export function toolsByCategory(tax: Taxonomy<IdSet>, category: string, options: ToolsByCategoryOptions = {}): Tool[] {
  const fn = 'toolsByCategory';
  expectOptions(fn, 'options', options);
  expectKnownKeys(fn, 'options', options, ['lifecycle', 'sort']);
  const cat = tax.getOf('toolCategory', category, fn, 'category');
  const lifecycle = options.lifecycle === undefined ? undefined : expectOneOf(fn, 'options.lifecycle', options.lifecycle, LIFECYCLES, 'lifecycle');
  const sort = options.sort === undefined ? 'document' : expectOneOf(fn, 'options.sort', options.sort, SORTS, 'sort order');
  const key = `toolsByCategory\u0000${cat.id}\u0000${lifecycle ?? ''}\u0000${sort}`;
  let tools = tax.indexes.memo.get(key) as readonly Tool[] | undefined;
  if (tools === undefined) {
    const list = tax.indexes.toolsIn(cat.id).filter(
      (t) => !t.deprecated && (lifecycle === undefined || (t.lifecycle ?? 'active') === lifecycle),
    );
    if (sort === 'name') list.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    // Array.prototype.sort is stable: ties keep the document order.
    else if (sort === 'demand') list.sort((a, b) => (b.demand?.share ?? -1) - (a.demand?.share ?? -1));
    tax.indexes.memo.set(key, list);
    tools = list;
  }
  // A fresh array each call: the caller may reorder it without changing what others see.
  return tools.slice();
}
