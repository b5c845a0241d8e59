/**
 * The key under which a name or alias is looked up: lower case, accents removed, and only letters, digits, '+'
 * and '#' kept, so that 'Sci-Kit Learn', 'scikit learn' and 'scikit-learn' meet, while 'C++', 'C#' and 'C' stay apart.
 */
export function normalizeName(text: string): string {
  let out = '';
  const lower = text.normalize('NFKD').toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // a-z, 0-9, '+', '#', and letters beyond ASCII (other scripts) that are not combining marks
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 35) out += lower[i];
    else if (c > 127 && !(c >= 0x300 && c <= 0x36f) && /\p{L}|\p{N}/u.test(lower[i]!)) out += lower[i];
  }
  return out;
}
