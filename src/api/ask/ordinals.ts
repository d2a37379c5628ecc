// Session numbers in questions: "10th", "tenth", "lần thứ 10", "thứ hai" (folded).

const EN_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const VI_WORDS: Record<string, number> = { nhat: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };

export const ORDINAL_WORDS = [...EN_WORDS, ...Object.keys(VI_WORDS)].join('|');

/** A folded ordinal ("10th", "10", "tenth", "muoi") → its number, or null. */
export function readOrdinal(folded: string): number | null {
  const text = folded.trim();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(text);
  if (digits !== null) return Number(digits[1]);
  const en = EN_WORDS.indexOf(text);
  if (en >= 0) return en + 1;
  return VI_WORDS[text] ?? null;
}
