const NOT_KEPT_UNICODE = /[^\p{L}\p{N}+#]+|\p{M}+/gu;
const BUFFER = new Uint16Array(512);

/** The Unicode path: accents removed (NFKD, then marks dropped), letters and digits of every script kept. */
const normalizeUnicode = (text: string): string => text.normalize('NFKD').toLowerCase().replace(NOT_KEPT_UNICODE, '');

/**
 * The key under which a name or alias is looked up: lower case, accents removed, and only letters, digits, '+'
 * and '#' kept, so that 'Sci-Kit Learn', 'scikit learn' and 'scikit-learn' meet, while 'C++', 'C#' and 'C' stay apart.
 */
export function normalizeName(text: string): string {
  const n = text.length;
  if (n > BUFFER.length) return normalizeUnicode(text);
  // Nearly every name is short ASCII: one pass over char codes into a reused buffer, no regular expression.
  let j = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) return normalizeUnicode(text);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 35) BUFFER[j++] = c;
  }
  return String.fromCharCode.apply(null, BUFFER.subarray(0, j) as unknown as number[]);
}
