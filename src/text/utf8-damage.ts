// Where UTF-8 is damaged: the decoder reads such a report with U+FFFD in place of the bad
// bytes and says how many; a person fixing the file also needs to know where. Pure.

/**
 * Bytes at `at` that start a well-formed sequence (Unicode table 3-7): the sequence's length
 * when complete, otherwise minus the length of the valid prefix (0 for a byte that cannot lead).
 */
function sequenceAt(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at];
  if (b0 < 0x80) return 1;
  let length: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f; // surrogates
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k++) {
    const b = bytes[at + k];
    if (b === undefined || b < lo || b > hi) return -k;
    lo = 0x80;
    hi = 0xbf;
  }
  return length;
}

/** Byte offsets of the invalid sequences in `bytes` (the first `limit` of them). */
export function invalidUtf8Offsets(bytes: Uint8Array, limit = 5): number[] {
  const offsets: number[] = [];
  for (let at = 0; at < bytes.length && offsets.length < limit; ) {
    const n = sequenceAt(bytes, at);
    if (n > 0) {
      at += n;
      continue;
    }
    offsets.push(at);
    at += Math.max(1, -n); // the decoder replaces the valid prefix with one U+FFFD
  }
  return offsets;
}

const SHOWN = 5;

/** A one-line warning naming where the damage is, or null for valid UTF-8. */
export function utf8DamageWarning(bytes: Uint8Array): string | null {
  const offsets = invalidUtf8Offsets(bytes, SHOWN + 1);
  if (offsets.length === 0) return null;
  const more = offsets.length > SHOWN ? ', …' : '';
  return `invalid UTF-8 at byte ${offsets.slice(0, SHOWN).join(', ')}${more} (replaced with U+FFFD)`;
}
