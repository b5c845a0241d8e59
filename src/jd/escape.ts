// Escaping for the markup formats. Every string a renderer writes goes through one of these, taxonomy text and
// user text alike, so a company called "<script>…" stays text.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Escapes one line of text for CommonMark/GFM: the inline markup characters, `&` where it would start an entity,
 * and the characters that would open a block (heading, list, quote, setext underline) at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Serialises JSON for embedding in an HTML `<script type="application/ld+json">` element: `<`, `>` and `&` become
 * `\u003c`, `\u003e` and `\u0026` (same value once parsed), so no string can close the script element.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
