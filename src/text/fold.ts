// Folding for matching, shared by every layer: the same key whether a name is written
// with diacritics or without, NFC or NFD, "hoà" or "hòa", "Uỷ" or "Ủy", in any case.
// `đ` has no decomposition in Unicode, so it is mapped by hand.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/** The definition of fold() (exported for its test): lower case, no diacritics, đ→d, runs of anything else → one space, trimmed. */
export function foldByNormalising(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NON_ALNUM, ' ')
    .trim();
}

// foldByNormalising() normalises the whole string twice and scans it four times; fold() runs on
// every name, key and directive of every report. So each UTF-16 unit that folds the same alone
// as inside any string is looked up in a table built from foldByNormalising() itself: Latin
// letters and digits (their folded letters) and punctuation and spaces (a separator). None of
// them composes with a neighbour under NFC, nor lower-cases by context; anything else (combining
// marks, other scripts, surrogates) sends the whole string down the normalising path.
const SEPARATOR = ' ';
const TABLE_SIZE = 0x2070;
const FOLD_TABLE: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = new Array(TABLE_SIZE).fill(undefined);
  const letters = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const f = foldByNormalising(String.fromCharCode(c));
      if (/^[a-z0-9]+$/.test(f)) table[c] = f;
    }
  };
  const separators = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (foldByNormalising(ch) === '' && ch.normalize('NFD') === ch && !/\p{M}/u.test(ch)) table[c] = SEPARATOR;
    }
  };
  separators(0x00, 0xbf); separators(0x2000, 0x206f);
  letters(0x30, 0x39); letters(0x41, 0x5a); letters(0x61, 0x7a); letters(0xc0, 0x24f); letters(0x1e00, 0x1eff);
  return table;
})();

// (Every entry is one character: checked at load, the buffered path is used only then.)
const TABLE_IS_BYTES = FOLD_TABLE.every((f) => f === undefined || (f.length === 1 && f.charCodeAt(0) < 0x80 && f.charCodeAt(0) > 0));
// The table as one output byte per unit (every folded letter is one ASCII character): a space for
// a separator, 0 for a unit that is not in the table.
const FOLD_BYTES = Uint8Array.from(FOLD_TABLE, (f) => (f === undefined || f.length !== 1 ? 0 : f.charCodeAt(0)));
const SPACE_BYTE = 0x20;
// Above this length the folded bytes are written to a buffer and decoded once, which is cheaper
// than growing a string by one character at a time; below it, decoding costs more than it saves.
const BUFFERED_FROM = 24;
let folded = Buffer.allocUnsafe(1024);

/** fold() of a longer text: the same table, written to a buffer. */
function foldLong(text: string): string {
  if (folded.length < text.length) folded = Buffer.allocUnsafe(text.length * 2);
  const out = folded;
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < TABLE_SIZE ? FOLD_BYTES[c] : 0;
    if (b === 0) return foldByNormalising(text);
    if (b === SPACE_BYTE) gap = true;
    else {
      if (gap && n > 0) out[n++] = SPACE_BYTE;
      gap = false;
      out[n++] = b;
    }
  }
  return out.toString('latin1', 0, n);
}

/** Lower case, no diacritics, đ→d, runs of anything else → one space, trimmed. */
export function fold(text: string): string {
  if (text.length >= BUFFERED_FROM && TABLE_IS_BYTES) return foldLong(text);
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_SIZE ? FOLD_TABLE[c] : undefined;
    if (f === undefined) return foldByNormalising(text);
    if (f === SEPARATOR) gap = true;
    else {
      if (gap && out !== '') out += ' ';
      gap = false;
      out += f;
    }
  }
  return out;
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
