// VIQR (RFC 1456), the 7-bit way of writing Vietnamese in ASCII: a letter followed by its
// marks — "(" breve, "^" circumflex, "+" horn, then one tone: ' sắc, ` huyền, ? hỏi, ~ ngã,
// . nặng — and "dd" for đ ("Vie^.t Nam", "Thu? tu+o+'ng"). "\" before a mark keeps it literal.
// "." and "?" are also punctuation: at the end of a sentence they stay punctuation, and a
// syllable takes at most one tone, so "No^.i." is "Nội.".

const MODIFIED: Readonly<Record<string, string>> = {
  'a(': 'ă', 'a^': 'â', 'e^': 'ê', 'o^': 'ô', 'o+': 'ơ', 'u+': 'ư',
  'A(': 'Ă', 'A^': 'Â', 'E^': 'Ê', 'O^': 'Ô', 'O+': 'Ơ', 'U+': 'Ư',
};
const TONE: Readonly<Record<string, string>> = { "'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323' };
const VOWEL = /[aeiouyAEIOUYăâêôơưĂÂÊÔƠƯ]/;
const LETTER = /[A-Za-z]/;

/** A "." or "?" at the end of a line or of the text. */
function endsLine(text: string, i: number): boolean {
  return /^[ \t]*(?:\r?\n|$)/.test(text.slice(i + 1, i + 8));
}

export function decodeViqr(text: string): string {
  let out = '';
  let toned = false; // the current word already has its tone
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '\\' && next !== undefined && /[(^+'`?~.\\]/.test(next)) {
      out += next;
      i += 1;
      continue;
    }
    if (!LETTER.test(ch)) {
      toned = false;
      out += ch;
      continue;
    }
    if ((ch === 'd' || ch === 'D') && (next === 'd' || next === 'D')) {
      out += ch === 'D' ? 'Đ' : 'đ';
      i += 1;
      continue;
    }
    let letter = ch;
    if (next !== undefined && MODIFIED[ch + next]) {
      letter = MODIFIED[ch + next];
      i += 1;
    }
    const mark = text[i + 1];
    const tone = mark !== undefined ? TONE[mark] : undefined;
    if (VOWEL.test(letter) && tone && !toned && !((mark === '.' || mark === '?') && endsLine(text, i + 1))) {
      letter = (letter + tone).normalize('NFC');
      toned = true;
      i += 1;
    }
    out += letter;
  }
  return out;
}
