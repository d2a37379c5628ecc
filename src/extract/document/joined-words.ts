// Words of a token range or of a text, read without the intermediate arrays of
// `tokens.slice(a, b).map((t) => t.l).join(' ')` or `text.split(/\s+/u).filter(…)`: the readers
// ask these at every candidate position, and the arrays were most of what they allocated.
import type { Token } from './tokens';

/** Slice bounds as Array.prototype.slice reads them (negative from the end, clamped). */
function bound(index: number, length: number): number {
  return index < 0 ? Math.max(length + index, 0) : Math.min(index, length);
}

/** tokens.slice(from, to).map((t) => t[form]).join(' '), without the arrays. */
export function joinedWords(tokens: readonly Token[], from: number, to: number, form: 'text' | 'l' | 'f'): string {
  const a = bound(from, tokens.length);
  const b = bound(to, tokens.length);
  if (a >= b) return '';
  let out = tokens[a][form];
  for (let k = a + 1; k < b; k++) out += ` ${tokens[k][form]}`;
  return out;
}

// A run of non-space characters holding a letter: each match is one such run, whole (the scan
// starts at a run's first character, and no match crosses a space).
const LETTERED_RUN = /\S*\p{L}\S*/gu;

/** text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < n, counting no further than n. */
export function fewerLetteredWords(text: string, n: number): boolean {
  LETTERED_RUN.lastIndex = 0;
  let count = 0;
  while (count < n && LETTERED_RUN.exec(text) !== null) count++;
  return count < n;
}
