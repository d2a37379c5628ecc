// The forms of the words the tokenizer meets — folded, lower case, capitalised, and the ids that
// matchers look them up by — kept across reports in one bounded table. A report repeats its
// vocabulary and reports share most of theirs (a few thousand syllables), while folding and
// lower-casing are the cost of tokenising.
import { fold } from '../../text/fold';

export interface WordForm {
  text: string;
  f: string;
  l: string;
  cap: boolean;
  /** Id of `l` among the words of the phrase sets (phraseWordIds), else 0. */
  lid: number;
  /** Id of `f` among the folded words a matcher registered (registerFoldedWords), else 0. */
  fid: number;
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

// Ids are given only before the first form is made: a form made before a word had its id would
// not carry it. The lexicons build their matchers when loaded, before any text is read; one built
// later gets no ids and looks words up by string.
let formsMade = false;
const PHRASE_WORD_IDS = new Map<string, number>();
const FOLDED_IDS = new Map<string, number>();

function register(ids: Map<string, number>, words: Iterable<string>): boolean {
  if (formsMade) return false;
  for (const w of words) if (!ids.has(w)) ids.set(w, ids.size + 1);
  return true;
}

/** Gives ids to the (lower-case) words of a phrase set: the ids, or null once forms are made. */
export function phraseWordIds(words: Iterable<string>): ReadonlyMap<string, number> | null {
  return register(PHRASE_WORD_IDS, words) ? PHRASE_WORD_IDS : null;
}

/** Gives ids to folded words that a matcher looks up at every token (the agency trie): false,
 * and no ids, once forms are made. */
export function registerFoldedWords(words: Iterable<string>): boolean {
  return register(FOLDED_IDS, words);
}

/** The id phraseWordIds gave the lower-case word `l`, else 0. */
export function lowerWordId(l: string): number {
  return PHRASE_WORD_IDS.get(l) ?? 0;
}

/** The id registerFoldedWords gave `f`, else 0. */
export function foldedWordId(f: string): number {
  return FOLDED_IDS.get(f) ?? 0;
}

// Open addressing by a hash of the word's UTF-16 units, so that a word seen before is found from
// the text itself: no slice of it and no string hashing per token. Bounded: emptied when full,
// so a report of odd words cannot grow it.
const SLOTS = 1 << 17;
const MASK = SLOTS - 1;
const MAX_FORMS = 50_000;
// Each slot as two numbers, the hash and 1 + the form's index in `stored` (0: empty), side by
// side: a probe compares hashes in one array without reaching for a form object elsewhere in
// memory, and only a hash that agrees has its form's units compared.
const slots = new Int32Array(SLOTS * 2);
const stored: WordForm[] = [];

/** word === text.slice(i, i + word.length), without the slice (a short loop beats a call). */
function sameUnits(word: string, text: string, i: number): boolean {
  for (let u = 0; u < word.length; u++) if (word.charCodeAt(u) !== text.charCodeAt(i + u)) return false;
  return true;
}

/** The hash formAt expects: fold each unit of the word, in order, from 0. */
export const hashUnit = (hash: number, unit: number): number => (Math.imul(hash, 31) + unit) | 0;

// The hash of a short word by 31 fills few low bits, and linear probing then runs long: the
// slot is taken from its bits mixed (MurmurHash3's finaliser).
function spread(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The form of the word text.slice(i, j), whose units hash to `hash` (hashUnit). */
export function formAt(text: string, i: number, j: number, hash: number): WordForm {
  formsMade = true;
  const length = j - i;
  let slot = spread(hash) & MASK;
  for (let id = slots[2 * slot + 1]; id !== 0; id = slots[2 * slot + 1]) {
    if (slots[2 * slot] === hash) {
      const form = stored[id - 1];
      if (form.text.length === length && sameUnits(form.text, text, i)) return form;
    }
    slot = (slot + 1) & MASK;
  }
  if (stored.length >= MAX_FORMS) {
    slots.fill(0);
    stored.length = 0;
    slot = spread(hash) & MASK;
  }
  const word = text.slice(i, j);
  const l = lower(word);
  const f = fold(word);
  const form: WordForm = { text: word, f, l, cap: word[0] !== word[0].toLowerCase(), lid: PHRASE_WORD_IDS.get(l) ?? 0, fid: FOLDED_IDS.get(f) ?? 0 };
  stored.push(form);
  slots[2 * slot] = hash;
  slots[2 * slot + 1] = stored.length;
  return form;
}
