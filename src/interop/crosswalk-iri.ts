/** The crosswalk schemes of the data model. */
export type CrosswalkScheme = 'esco' | 'onetSoc' | 'isco08' | 'unspsc' | 'sfia' | 'wikidata';

const URN_NAMESPACE: Record<CrosswalkScheme, string> = {
  esco: 'esco',
  onetSoc: 'onet-soc',
  isco08: 'isco-08',
  unspsc: 'unspsc',
  sfia: 'sfia',
  wikidata: 'wikidata',
};

/**
 * The IRI of a crosswalk code, by one rule: the concept IRI its publisher mints where there is one — ESCO concept
 * URIs as given, ISCO-08 groups as ESCO's ISCO IRIs (`http://data.europa.eu/esco/isco/C2512`), Wikidata items as
 * entity IRIs (`http://www.wikidata.org/entity/Q2539`) — and otherwise a URN `urn:<scheme>:<code>`
 * (`urn:onet-soc:15-2051.00`, `urn:unspsc:43232605`, `urn:sfia:MLNG`), because O*NET, UNSPSC and SFIA mint no
 * concept IRIs (O*NET's pages are web pages, not identifiers of the occupation).
 */
export function crosswalkIri(scheme: CrosswalkScheme, code: string): string {
  if (scheme === 'esco' && /^https?:\/\/\S+$/.test(code)) return code;
  if (scheme === 'isco08' && /^\d{1,4}$/.test(code)) return `http://data.europa.eu/esco/isco/C${code}`;
  if (scheme === 'wikidata' && /^[QP]\d+$/.test(code)) return `http://www.wikidata.org/entity/${code}`;
  return `urn:${URN_NAMESPACE[scheme]}:${encodeURIComponent(code)}`;
}
