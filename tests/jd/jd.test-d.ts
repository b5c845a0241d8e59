import { describe, expectTypeOf, it } from 'vitest';
import { createTaxonomy, taxonomy } from '../../src/index.js';
import { generateJobDescription } from '../../src/jd/generate.js';
import type { JobDescriptionOptions } from '../../src/jd/options.js';
import { renderJobDescription, type JobDescriptionFormat } from '../../src/jd/render/index.js';
import type { JobDescription, RequirementTerm } from '../../src/jd/types.js';

describe('job description types', () => {
  it('checks built-in ids at compile time', () => {
    generateJobDescription({ role: 'machine-learning-engineer', level: 'senior', domains: ['speech-recognition'] });
    generateJobDescription({ taxonomy, level: 'staff', domains: 'computer-vision' });
    // @ts-expect-error a misspelt role does not compile
    generateJobDescription({ role: 'machine-learning-enginer' });
    // @ts-expect-error a misspelt level does not compile
    generateJobDescription({ level: 'seniour' });
    // @ts-expect-error a domain must be a domain id
    generateJobDescription({ domains: ['pytorch'] });
    // emphasize and mustHave take names too
    generateJobDescription({ emphasize: ['pytorch', 'Sci-Kit Learn'], mustHave: ['ctc-loss', { text: 'EU work permit' }] });
  });

  it('takes any string id with a custom taxonomy', () => {
    const custom = createTaxonomy({ id: 'x', name: 'X', version: '1.0.0', schemaVersion: 1 });
    generateJobDescription({ taxonomy: custom, role: 'anything', level: 'whatever', domains: ['mine'] });
    expectTypeOf<JobDescriptionOptions['level']>().toEqualTypeOf<'entry' | 'mid' | 'senior' | 'staff' | 'principal' | 'distinguished' | undefined>();
  });

  it('returns a JobDescription and renders to a string', () => {
    const jd = generateJobDescription();
    expectTypeOf(jd).toEqualTypeOf<JobDescription>();
    expectTypeOf(jd.requirements.required[0]!.terms).toEqualTypeOf<readonly RequirementTerm[]>();
    expectTypeOf(renderJobDescription(jd, 'jsonld')).toEqualTypeOf<string>();
    expectTypeOf<JobDescriptionFormat>().toEqualTypeOf<'markdown' | 'text' | 'html' | 'json' | 'jsonld'>();
    // @ts-expect-error an unknown format does not compile
    renderJobDescription(jd, 'pdf');
  });
});
