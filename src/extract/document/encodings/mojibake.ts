// Mojibake in text that is valid Unicode: Vietnamese UTF-8 once misread as CP1252 and saved
// again ("Thá»§ tÆ°á»›ng"), and text typed in TCVN3 or VNI fonts saved as if it were CP1252
// ("Thñ t­íng", "Thuû töôùng"). Each repair is tried on the whole text and kept only when the
// result reads as clearly more Vietnamese; otherwise the text is left as it is, and flagged
// when it carries the marks of one of these.
import iconv from 'iconv-lite';
import { encodeCp1252 } from './cp1252';
import { repairUtf8ReadAsCp1252 } from './utf8-mojibake';
import { decodeVni } from './vni';
import { scoreSyllables } from './vietnamese-syllable';

export type MojibakeKind = 'utf8-as-cp1252' | 'tcvn3-as-cp1252' | 'vni-as-cp1252';

export const MOJIBAKE_LABEL: Readonly<Record<MojibakeKind, string>> = {
  'utf8-as-cp1252': 'UTF-8 text that was read as Windows-1252',
  'tcvn3-as-cp1252': 'TCVN3 (ABC) text stored as Windows-1252 characters',
  'vni-as-cp1252': 'VNI-Windows text stored as Windows-1252 characters',
};

// Signatures: "á»", "Æ°", "Ä‘", "Ã " | TCVN3 marks inside words (µ ¸ ¶ · ¹ ¨ © ª « ¬ ® § soft hyphen) | VNI marks after a vowel.
const SIGNATURES: ReadonlyArray<[MojibakeKind, RegExp]> = [
  ['utf8-as-cp1252', /[ÃÄÆáâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/g],
  ['tcvn3-as-cp1252', /\p{L}[µ¸¶·¹¨©ª«¬®§\u00ad]|[µ¸¶·¹¨©ª«¬®§\u00ad]\p{L}/gu],
  ['vni-as-cp1252', /[aeiouyAEIOUY][øùûõïäåâêàáãéèëüú]|[ôöÔÖ][øùûõï]|ñ[aeiou]/g],
];

const SAMPLE_CHARS = 200_000;
/** How much more Vietnamese a repair must read to be trusted. */
const MIN_GAIN = 0.15;
const MIN_SHARE = 0.6;

function repair(text: string, kind: MojibakeKind): string | null {
  if (kind === 'vni-as-cp1252') return decodeVni(text).normalize('NFC');
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
  let bestShare = before;
  for (const [kind, signals] of counts) {
    const fixedSample = repair(sample, kind);
    if (fixedSample === null) continue;
    const share = scoreSyllables(fixedSample).share;
    if (share >= MIN_SHARE && share >= before + MIN_GAIN && share > bestShare) {
      bestShare = share;
      best = { kind, signals, repaired: text.length <= SAMPLE_CHARS ? fixedSample : repair(text, kind) };
    }
  }
  if (best) return best;
  // Signs of mojibake but no repair that reads better: report the strongest sign, unrepaired,
  // only when it is frequent enough not to be a stray "Ã" in a foreign name.
  const [kind, signals] = counts[0];
  return signals >= 3 && before < 0.9 ? { kind, signals, repaired: null } : null;
}
