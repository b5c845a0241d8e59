// The public API of interop: versions (diff, migration) and exchange (JSON-LD, CSV, Mermaid, ESCO, O*NET).
// src/index.ts re-exports these.
export { diffTaxonomies } from './diff.js';
export type { TaxonomyDiff, EntityChange, TaxonomyLike } from './diff.js';
export type { Bump } from './bump.js';
export { migrateTaxonomy } from './migrate.js';
export { toJsonLd } from './json-ld.js';
export type { JsonLdDocument, JsonLdOptions } from './json-ld.js';
export type { JsonObject, JsonValue } from './json.js';
export { toCsv } from './to-csv.js';
export { toMermaid } from './mermaid.js';
export type { MermaidOptions } from './mermaid.js';
export { importEsco } from './import-esco.js';
export type { EscoFiles, EscoImportOptions, EscoImport, EscoRelations } from './import-esco.js';
export { importOnetTechnology } from './import-onet.js';
export type { OnetTechnologyImport, OnetToolFlags } from './import-onet.js';
export type { ImportOptions } from './import-options.js';
export type { DroppedAlias } from './ids.js';
