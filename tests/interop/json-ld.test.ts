import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { createTaxonomy, taxonomy, TaxonomyValidationError } from '../../src/index.js';
import { toJsonLd, type JsonLdDocument } from '../../src/interop/index.js';
import { crosswalkIri } from '../../src/interop/crosswalk-iri.js';
import { fixture } from '../helpers.js';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const SCHEMA = 'https://schema.org/';

/** Expands offline: a context that is not inline would need the network, and the loader refuses it. */
async function expand(doc: JsonLdDocument): Promise<Record<string, unknown>[]> {
  const documentLoader = async (url: string): Promise<never> => {
    throw new Error(`offline: refused to load ${url}`);
  };
  return (await jsonld.expand(doc as unknown as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.Expand)) as Record<string, unknown>[];
}

const types = (node: Record<string, unknown>): string[] => (node['@type'] as string[] | undefined) ?? [];
const ids = (node: Record<string, unknown>, property: string): string[] =>
  ((node[property] as { '@id': string }[] | undefined) ?? []).map((v) => v['@id']);
const values = (node: Record<string, unknown>, property: string): unknown[] =>
  ((node[property] as { '@value': unknown }[] | undefined) ?? []).map((v) => v['@value']);

function acmeWithCrosswalks() {
  const doc = fixture('acme.json');
  doc.tools[0].crosswalks = { unspsc: [{ code: '43232405', match: 'close' }], wikidata: [{ code: 'Q28865', match: 'exact' }] };
  doc.skills[1].crosswalks = {
    esco: [{ code: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97', match: 'exact' }],
    isco08: [{ code: '2512' }],
    sfia: [{ code: 'PROG', level: 3, match: 'close' }],
  };
  doc.tools[2].deprecated = { since: '1.2.0', replacedBy: 'torch' };
  return doc;
}

describe('toJsonLd', () => {
  it('writes the acme taxonomy as SKOS and schema.org (snapshot)', async () => {
    await expect(JSON.stringify(toJsonLd(createTaxonomy(acmeWithCrosswalks())), null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/acme.jsonld');
  });

  it('round trip: built-in → JSON-LD → expanded offline by jsonld, one concept per entity', async () => {
    const doc = toJsonLd(taxonomy);
    const expanded = await expand(JSON.parse(JSON.stringify(doc)) as JsonLdDocument);
    const concepts = expanded.filter((n) => types(n).includes(`${SKOS}Concept`));
    const entities = [...taxonomy.entities()];
    expect(concepts).toHaveLength(entities.length);
    expect(concepts.every((n) => types(n).includes(`${SCHEMA}DefinedTerm`))).toBe(true);
    expect(new Set(concepts.map((n) => n['@id']))).toEqual(new Set(entities.map((e) => `urn:ml-skills:ml-skills:${e.id}`)));

    const scheme = expanded.find((n) => types(n).includes(`${SKOS}ConceptScheme`))!;
    expect(types(scheme)).toContain(`${SCHEMA}DefinedTermSet`);
    expect(scheme['@id']).toBe('urn:ml-skills:ml-skills');
    expect(values(scheme, `${SCHEMA}version`)).toEqual([taxonomy.version]);

    // Every IRI the export writes survives expansion (jsonld drops relative or malformed ones).
    const problems: string[] = [];
    const byId = new Map(concepts.map((n) => [n['@id'] as string, n]));
    for (const e of entities) {
      const node = byId.get(`urn:ml-skills:ml-skills:${e.id}`)!;
      if ((node[`${SKOS}prefLabel`] as { '@value': string; '@language': string }[])[0]?.['@language'] !== 'en') problems.push(`${e.id}: prefLabel has no language`);
      if (values(node, `${SKOS}prefLabel`)[0] !== e.name) problems.push(`${e.id}: prefLabel`);
      if (values(node, `${SKOS}altLabel`).length !== (e.aliases?.length ?? 0)) problems.push(`${e.id}: altLabels`);
      const matches = ids(node, `${SKOS}exactMatch`).length + ids(node, `${SKOS}closeMatch`).length;
      const codes = Object.values(e.crosswalks ?? {}).reduce((n, list) => n + (list?.length ?? 0), 0);
      if (matches !== codes) problems.push(`${e.id}: ${matches} matches for ${codes} crosswalk codes`);
      const broader = ids(node, `${SKOS}broader`);
      const parent = 'category' in e ? e.category : 'parent' in e ? e.parent : undefined;
      if (parent !== undefined && broader[0] !== `urn:ml-skills:ml-skills:${parent}`) problems.push(`${e.id}: broader`);
      if (parent === undefined && ids(node, `${SKOS}topConceptOf`)[0] !== 'urn:ml-skills:ml-skills') problems.push(`${e.id}: topConceptOf`);
      if (ids(node, 'http://purl.org/dc/terms/source').length !== (e.sources?.length ?? 0)) problems.push(`${e.id}: sources`);
    }
    expect(problems).toEqual([]);
  });

  it('maps references: prerequisites, tools and the like to related; category and parent to broader', async () => {
    const expanded = await expand(toJsonLd(createTaxonomy(acmeWithCrosswalks()), { base: 'https://example.org/acme/' }));
    const node = (id: string) => expanded.find((n) => n['@id'] === `https://example.org/acme/${id}`)!;
    expect(ids(node('training'), `${SKOS}related`)).toEqual(['https://example.org/acme/maths', 'https://example.org/acme/coding']);
    expect(ids(node('training'), `${SKOS}broader`)).toEqual(['https://example.org/acme/modelling']);
    expect(ids(node('modelling'), `${SKOS}broader`)).toEqual(['https://example.org/acme/foundations']);
    expect(ids(node('foundations'), `${SKOS}topConceptOf`)).toEqual(['https://example.org/acme']);
    expect(ids(node('driving'), `${SKOS}related`)).toEqual(['https://example.org/acme/vision', 'https://example.org/acme/maths']);
    expect(ids(node('coding'), `${SKOS}exactMatch`)).toEqual(['http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97']);
    expect(ids(node('coding'), `${SKOS}closeMatch`)).toEqual(['http://data.europa.eu/esco/isco/C2512', 'urn:sfia:PROG']);
    expect(ids(node('py'), `${SKOS}closeMatch`)).toEqual(['urn:unspsc:43232405']);
    expect(ids(node('py'), `${SKOS}exactMatch`)).toEqual(['http://www.wikidata.org/entity/Q28865']);
    expect(ids(node('ml-eng'), `${SKOS}closeMatch`)).toEqual(['urn:onet-soc:15-2051.00']);
    expect(ids(node('py'), `${SCHEMA}url`)).toEqual(['https://www.python.org/']);
    expect(values(node('theano'), 'http://www.w3.org/2002/07/owl#deprecated')).toEqual([true]);
    expect(ids(node('theano'), 'http://purl.org/dc/terms/isReplacedBy')).toEqual(['https://example.org/acme/torch']);
    const scheme = expanded.find((n) => n['@id'] === 'https://example.org/acme')!;
    expect(ids(scheme, 'http://purl.org/dc/terms/license')).toEqual(['https://spdx.org/licenses/CC-BY-4.0']);
  });

  it('writes crosswalk codes as IRIs by one rule', () => {
    expect(crosswalkIri('esco', 'http://data.europa.eu/esco/skill/x')).toBe('http://data.europa.eu/esco/skill/x');
    expect(crosswalkIri('isco08', '25')).toBe('http://data.europa.eu/esco/isco/C25');
    expect(crosswalkIri('wikidata', 'Q2539')).toBe('http://www.wikidata.org/entity/Q2539');
    expect(crosswalkIri('onetSoc', '15-2051.00')).toBe('urn:onet-soc:15-2051.00');
    expect(crosswalkIri('unspsc', '43232605')).toBe('urn:unspsc:43232605');
    expect(crosswalkIri('sfia', 'MLNG')).toBe('urn:sfia:MLNG');
    expect(crosswalkIri('isco08', 'not a code')).toBe('urn:isco-08:not%20a%20code');
  });

  it('takes a document, validating it first, and returns a fresh object', () => {
    const a = toJsonLd(fixture('acme.json'));
    a['@graph'].pop();
    expect(toJsonLd(fixture('acme.json'))['@graph']).toHaveLength(a['@graph'].length + 1);
    const bad = fixture('acme.json');
    bad.skills[0].category = 'nowhere';
    expect(() => toJsonLd(bad)).toThrow(TaxonomyValidationError);
  });

  it('checks its options, naming the bad value', () => {
    expect(() => toJsonLd(taxonomy, { base: 'example.org/' })).toThrow(/options\.base must be an absolute IRI ending in '\/', '#' or ':'.*got 'example\.org\/'/);
    expect(() => toJsonLd(taxonomy, { base: 'https://example.org/x' })).toThrow(RangeError);
    expect(() => toJsonLd(taxonomy, { language: 'english language' })).toThrow(/options\.language must be a BCP 47 language tag/);
    expect(() => toJsonLd(taxonomy, 'x' as never)).toThrow(new TypeError("toJsonLd: options must be an object, got 'x'"));
    expect(() => toJsonLd(42 as never)).toThrow(new TypeError('toJsonLd: taxonomy must be a Taxonomy or a taxonomy document, got 42'));
  });
});
