import { expectKnownKeys, expectOptions, expectString } from '../internal/args.js';
import { REFERENCES, referencedIds } from '../schema/references.js';
import { LIST_OF_KIND, type EntityKind, type ListName } from '../schema/kinds.js';
import type { Entity, IdSet } from '../taxonomy/entities.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { TaxonomyInput } from '../schema/taxonomy.js';
import { crosswalkIri, type CrosswalkScheme } from './crosswalk-iri.js';
import type { JsonObject } from './json.js';
import { asTaxonomy } from './source.js';

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions {
  /**
   * The IRI prefix of concepts: a concept's IRI is the prefix and its id. Must end in `/`, `#` or `:`. The scheme's
   * IRI is the prefix without that last character. Default `urn:ml-skills:<taxonomy id>:`.
   */
  readonly base?: string;
  /** The language tag of names, aliases and descriptions (BCP 47). Default `'en'`. */
  readonly language?: string;
}

/** A JSON-LD document: an inline `@context` and a `@graph` of the concept scheme and its concepts. */
export interface JsonLdDocument {
  '@context': JsonObject;
  '@graph': JsonObject[];
}

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const iriTerm = (id: string, set = false): JsonObject => ({ '@id': id, '@type': '@id', ...(set ? { '@container': '@set' } : {}) });
const plainTerm = (id: string): JsonObject => ({ '@id': id, '@language': null });

function context(language: string): JsonObject {
  return {
    '@version': 1.1,
    '@language': language,
    skos: SKOS,
    schema: 'https://schema.org/',
    dcterms: 'http://purl.org/dc/terms/',
    owl: 'http://www.w3.org/2002/07/owl#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    ConceptScheme: 'skos:ConceptScheme',
    Concept: 'skos:Concept',
    DefinedTermSet: 'schema:DefinedTermSet',
    DefinedTerm: 'schema:DefinedTerm',
    prefLabel: 'skos:prefLabel',
    altLabel: { '@id': 'skos:altLabel', '@container': '@set' },
    definition: 'skos:definition',
    notation: plainTerm('skos:notation'),
    inScheme: iriTerm('skos:inScheme'),
    topConceptOf: iriTerm('skos:topConceptOf'),
    broader: iriTerm('skos:broader'),
    related: iriTerm('skos:related', true),
    exactMatch: iriTerm('skos:exactMatch', true),
    closeMatch: iriTerm('skos:closeMatch', true),
    name: 'schema:name',
    description: 'schema:description',
    termCode: plainTerm('schema:termCode'),
    inDefinedTermSet: iriTerm('schema:inDefinedTermSet'),
    url: iriTerm('schema:url'),
    version: plainTerm('schema:version'),
    license: iriTerm('dcterms:license'),
    rights: 'dcterms:rights',
    source: iriTerm('dcterms:source', true),
    deprecated: { '@id': 'owl:deprecated', '@type': 'xsd:boolean' },
    isReplacedBy: iriTerm('dcterms:isReplacedBy'),
  };
}

/** The reference fields that are SKOS `broader` (category and parent); the rest but expectations are `related`. */
const BROADER = new Set(['category', 'parent']);

function concept(entity: Entity, iri: (id: string) => string, scheme: string): JsonObject {
  const node: JsonObject = {
    '@id': iri(entity.id),
    '@type': ['Concept', 'DefinedTerm'],
    prefLabel: entity.name,
    name: entity.name,
  };
  if (entity.aliases?.length) node['altLabel'] = [...entity.aliases];
  node['definition'] = entity.description;
  node['description'] = entity.description;
  node['notation'] = entity.id;
  node['termCode'] = entity.id;
  node['inScheme'] = scheme;
  node['inDefinedTermSet'] = scheme;

  const fields = entity as unknown as Readonly<Record<string, unknown>>;
  const related = new Set<string>();
  let broader: string | undefined;
  for (const ref of REFERENCES[LIST_OF_KIND[entity.kind] as ListName]) {
    if (ref.field === 'expectations') continue; // gradings against levels, not relations between concepts
    for (const [id] of referencedIds(fields, ref)) {
      if (BROADER.has(ref.field)) broader = id;
      else if (id !== entity.id) related.add(id);
    }
  }
  if (broader !== undefined) node['broader'] = iri(broader);
  else node['topConceptOf'] = scheme;
  if (related.size > 0) node['related'] = [...related].map(iri);

  const exact: string[] = [];
  const close: string[] = [];
  for (const [scheme, codes] of Object.entries(entity.crosswalks ?? {}) as [CrosswalkScheme, readonly { code: string; match?: string }[]][]) {
    for (const { code, match } of codes) (match === 'exact' ? exact : close).push(crosswalkIri(scheme, code));
  }
  if (exact.length > 0) node['exactMatch'] = exact;
  if (close.length > 0) node['closeMatch'] = close;

  if (entity.sources?.length) node['source'] = entity.sources.map((s) => s.url);
  const homepage = entity.kind === 'tool' ? entity.homepage : entity.kind === 'dataset' ? entity.url : undefined;
  if (homepage !== undefined) node['url'] = homepage;
  if (entity.deprecated) {
    node['deprecated'] = true;
    if (entity.deprecated.replacedBy !== undefined) node['isReplacedBy'] = iri(entity.deprecated.replacedBy);
  }
  return node;
}

/**
 * The taxonomy as JSON-LD in two vocabularies at once: SKOS (`skos:ConceptScheme` of `skos:Concept`s with
 * `prefLabel`, `altLabel`, `definition`, `broader` for category and parent, `related` for prerequisites, tools and
 * every other reference, `exactMatch`/`closeMatch` for crosswalks) and schema.org (`DefinedTermSet` of
 * `DefinedTerm`s). The context is inline: nothing is fetched to read it.
 *
 * Crosswalk codes become IRIs by one rule: the publisher's concept IRI where one exists (ESCO URIs; ISCO-08 as
 * `http://data.europa.eu/esco/isco/C<code>`; Wikidata entity IRIs), else `urn:<scheme>:<code>` (O*NET-SOC as
 * `urn:onet-soc:…`, UNSPSC as `urn:unspsc:…`, SFIA as `urn:sfia:…`). A `close` or unstated match is `closeMatch`.
 *
 * @param taxonomy - A Taxonomy object, or a document (validated first).
 * @param options - `base`: the concepts' IRI prefix; `language`: the language tag of the text.
 * @returns A fresh JSON-LD document, safe to modify; `JSON.stringify` it to write a `.jsonld` file.
 * @throws {@link TaxonomyValidationError} for an invalid document; TypeError/RangeError for bad options.
 * @example
 * ```ts
 * import { taxonomy, toJsonLd } from 'ml-skills';
 *
 * const doc = toJsonLd(taxonomy, { base: 'https://example.org/ml-skills/' });
 * doc['@graph'].length; // the scheme and one node per entity
 * ```
 * @category Interop
 */
export function toJsonLd<I extends IdSet>(taxonomy: Taxonomy<I> | TaxonomyInput, options: JsonLdOptions = {}): JsonLdDocument {
  expectOptions('toJsonLd', 'options', options);
  expectKnownKeys('toJsonLd', 'options', options, ['base', 'language']);
  const tax = asTaxonomy('toJsonLd', 'taxonomy', taxonomy);
  const base = options.base ?? `urn:ml-skills:${tax.id}:`;
  expectString('toJsonLd', 'options.base', base);
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:\S*[/#:]$/.test(base)) {
    throw new RangeError(`toJsonLd: options.base must be an absolute IRI ending in '/', '#' or ':' (e.g. 'https://example.org/skills/'), got '${base}'`);
  }
  const language = options.language ?? 'en';
  expectString('toJsonLd', 'options.language', language);
  if (!/^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/.test(language)) {
    throw new RangeError(`toJsonLd: options.language must be a BCP 47 language tag such as 'en' or 'en-GB', got '${language}'`);
  }

  const scheme = base.slice(0, -1);
  const iri = (id: string): string => base + id;
  const set: JsonObject = {
    '@id': scheme,
    '@type': ['ConceptScheme', 'DefinedTermSet'],
    prefLabel: tax.name,
    name: tax.name,
  };
  const doc = tax.document;
  if (doc.description !== undefined) {
    set['definition'] = doc.description;
    set['description'] = doc.description;
  }
  set['version'] = tax.version;
  // An SPDX id becomes the licence's SPDX IRI; any other statement stays text.
  if (doc.license !== undefined) {
    if (/^[A-Za-z0-9.+-]+$/.test(doc.license)) set['license'] = `https://spdx.org/licenses/${doc.license}`;
    else set['rights'] = doc.license;
  }
  if (doc.sources?.length) set['source'] = doc.sources.map((s) => s.url);

  const graph: JsonObject[] = [set];
  for (const kind of Object.keys(LIST_OF_KIND) as EntityKind[]) {
    for (const entity of tax.lists[kind]) graph.push(concept(entity, iri, scheme));
  }
  return { '@context': context(language), '@graph': graph };
}
