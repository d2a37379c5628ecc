// Folding for matching, shared by every layer: the same key whether a name is written
// with diacritics or without, NFC or NFD, "hoà" or "hòa", "Uỷ" or "Ủy", in any case.
// `đ` has no decomposition in Unicode, so it is mapped by hand.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/** Lower case, no diacritics, đ→d, runs of anything else → one space, trimmed. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NON_ALNUM, ' ')
    .trim();
}

/**
 * Like fold() but keeps the length of the input (one output char per NFC input char), so
 * a match found in the folded text has the same offsets in the original. Characters that
 * fold() would turn into separators become a space.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const base = ch.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(COMBINING_MARKS, '');
    const c = base.length === 1 && /[a-z0-9]/.test(base) ? base : ' ';
    // Astral characters take two UTF-16 units; keep the length in code units.
    out += ch.length === 2 ? c + ' ' : c;
  }
  return out;
}
