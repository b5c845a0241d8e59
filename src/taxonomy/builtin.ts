import { BUILTIN_JSON } from '../generated/builtin-data.js';
import type { BuiltinIds } from '../generated/ids.js';
import type { TaxonomyDocument } from './document.js';
import { Taxonomy } from './taxonomy.js';

/**
 * The built-in ml-skills taxonomy: skills by career level, tools by category, domains with their prerequisites,
 * datasets, metrics and roles. Validated at build time; parsed and frozen on first use, so importing costs nothing.
 *
 * @example
 * ```ts
 * import { taxonomy } from 'ml-skills';
 *
 * console.log(`${taxonomy.skills.length} skills, ${taxonomy.tools.length} tools, data v${taxonomy.version}`);
 * ```
 * @category Taxonomy
 */
export const taxonomy: Taxonomy<BuiltinIds> = /* @__PURE__ */ new Taxonomy<BuiltinIds>(() => JSON.parse(BUILTIN_JSON) as TaxonomyDocument);
