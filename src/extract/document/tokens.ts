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

const TOKEN = /([\p{L}\p{N}\p{M}]+)|[^\s\p{L}\p{N}\p{M}]/gu;

// fold() of every Latin letter Vietnamese uses, computed once from fold() itself, so that a
// word folds by table lookup (fold() normalises the whole string twice per call).
const FOLDED_CHARS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const f = fold(ch);
      // Keep letters that fold to letters, and combining marks (which fold to nothing); a
      // letter that folds to a separator (æ, ß, ð) is left to fold() itself.
      if (/^[a-z0-9]+$/.test(f) || (c >= 0x300 && c <= 0x36f)) m.set(ch, f);
    }
  };
  add(0x30, 0x39); add(0x41, 0x5a); add(0x61, 0x7a); add(0xc0, 0x24f); add(0x300, 0x36f); add(0x1e00, 0x1eff);
  return m;
})();

/** fold() of one word token (letters, digits, marks): per-character table, else fold(). */
export function foldWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const f = FOLDED_CHARS.get(ch);
    if (f === undefined) return fold(word);
    out += f;
  }
  return out;
}

/** Folded and lower-case forms of a word, memoised per extraction run (a report repeats its
 * vocabulary, and folding is the costliest step of tokenising). */
export type WordForms = Map<string, { f: string; l: string }>;

/** Tokens of text.slice(start, end); offsets index `text`. Linear in the length. */
export function tokenize(text: string, start = 0, end = text.length, forms: WordForms = new Map()): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    const t = m[0];
    const word = m[1] !== undefined;
    let form = word ? forms.get(t) : undefined;
    if (word && !form) {
      form = { f: foldWord(t), l: lower(t) };
      forms.set(t, form);
    }
    out.push({ text: t, f: form ? form.f : '', l: form ? form.l : t, start: s, end: s + t.length, word, cap: word && t[0] !== t[0].toLowerCase() });
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

/** Index of the first token starting at or after `offset` (tokens.length if none): binary search. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Folded words of a phrase, for building lexicons: "các Bộ, ngành" → ["cac", "bo", "nganh"]. */
export function foldWords(phrase: string): string[] {
  return fold(phrase).split(' ').filter(Boolean);
}

/**
 * A set of cue phrases indexed by first and last word, so that asking "does a cue start (or
 * end) here?" at every token costs one map lookup instead of a scan of the whole lexicon.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byLast = new Map<string, string[][]>();

  /** `across`: punctuation that may sit between the words of a phrase in the text (matchAt
   * only): "các cơ quan, đơn vị" is written with a comma the phrase's words do not show. */
  constructor(phrases: readonly string[], private readonly across: ReadonlySet<string> = new Set()) {
    const all = phrases.map(lowerWords).filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    for (const w of all) {
      this.byFirst.set(w[0], [...(this.byFirst.get(w[0]) ?? []), w]);
      this.byLast.set(w[w.length - 1], [...(this.byLast.get(w[w.length - 1]) ?? []), w]);
    }
  }

  /** Index after the longest phrase starting at tokens[k] (ending by `limit`), or -1. */
  matchAt(tokens: readonly Token[], k: number, limit = tokens.length): number {
    const t = tokens[k];
    const options = t && t.word ? this.byFirst.get(t.l) : undefined;
    if (!options) return -1;
    for (const w of options) {
      const end = matchWords(tokens, k, w, this.across);
      if (end > 0 && end <= limit) return end;
    }
    return -1;
  }

  /** Start of the longest phrase ending right before tokens[e] (starting at or after `floor`), or -1. */
  endingAt(tokens: readonly Token[], floor: number, e: number): number {
    const t = tokens[e - 1];
    const options = t && t.word ? this.byLast.get(t.l) : undefined;
    if (!options) return -1;
    for (const w of options) {
      const s = e - w.length;
      if (s >= floor && matchWords(tokens, s, w) === e) return s;
    }
    return -1;
  }
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
