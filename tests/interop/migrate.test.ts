import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTaxonomy, TaxonomyValidationError } from '../../src/index.js';
import { migrateTaxonomy } from '../../src/interop/index.js';
import { MIGRATIONS, applyMigrations, type MigrationStep } from '../../src/interop/migrate.js';
import { SCHEMA_VERSION } from '../../src/schema/taxonomy.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { fixture } from '../helpers.js';

describe('migrateTaxonomy', () => {
  it('has one step per past schema version, in a chain that ends at the current one', () => {
    expect(MIGRATIONS.map((s) => s.from)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  // One test per past schema version. Only version 1 exists: it is current, so migration is a validated copy.
  it('schemaVersion 1: returns a validated copy, equal to the input and not the same object', () => {
    const input = deepFreeze(fixture('acme.json'));
    const out = migrateTaxonomy(input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
    (out.skills as unknown[]).pop(); // safe to modify
    expect(createTaxonomy(migrateTaxonomy(input)).skills).toHaveLength(4);
  });

  it('schemaVersion 1: an invalid document throws TaxonomyValidationError with every issue', () => {
    const doc = fixture('acme.json');
    doc.skills[0].category = 'nowhere';
    expect(() => migrateTaxonomy(doc)).toThrow(TaxonomyValidationError);
    expect(() => migrateTaxonomy(doc)).toThrow(/\/skills\/0\/category: .*nowhere/);
  });

  it('refuses a newer schema version with a clear error', () => {
    const doc = { ...fixture('acme.json'), schemaVersion: SCHEMA_VERSION + 1 };
    expect(() => migrateTaxonomy(doc)).toThrow(
      new RangeError(`migrateTaxonomy: input.schemaVersion ${SCHEMA_VERSION + 1} is newer than this version of ml-skills reads (up to ${SCHEMA_VERSION}); upgrade ml-skills to read it`),
    );
  });

  it('refuses unknown schema versions and non-documents, naming the value', () => {
    expect(() => migrateTaxonomy({ ...fixture<object>('acme.json'), schemaVersion: 0 })).toThrow(/input\.schemaVersion 0 does not exist .*valid: 1 to/);
    expect(() => migrateTaxonomy({ ...fixture<object>('acme.json'), schemaVersion: '1' })).toThrow(new TypeError(`migrateTaxonomy: input.schemaVersion must be a whole number naming the format the document was written for (1 to ${SCHEMA_VERSION}), got '1'`));
    const { schemaVersion: _gone, ...noVersion } = fixture('acme.json');
    expect(() => migrateTaxonomy(noVersion)).toThrow(/got undefined/);
    expect(() => migrateTaxonomy([])).toThrow(new TypeError('migrateTaxonomy: input must be a taxonomy document (an object), got []'));
  });

  it('never throws anything but its documented errors, whatever it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: -2, max: 4 }), (value, version) => {
        const input = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value, schemaVersion: version } : value;
        try {
          migrateTaxonomy(input);
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError || error instanceof TaxonomyValidationError).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the migration registry', () => {
  // Future steps slot into the chain: this registry is what a version 3 library would hold.
  const future: MigrationStep[] = [
    {
      from: 2,
      description: 'rename skills[].kindOf to type',
      up: (doc) => {
        for (const s of (doc['skills'] as Record<string, unknown>[] | undefined) ?? []) {
          s['type'] = s['kindOf'];
          delete s['kindOf'];
        }
        return doc;
      },
    },
    { from: 1, description: 'add an empty roles list', up: (doc) => ({ ...doc, roles: doc['roles'] ?? [] }) },
  ];

  it('applies the steps in order from the document version to the target', () => {
    const doc = { id: 'x', schemaVersion: 1, skills: [{ id: 'a', kindOf: 'skill' }] };
    const { document, applied } = applyMigrations(structuredClone(doc), future, 3);
    expect(document).toEqual({ id: 'x', schemaVersion: 3, roles: [], skills: [{ id: 'a', type: 'skill' }] });
    expect(applied).toEqual(['1 → 2: add an empty roles list', '2 → 3: rename skills[].kindOf to type']);
    expect(applyMigrations({ schemaVersion: 2, skills: [] }, future, 3).applied).toHaveLength(1);
    expect(applyMigrations({ schemaVersion: 3 }, future, 3).applied).toEqual([]);
  });

  it('reports a gap in the chain', () => {
    expect(() => applyMigrations({ schemaVersion: 1 }, [future[0]!], 3)).toThrow('migrateTaxonomy: no migration from schemaVersion 1 to 2 (the registry has a gap)');
  });
});
