// VNI-Windows ("VNI-Times" fonts): a base letter followed by a separate diacritic byte, read
// through Windows-1252. Not in iconv-lite, so the table is ours: each Vietnamese letter and its
// VNI spelling (as the CP1252 characters of its bytes). Decoding tries the longest spelling first.

// Diacritic characters, lower-case fonts / upper-case fonts.
const TONE = { sac: ['ù', 'Ù'], huyen: ['ø', 'Ø'], hoi: ['û', 'Û'], nga: ['õ', 'Õ'], nang: ['ï', 'Ï'] } as const;
const CIRCUMFLEX = { none: ['â', 'Â'], sac: ['á', 'Á'], huyen: ['à', 'À'], hoi: ['å', 'Å'], nga: ['ã', 'Ã'], nang: ['ä', 'Ä'] } as const;
const BREVE = { none: ['ê', 'Ê'], sac: ['é', 'É'], huyen: ['è', 'È'], hoi: ['ú', 'Ú'], nga: ['ü', 'Ü'], nang: ['ë', 'Ë'] } as const;
type Tone = keyof typeof TONE;
const TONES: Tone[] = ['sac', 'huyen', 'hoi', 'nga', 'nang'];
const UNICODE_TONE: Record<Tone, string> = { sac: '\u0301', huyen: '\u0300', hoi: '\u0309', nga: '\u0303', nang: '\u0323' };

/** Letters VNI writes as one character of their own (lower, upper). */
const SINGLE: Array<[string, string, string, string]> = [
  // unicode lower, vni lower, unicode upper, vni upper
  ['ơ', 'ô', 'Ơ', 'Ô'],
  ['ư', 'ö', 'Ư', 'Ö'],
  ['đ', 'ñ', 'Đ', 'Ñ'],
  ['í', 'í', 'Í', 'Í'],
  ['ì', 'ì', 'Ì', 'Ì'],
  ['ỉ', 'æ', 'Ỉ', 'Æ'],
  ['ĩ', 'ó', 'Ĩ', 'Ó'],
  ['ị', 'ò', 'Ị', 'Ò'],
  ['ỵ', 'î', 'Ỵ', 'Î'],
];

function compose(base: string, mark: string): string {
  return (base + mark).normalize('NFC');
}

/** Unicode letter → VNI spelling, for every Vietnamese letter with a diacritic (both cases). */
function buildEncodeTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [uLower, vLower, uUpper, vUpper] of SINGLE) {
    table.set(uLower, vLower);
    table.set(uUpper, vUpper);
  }
  for (const upper of [0, 1] as const) {
    const cased = (s: string): string => (upper ? s.toUpperCase() : s);
    for (const base of ['a', 'e', 'i', 'o', 'u', 'y']) {
      for (const tone of TONES) {
        const letter = cased(compose(base, UNICODE_TONE[tone]));
        if (!table.has(letter)) table.set(letter, cased(base) + TONE[tone][upper]);
      }
    }
    for (const base of ['a', 'e', 'o']) {
      table.set(cased(compose(base, '\u0302')), cased(base) + CIRCUMFLEX.none[upper]);
      for (const tone of TONES) table.set(cased(compose(compose(base, '\u0302'), UNICODE_TONE[tone])), cased(base) + CIRCUMFLEX[tone][upper]);
    }
    table.set(cased('ă'), cased('a') + BREVE.none[upper]);
    for (const tone of TONES) table.set(cased(compose('ă', UNICODE_TONE[tone])), cased('a') + BREVE[tone][upper]);
    for (const [uLower, vLower] of [['ơ', 'ô'], ['ư', 'ö']]) {
      for (const tone of TONES) table.set(cased(compose(uLower, UNICODE_TONE[tone])), cased(vLower) + TONE[tone][upper]);
    }
  }
  return table;
}

export const VNI_ENCODE_TABLE: ReadonlyMap<string, string> = buildEncodeTable();

/** VNI spelling → Unicode letter; also accepts a capital base with a lower-case mark ("Aâ"), which mixed fonts produce. */
function buildDecodeTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [letter, spelling] of VNI_ENCODE_TABLE) {
    table.set(spelling, letter);
    if (spelling.length === 2 && letter === letter.toUpperCase()) {
      const mixed = spelling[0] + spelling[1].toLowerCase();
      if (!table.has(mixed)) table.set(mixed, letter);
    }
  }
  return table;
}

const VNI_DECODE_TABLE: ReadonlyMap<string, string> = buildDecodeTable();

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Every VNI spelling, two-character ones first, so one regex pass does longest-match-first.
const VNI_SPELLING = new RegExp(
  [...VNI_DECODE_TABLE.keys()].sort((a, b) => b.length - a.length).map(escapeForRegExp).join('|'),
  'g',
);

/** Converts VNI text (as read through CP1252) to Unicode, longest match first ("ôù" → ớ before "ô" → ơ). */
export function decodeVni(text: string): string {
  return text.replace(VNI_SPELLING, (spelling) => VNI_DECODE_TABLE.get(spelling) ?? spelling);
}

/** Unicode → VNI (as CP1252 characters). Used by tests and to build fixtures. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += VNI_ENCODE_TABLE.get(ch) ?? ch;
  return out;
}
