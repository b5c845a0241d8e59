// Runs of ASCII characters that names drop (everything but a-z, 0-9, '+' and '#' once lower-cased); other
// characters are left for the Unicode pass.
const DROPPED_ASCII = /[\x00-\x22\x24-\x2a\x2c-\x2f\x3a-\x60\x7b-\x7f]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
const NOT_KEPT_UNICODE = /[^\p{L}\p{N}+#]+|\p{M}+/gu;

/**
 * The key under which a name or alias is looked up: lower case, accents removed, and only letters, digits, '+'
 * and '#' kept, so that 'Sci-Kit Learn', 'scikit learn' and 'scikit-learn' meet, while 'C++', 'C#' and 'C' stay apart.
 */
export function normalizeName(text: string): string {
  // Nearly every name is ASCII: one native pass, and the Unicode tables only when something else is left.
  const ascii = text.toLowerCase().replace(DROPPED_ASCII, '');
  return NON_ASCII.test(ascii) ? text.normalize('NFKD').toLowerCase().replace(NOT_KEPT_UNICODE, '') : ascii;
}
