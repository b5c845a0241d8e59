const NOT_KEPT_UNICODE = /[^\p{L}\p{N}+#]+|\p{M}+/gu;
const BUFFER = new Uint16Array(512);

/** For each ASCII code, the code it becomes in a key (letters lower-cased), or 0 when it is dropped. */
const ASCII_KEY = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  const kept = (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) || lower === 43 || lower === 35;
  ASCII_KEY[c] = kept ? lower : 0;
}

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
    const c = text.charCodeAt(i);
    if (c > 127) return normalizeUnicode(text);
    const k = ASCII_KEY[c]!;
    if (k !== 0) BUFFER[j++] = k;
  }
  return String.fromCharCode.apply(null, BUFFER.subarray(0, j) as unknown as number[]);
}

// FNV-1a from a start drawn per process: names written to collide (a custom taxonomy is untrusted input) would
// have to be found again in every process, as with the engine's own seeded string hashes.
const FNV_OFFSET = (0x811c9dc5 ^ Math.floor(Math.random() * 2 ** 32)) | 0;
const FNV_PRIME = 16777619;

/**
 * A 32-bit hash of `normalizeName(text)`, computed without building the key for ASCII text (nearly every name), so
 * that indexing 100,000 names allocates nothing per name. 0 means the key is empty; no other key hashes to 0.
 * Signed, so that it stays a small integer (`>>> 0` makes it unsigned); it differs from one process to the next.
 */
export function nameHash(text: string): number {
  let h = FNV_OFFSET;
  let kept = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return hashOf(normalizeUnicode(text));
    const k = ASCII_KEY[c]!;
    if (k !== 0) {
      h = Math.imul(h ^ k, FNV_PRIME);
      kept++;
    }
  }
  return kept === 0 ? 0 : h || 1;
}

/** The same hash over a key already normalised (every character kept). */
function hashOf(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return key.length === 0 ? 0 : h || 1;
}
