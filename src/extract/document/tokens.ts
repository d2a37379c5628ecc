// Word and punctuation tokens of a stretch of text, with offsets into the document and a folded
// form for matching (case, diacritics, NFC/NFD and tone-mark placement ignored).
import { fold } from '../../text/fold';

export interface Token {
  text: string;
  /** Folded form ("" for punctuation): for names, where diacritics may be missing or vary. */
  f: string;
  /** Lower case NFC with tone marks in one placement (hoà → hòa): for function words, where
   * diacritics carry the meaning ("cần" must / "cán" in "cán bộ", "giao" / "Giáo dục"). */
  l: string;
  start: number;
  end: number;
  word: boolean;
  /** Opens with a capital letter (names, agency heads). */
  cap: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
const UPPER = /^\p{Lu}/u;

/** Tokens of text.slice(start, end); offsets index `text`. Linear in the length. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    const t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, f: word ? fold(t) : '', l: word ? lower(t) : t, start: s, end: s + t.length, word, cap: UPPER.test(t) });
  }
  return out;
}

// Old-style tone placement at the end of a syllable → the placement used in our lexicons.
const TONE_PLACEMENT: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa', 'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
const OLD_TONE = /(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)$/u;

/** Lower case, NFC, canonical tone placement: "Uỷ" → "ủy", "hoà" → "hòa", "hoàn" unchanged. */
export function lower(word: string): string {
  const w = word.normalize('NFC').toLowerCase();
  return w.replace(OLD_TONE, (m) => TONE_PLACEMENT[m] ?? m);
}

/** Lower-case words of a cue phrase: "Thủ tướng Chính phủ" → ["thủ", "tướng", "chính", "phủ"]. */
export function lowerWords(phrase: string): string[] {
  return (phrase.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map(lower);
}

/** Folded words of a phrase, for building lexicons: "các Bộ, ngành" → ["cac", "bo", "nganh"]. */
export function foldWords(phrase: string): string[] {
  return fold(phrase).split(' ').filter(Boolean);
}

/** True when tokens[i..] spell the lower-case words `words` (see lowerWords) (punctuation between words skipped only
 * if `skipPunct` holds it). Returns the index after the match, or -1. */
export function matchWords(tokens: readonly Token[], i: number, words: readonly string[], skipPunct: ReadonlySet<string> = NO_SKIP): number {
  let j = i;
  for (const w of words) {
    while (j < tokens.length && !tokens[j].word && skipPunct.has(tokens[j].text)) j++;
    if (j >= tokens.length || tokens[j].l !== w) return -1;
    j++;
  }
  return j;
}

const NO_SKIP: ReadonlySet<string> = new Set();
/** Punctuation that may sit inside a multi-word name ("Bộ LĐTB&XH", "các bộ, ngành", "TP.HCM"). */
export const INNER_PUNCT: ReadonlySet<string> = new Set([',', '-', '–', '&', '.', '/']);
