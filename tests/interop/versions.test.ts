// Ids are forever: deprecated ids keep resolving to their replacement, and say that they did.
import { describe, expect, it } from 'vitest';
import { createTaxonomy, extendTaxonomy, taxonomy } from '../../src/index.js';
import { diffTaxonomies } from '../../src/interop/index.js';
import { fixture } from '../helpers.js';

describe('deprecated ids', () => {
  const acme = createTaxonomy(fixture('acme.json'));
  const next = extendTaxonomy(acme, { version: '1.3.0' }, { deprecate: { theano: { replacedBy: 'torch', reason: 'Theano is no longer developed.' } } });

  it('get and resolve follow replacedBy; lookup says which ids it followed', () => {
    expect(next.get('theano')?.id).toBe('torch');
    expect(next.resolve('Theano')?.id).toBe('torch');
    expect(next.lookup('theano')).toMatchObject({ entity: { id: 'torch' }, matchedBy: 'id', replaced: ['theano'] });
    expect(next.lookup('Theano')).toMatchObject({ entity: { id: 'torch' }, matchedBy: 'name', replaced: ['theano'] });
    expect(next.lookup('pytorch')).toMatchObject({ entity: { id: 'torch' }, replaced: [] });
  });

  it('the deprecated entity stays in the data, so the diff is a minor deprecation, not a removal', () => {
    const d = diffTaxonomies(acme, next);
    expect(d).toMatchObject({ removed: [], deprecated: ['theano'], bump: 'minor' });
    expect(next.tools.map((t) => t.id)).toContain('theano');
  });

  it('chains of replacements are followed to the live id', () => {
    const doc = fixture('acme.json');
    doc.tools.push({ id: 'theano-2', name: 'Theano 2', description: 'x', category: 'frameworks', deprecated: { since: '1.2.0', replacedBy: 'theano' } });
    doc.tools[2].deprecated = { since: '1.2.0', replacedBy: 'torch' };
    expect(createTaxonomy(doc).lookup('theano-2')).toMatchObject({ entity: { id: 'torch' }, replaced: ['theano-2', 'theano'] });
  });

  it('the built-in data has a semver data version', () => {
    expect(taxonomy.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
