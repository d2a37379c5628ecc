// Mojibake in text that is valid Unicode: Vietnamese UTF-8 once misread as CP1252 and saved
// again ("Thá»§ tÆ°á»›ng"), and text typed in TCVN3 or VNI fonts saved as if it were CP1252
// ("Thñ t­íng", "Thuû töôùng"). Each repair is tried on the whole text and kept only when the
// result reads as clearly more Vietnamese; otherwise the text is left as it is, and flagged
// when it carries the marks of one of these.
import iconv from 'iconv-lite';
import { encodeCp1252 } from './cp1252';
import { repairUtf8ReadAsCp1252 } from './utf8-mojibake';
import { decodeViqr } from './viqr';
import { decodeVni } from './vni';
import { scoreSyllables } from './vietnamese-syllable';

export type MojibakeKind = 'utf8-as-cp1252' | 'tcvn3-as-cp1252' | 'vni-as-cp1252' | 'viqr';

export const MOJIBAKE_LABEL: Readonly<Record<MojibakeKind, string>> = {
  'utf8-as-cp1252': 'UTF-8 text that was read as Windows-1252',
  'tcvn3-as-cp1252': 'TCVN3 (ABC) text stored as Windows-1252 characters',
  'vni-as-cp1252': 'VNI-Windows text stored as Windows-1252 characters',
  viqr: 'VIQR (7-bit ASCII Vietnamese, "Vie^.t Nam")',
};

// Signatures: "á»", "Æ°", "Ä‘", "Ã " | TCVN3 marks inside words (µ ¸ ¶ · ¹ ¨ © ª « ¬ ® § soft hyphen) | VNI marks.
const SIGNATURES: ReadonlyArray<[MojibakeKind, RegExp]> = [
  // "á»", "Æ°", "Ä‘" — or, where the second bytes were lost, a capital Ã/Ä/Æ inside a lower-case word ("HoÃn").
  ['utf8-as-cp1252', /[ÃÄÆáâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]|\p{Ll}[ÃÄÆ]/gu],
  ['tcvn3-as-cp1252', /\p{L}[µ¸¶·¹¨©ª«¬®§\u00ad]|[µ¸¶·¹¨©ª«¬®§\u00ad]\p{L}/gu],
  // Only VNI marks that correct Vietnamese never has after a vowel ("uû", "oø", "aë"); "oà", "uâ", "iê" are ordinary letters.
  ['vni-as-cp1252', /[aeiouyAEIOUY][øùûõïäåëü]|[ôöÔÖ][øùûõï]|[ñÑ][aeiouAEIOU]/g],
  // VIQR: a circumflex, breve or horn after its vowel ("e^", "a(", "u+"), or "dd" opening a word.
  ['viqr', /[aeoAEO]\^|[aA]\((?=[a-zA-Z'`?~.])|[ouOU]\+(?=[a-zA-Z'`?~.])|(?<![A-Za-z])[dD][dD][aeiouyAEIOUY]/g],
];

const SAMPLE_CHARS = 200_000;
/** How much more Vietnamese a repair must read to be trusted. */
const MIN_GAIN = 0.15;
const MIN_SHARE = 0.6;

function repair(text: string, kind: MojibakeKind): string | null {
  if (kind === 'vni-as-cp1252') return decodeVni(text).normalize('NFC');
  if (kind === 'viqr') return decodeViqr(text).normalize('NFC');
  if (kind === 'utf8-as-cp1252') return repairUtf8ReadAsCp1252(text).normalize('NFC');
  const bytes = encodeCp1252(text);
  return bytes ? iconv.decode(Buffer.from(bytes), 'tcvn').normalize('NFC') : null;
}

export interface MojibakeFinding {
  kind: MojibakeKind;
  /** Occurrences of the kind's signature in the text. */
  signals: number;
  /** The repaired text, or null when no repair reads as clearly better Vietnamese. */
  repaired: string | null;
  /** Signs of the same kind still present after the repair (or all of them, unrepaired). */
  residual: number;
}

function countSigns(text: string, kind: MojibakeKind): number {
  const re = SIGNATURES.find(([k]) => k === kind)![1];
  return text.match(re)?.length ?? 0;
}

/** Looks for mojibake; returns the strongest finding, or null for text with no sign of it. */
export function findMojibake(text: string): MojibakeFinding | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = SIGNATURES.map(([kind, re]) => [kind, sample.match(re)?.length ?? 0] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  if (counts.length === 0) return null;
  const before = scoreSyllables(sample).share;
  let best: MojibakeFinding | null = null;
  let bestShare = -1;
  for (const [kind, signals] of counts) {
    const fixedSample = repair(sample, kind);
    if (fixedSample === null) continue;
    const share = scoreSyllables(fixedSample).share;
    // The UTF-8 repair changes only chunks that decode as UTF-8 into Vietnamese words, so any
    // change that does not read worse is trusted; the whole-text TCVN3/VNI readings must win clearly.
    const trusted = kind === 'utf8-as-cp1252'
      ? fixedSample !== sample && share >= before
      : share >= MIN_SHARE && share >= before + MIN_GAIN;
    if (trusted && share > bestShare) {
      bestShare = share;
      // VNI's signs (a vowel before "à", "á"…) also occur in correct text, so only the others are recounted.
      const residual = kind === 'vni-as-cp1252' || kind === 'viqr' ? 0 : countSigns(fixedSample, kind);
      best = { kind, signals, repaired: text.length <= SAMPLE_CHARS ? fixedSample : repair(text, kind), residual };
    }
  }
  if (best) return best;
  // Signs of mojibake but no repair that reads better: report the strongest sign, unrepaired,
  // only when it is frequent enough not to be a stray "Ã" in a foreign name.
  const [kind, signals] = counts[0];
  return signals >= 3 && before < 0.9 ? { kind, signals, repaired: null, residual: signals } : null;
}
