// Word and punctuation tokens of a stretch of text, with offsets into the document and a folded
// form for matching (case, diacritics, NFC/NFD and tone-mark placement ignored).
import { fold } from '../../text/fold';
import { formAt, hashUnit, lower, lowerWordId, phraseWordIds } from './word-forms';
import { repairedModal, repairedPair } from './ocr-repairs';

export { foldedWordId, lower, registerFoldedWords } from './word-forms';

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
  /** Id of `l` among the words of the phrase sets, 0 for any other word (see PhraseSet). */
  lid: number;
  /** Id of `f` among the folded words a matcher registered (registerFoldedWords), else 0. */
  fid: number;
}

// A token is a run of letters, digits and marks, or one other character that is no space: the
// regex /([\p{L}\p{N}\p{M}]+)|[^\s\p{L}\p{N}\p{M}]/gu. Every sentence of every report is cut
// so, and matching that regex was the single costliest line of the extractor; the scanner below
// does the same from a table of the class of each UTF-16 unit, built from these classes.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;
const SPACE = 0;
const WORD = 1;
const OTHER = 2;
const NOT_YET = 3;
const classOf = (ch: string): number => (WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER);
// Filled as units are met (all of them would cost 13 ms at every start); 64 KB at most.
const UNIT_CLASS = new Uint8Array(0x10000).fill(NOT_YET);

/** Class of the character at text[i] (a surrogate pair read whole if it ends by `end`) times 2,
 * plus its length in units less one: one number, so that the scan allocates nothing. */
function charAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2)) * 2 + 1;
  }
  let kind = UNIT_CLASS[c];
  if (kind === NOT_YET) UNIT_CLASS[c] = kind = classOf(String.fromCharCode(c));
  return kind * 2;
}

/** Tokens of text.slice(start, end); offsets index `text`. Linear in the length. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const here = charAt(text, i, end);
    const kind = here >> 1;
    let j = i + (here & 1) + 1;
    if (kind === SPACE) { i = j; continue; }
    if (kind === WORD) {
      while (j < end) {
        const next = charAt(text, j, end);
        if (next >> 1 !== WORD) break;
        j += (next & 1) + 1;
      }
      let hash = 0;
      for (let u = i; u < j; u++) hash = hashUnit(hash, text.charCodeAt(u));
      const form = formAt(text, i, j, hash);
      out.push({ text: form.text, f: form.f, l: form.l, start: i, end: j, word: true, cap: form.cap, lid: form.lid, fid: form.fid });
    } else {
      const t = text.slice(i, j);
      out.push({ text: t, f: '', l: t, start: i, end: j, word: false, cap: false, lid: 0, fid: 0 });
    }
    i = j;
  }
  repairDamagedPairs(out);
  return out;
}

/** "Khan trương" → read as "khẩn trương", and "can" before a task word → "cần" (ocr-repairs.ts);
 * the tokens' text stays as written. */
function repairDamagedPairs(tokens: Token[]): void {
  for (let x = 0; x + 1 < tokens.length; x++) {
    const a = tokens[x];
    const b = tokens[x + 1];
    if (!a.word || !b.word) continue;
    // (The folded forms it reads are the same before and after a pair's repair.)
    const c = tokens[x + 2];
    const modal = c?.word ? repairedModal(a.l, b.f, c.f) : null;
    if (modal) { tokens[x] = { ...a, l: modal, lid: lowerWordId(modal) }; continue; }
    const pair = repairedPair(a.f, b.f, a.l, b.l);
    if (!pair) continue;
    tokens[x] = { ...a, l: pair[0], lid: lowerWordId(pair[0]) };
    tokens[x + 1] = { ...b, l: pair[1], lid: lowerWordId(pair[1]) };
  }
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
  /** byFirst by the first word's id, each phrase as its words' ids (null for a set built after
   * tokenizing began). */
  private readonly byFirstId: (number[][] | undefined)[] | null = null;

  /** `across`: punctuation that may sit between the words of a phrase in the text (matchAt
   * only): "các cơ quan, đơn vị" is written with a comma the phrase's words do not show. */
  constructor(phrases: readonly string[], private readonly across: ReadonlySet<string> = new Set()) {
    const all = phrases.map(lowerWords).filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    for (const w of all) {
      this.byFirst.set(w[0], [...(this.byFirst.get(w[0]) ?? []), w]);
      this.byLast.set(w[w.length - 1], [...(this.byLast.get(w[w.length - 1]) ?? []), w]);
    }
    const ids = phraseWordIds(all.flat());
    if (!ids) return;
    // Filled to its length first: an array written at scattered indexes becomes a slow dictionary.
    const byId: (number[][] | undefined)[] = new Array(ids.size + 1).fill(undefined);
    for (const [first, options] of this.byFirst) byId[ids.get(first)!] = options.map((w) => w.map((word) => ids.get(word)!));
    this.byFirstId = byId;
  }

  /** Index after the longest phrase starting at tokens[k] (ending by `limit`), or -1. */
  matchAt(tokens: readonly Token[], k: number, limit = tokens.length): number {
    const t = tokens[k];
    if (!t || !t.word) return -1;
    if (this.byFirstId !== null) {
      const phrases = this.byFirstId[t.lid];
      if (!phrases) return -1;
      for (const ids of phrases) {
        const end = matchIds(tokens, k, ids, this.across);
        if (end > 0 && end <= limit) return end;
      }
      return -1;
    }
    const options = this.byFirst.get(t.l);
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
  const skips = skipPunct.size > 0;
  let j = i;
  for (let n = 0; n < words.length; n++) {
    if (skips) while (j < tokens.length && !tokens[j].word && skipPunct.has(tokens[j].text)) j++;
    if (j >= tokens.length || tokens[j].l !== words[n]) return -1;
    j++;
  }
  return j;
}

/** matchWords() of a phrase given as its words' ids (phraseWordIds), compared with each token's `lid`. */
function matchIds(tokens: readonly Token[], i: number, ids: readonly number[], skipPunct: ReadonlySet<string>): number {
  const skips = skipPunct.size > 0;
  let j = i;
  for (let n = 0; n < ids.length; n++) {
    if (skips) while (j < tokens.length && !tokens[j].word && skipPunct.has(tokens[j].text)) j++;
    if (j >= tokens.length || tokens[j].lid !== ids[n]) return -1;
    j++;
  }
  return j;
}

const NO_SKIP: ReadonlySet<string> = new Set();
/** Punctuation that may sit inside a multi-word name ("Bộ LĐTB&XH", "các bộ, ngành", "TP.HCM"). */
export const INNER_PUNCT: ReadonlySet<string> = new Set([',', '-', '–', '&', '.', '/']);
