// A Vietnamese syllable grammar (onset + rhyme + at most one tone), used to tell a right
// decoding from a wrong one: text read in the right encoding is nearly all valid syllables,
// text read in the wrong one is full of impossible ones ("Céng", "t­íng", "Thá»§").

// Tone marks as combining characters after NFD: huyền, sắc, ngã, hỏi, nặng.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_CODA = /(?:c|ch|p|t)$/;

const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
// Vowel groups (toneless), longest first so the regex tries them in that order.
const NUCLEI = [
  'uyê', 'uya', 'uyu', 'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'y', 'o', 'ô', 'ơ', 'u', 'ư',
];
const CODAS = ['ch', 'nh', 'ng', 'c', 'm', 'n', 'p', 't'];

// Spelling rules: k/gh/ngh before e, ê, i, y and c/g/ng elsewhere ("kê", "ghi", "nghe" but "ca", "ga", "nga").
const MISSPELLED = /^(?:c(?!h)[eêiy]|ng[eêiy]|g[eê]|k(?!h)[^eêiy]|gh[^eêi]|ngh[^eêi])/;

const SYLLABLE = new RegExp(`^(?:${ONSETS.join('|')})?(?:${NUCLEI.join('|')})(?:${CODAS.join('|')})?$`);

/** True for a token that can be a Vietnamese syllable (any case, NFC or NFD, any tone placement). */
export function isVietnameseSyllable(token: string): boolean {
  const decomposed = token.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!SYLLABLE.test(toneless) || MISSPELLED.test(toneless)) return false;
  // Syllables closed by a stop (c, ch, p, t) take only sắc or nặng.
  if (STOP_CODA.test(toneless) && tones && !/[\u0301\u0323]/.test(tones[0])) return false;
  return true;
}

const TOKEN = /[\p{L}\p{M}\u00ad]+/gu;
const HAS_NON_ASCII = /[^\x00-\x7f]/;

export interface SyllableScore {
  /** Share (0..1) of word tokens that are valid syllables. */
  share: number;
  /** Tokens with a non-ASCII letter that are valid syllables: evidence of Vietnamese diacritics. */
  accented: number;
  tokens: number;
}

/**
 * Scores how Vietnamese a text reads. Counting soft hyphens and other marks as part of words
 * makes TCVN3's "t­íng" one invalid token rather than two valid ones.
 */
export function scoreSyllables(text: string, maxTokens = 20_000): SyllableScore {
  let tokens = 0;
  let valid = 0;
  let accented = 0;
  for (const m of text.matchAll(TOKEN)) {
    tokens += 1;
    if (isVietnameseSyllable(m[0])) {
      valid += 1;
      if (HAS_NON_ASCII.test(m[0])) accented += 1;
    }
    if (tokens >= maxTokens) break;
  }
  return { share: tokens === 0 ? 0 : valid / tokens, accented, tokens };
}
