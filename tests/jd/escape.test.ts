// User-supplied strings are text in every format, never markup.
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, scriptSafeJson } from '../../src/jd/escape.js';
import { generateJobDescription } from '../../src/jd/generate.js';
import { renderJobDescription } from '../../src/jd/render/index.js';

// marked (a CommonMark/GFM renderer) is in the dependency tree but not a declared dependency: skip if it goes.
const marked = await import('marked').then((m) => m.marked).catch(() => undefined);

const XSS = '<script>alert(1)</script>';
const hostile = {
  level: 'senior',
  company: { name: XSS },
  location: '<img src=x onerror=alert(1)> & [link](javascript:alert(1)) **bold** `code`',
  mustHave: [{ text: '# Heading\n- list <b>bold</b> &amp; _em_ ![img](x)' }, { text: '1. numbered | pipe ~~strike~~' }],
  niceToHave: [{ text: '> quote \\ backslash' }],
  remote: { countries: ['<svg onload=alert(1)>'] },
  datePosted: '2025-03-01',
} as const;
const jd = generateJobDescription(hostile);

describe('escaping', () => {
  it('keeps a company named <script> as text in HTML', () => {
    const html = renderJobDescription(jd, 'html');
    expect(html).not.toMatch(/<script|<img|<svg|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; is hiring');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; [link](javascript:alert(1))');
  });

  it('escapes Markdown so that a renderer shows the text and makes no markup of it', () => {
    const md = renderJobDescription(jd, 'markdown');
    expect(md).not.toMatch(/(?<!\\)<(script|img|svg|b)\b/);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> is hiring');
  });

  it.skipIf(!marked)('renders the escaped Markdown to HTML without the hostile markup', () => {
    const html = marked!.parse(renderJobDescription(jd, 'markdown'), { async: false, gfm: true }) as string;
    expect(html).not.toMatch(/<script|<img|<svg|<b>|<h1>Heading|<del>|<blockquote>|<code>|href=/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; is hiring');
    // The text survives: the user sees what they typed.
    expect(html).toContain('# Heading - list &lt;b&gt;bold&lt;/b&gt; &amp;amp; _em_ ![img](x)');
    expect(html).toContain('**bold** `code`');
    // Only our own structure is markup: the headings and lists of the posting.
    expect(html.match(/<h[1-6]>/g)?.length).toBe(1 + 5);
  });

  it('keeps JSON-LD safe inside a <script> element, with the same values once parsed', () => {
    const text = renderJobDescription(jd, 'jsonld');
    expect(text).not.toMatch(/[<>&]/);
    const doc = JSON.parse(text) as { hiringOrganization: { name: string }; description: string };
    expect(doc.hiringOrganization.name).toBe(XSS);
    expect(doc.description).toContain('&lt;script&gt;');
  });

  it('leaves plain text and JSON as the user wrote it', () => {
    expect(renderJobDescription(jd, 'text')).toContain(`${XSS} is hiring`);
    expect((JSON.parse(renderJobDescription(jd, 'json')) as { posting: { company: { name: string } } }).posting.company.name).toBe(XSS);
  });
});

describe('escape helpers', () => {
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes Markdown inline markup and line-start block markers, but leaves ordinary punctuation', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> ~g~ |h| \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\~g\\~ \\|h\\| \\\\');
    expect(escapeMarkdown('# h')).toBe('\\# h');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('12. x')).toBe('12\\. x');
    expect(escapeMarkdown('&amp; &#60; & AT&T')).toBe('\\&amp; \\&#60; & AT&T');
    expect(escapeMarkdown('CI/CD for ML, e.g. PyTorch (2.x) - fine.')).toBe('CI/CD for ML, e.g. PyTorch (2.x) - fine.');
  });

  it('makes JSON safe for a script element', () => {
    const s = scriptSafeJson({ a: '</script><!-- & \u2028' });
    expect(s).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(s)).toEqual({ a: '</script><!-- & \u2028' });
  });
});
