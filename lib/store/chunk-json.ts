/**
 * Splits a JSON text into pieces whose storage items fit `storage.sync`'s per-item quota.
 *
 * Chrome counts an item as `key.length + JSON.stringify(value).length` bytes (UTF-8), so the budget is checked on
 * the encoded form of each piece: quotes, backslashes and Chinese text cost more than one byte per character.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync-sync-QUOTA_BYTES_PER_ITEM
 */
const encoder = new TextEncoder();

/** Bytes an item costs against the sync quota. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** The cost of one character inside a JSON string literal. */
function charBytes(char: string): number {
  return encoder.encode(JSON.stringify(char)).length - 2;
}

/**
 * Cuts `text` into pieces of at most `maxBytes` encoded bytes each (never splitting a surrogate pair).
 *
 * @example
 * chunkText('a'.repeat(10), 4); //=> ['aaaa', 'aaaa', 'aa']
 */
export function chunkText(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  let index = 0;
  for (const char of text) {
    const cost = charBytes(char);
    if (bytes + cost > maxBytes && index > start) {
      pieces.push(text.slice(start, index));
      start = index;
      bytes = 0;
    }
    bytes += cost;
    index += char.length;
  }
  if (index > start || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

/**
 * A short, stable fingerprint of a text (FNV-1a, 32 bit) plus its length. It detects torn or truncated reads and
 * tells whether a managed policy changed; it is not a security hash.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}
