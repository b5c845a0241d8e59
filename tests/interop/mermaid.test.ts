import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTaxonomy, taxonomy } from '../../src/index.js';
import { toMermaid } from '../../src/interop/index.js';
import { mermaidLabel } from '../../src/interop/mermaid.js';
import { fixture } from '../helpers.js';

describe('toMermaid', () => {
  it('draws the whole prerequisite graph of acme (file snapshot)', async () => {
    await expect(toMermaid(fixture('acme.json'))).toMatchFileSnapshot('./__snapshots__/acme.mmd');
  });

  it("draws one domain's prerequisites, foundations first", async () => {
    const chart = toMermaid(createTaxonomy(fixture('acme.json')), { domain: 'vision', direction: 'TB' });
    expect(chart).toBe(
      [
        'flowchart TB',
        '  n_coding["Coding"]',
        '  n_maths["Maths"]',
        '  n_training["Model training"]',
        '  n_vision(["Vision"]):::domain',
        '  n_maths --> n_training',
        '  n_coding --> n_training',
        '  n_training --> n_vision',
        '  classDef domain stroke-width:2px',
        '',
      ].join('\n'),
    );
  });

  it('draws a built-in domain with every prerequisite as a node and only edges between drawn nodes', () => {
    const chart = toMermaid(taxonomy, { domain: 'speech-recognition' });
    const nodes = [...chart.matchAll(/^ {2}(n_\w+)[[(]/gm)].map((m) => m[1]);
    const expected = [...taxonomy.domainPrerequisites('speech-recognition').map((s) => s.entity.id), 'speech-recognition'].map((id) => `n_${id.replace(/-/g, '_')}`);
    expect(nodes).toEqual(expected);
    const drawn = new Set(nodes);
    const dangling = [...chart.matchAll(/^ {2}(n_\w+) --> (n_\w+)$/gm)].filter((m) => !drawn.has(m[1]!) || !drawn.has(m[2]!));
    expect(dangling).toEqual([]);
    expect(chart.match(/-->/g)?.length).toBeGreaterThanOrEqual(nodes.length - 1);
  });

  it('escapes labels so that no name can break the diagram', () => {
    expect(mermaidLabel('C# & "C++" <T> `x`\nnext')).toBe('C#35; #amp; #quot;C++#quot; #lt;T#gt; #96;x#96; next');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (name) => {
        const label = mermaidLabel(name);
        expect(label).not.toMatch(/["\r\n`<>]/);
        // every '#' starts an entity code, and every '&' is part of one
        expect(label.replace(/#(?:quot|amp|lt|gt|35|96);/g, '')).not.toMatch(/[#&]/);
      }),
      { numRuns: 500 },
    );
  });

  it('throws for an unknown domain or direction, with the valid ones', () => {
    expect(() => toMermaid(taxonomy, { domain: 'speech-recognitoin' as 'speech-recognition' })).toThrow(
      /^toMermaid: unknown domain 'speech-recognitoin' for options\.domain; did you mean 'speech-recognition'\?/,
    );
    expect(() => toMermaid(taxonomy, { domain: 'linear-algebra' as 'speech-recognition' })).toThrow(/\('linear-algebra' is a skill\)/);
    expect(() => toMermaid(taxonomy, { direction: 'up' as 'LR' })).toThrow(/^toMermaid: unknown direction 'up' for options\.direction.*\(valid: LR, TB, RL, BT\)$/);
  });
});
