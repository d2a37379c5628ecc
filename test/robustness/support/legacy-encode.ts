// Encoders from Unicode to the legacy Vietnamese encodings, to make test inputs from the seeds.
// TCVN3 and VISCII come from iconv-lite. CP1258 writes tone marks as combining characters
// (iconv-lite's encoder cannot map precomposed tone letters). VNI-Windows is not in iconv-lite:
// a letter is its base (with ơ→ô, ư→ö, đ→ñ) plus one mark character, read as CP1252 bytes —
// "Coäng hoøa", "Boä Keá hoaïch vaø Ñaàu tö", "Thuû töôùng" (shared reference §3).
import iconv from 'iconv-lite';

export type LegacyEncoding = 'tcvn3' | 'viscii' | 'cp1258' | 'vni';

const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const; // sắc huyền hỏi ngã nặng
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

// VNI mark characters, lowercase / uppercase, in the order of TONES.
const VNI_TONE = { lower: ['ù', 'ø', 'û', 'õ', 'ï'], upper: ['Ù', 'Ø', 'Û', 'Õ', 'Ï'] };
const VNI_CIRCUMFLEX_TONE = { lower: ['á', 'à', 'å', 'ã', 'ä'], upper: ['Á', 'À', 'Å', 'Ã', 'Ä'] };
const VNI_BREVE_TONE = { lower: ['é', 'è', 'ú', 'ü', 'ë'], upper: ['É', 'È', 'Ú', 'Ü', 'Ë'] };
// i and y+nặng have single characters of their own.
const VNI_I = { lower: ['í', 'ì', 'æ', 'ó', 'ò'], upper: ['Í', 'Ì', 'Æ', 'Ó', 'Ò'] };

function vniLetter(ch: string): string {
  if (ch === 'đ') return 'ñ';
  if (ch === 'Đ') return 'Ñ';
  const parts = [...ch.normalize('NFD')];
  const base = parts[0];
  if (!/[aeiouyAEIOUY]/.test(base) || parts.length === 1) return ch;
  const upper = base === base.toUpperCase();
  const c = upper ? 'upper' : 'lower';
  const tone = TONES.findIndex((t) => parts.includes(t));
  if (parts.includes(HORN)) {
    const letter = base === 'o' || base === 'O' ? (upper ? 'Ô' : 'ô') : upper ? 'Ö' : 'ö';
    return tone < 0 ? letter : letter + VNI_TONE[c][tone];
  }
  if (parts.includes(CIRCUMFLEX)) return base + (tone < 0 ? (upper ? 'Â' : 'â') : VNI_CIRCUMFLEX_TONE[c][tone]);
  if (parts.includes(BREVE)) return base + (tone < 0 ? (upper ? 'Ê' : 'ê') : VNI_BREVE_TONE[c][tone]);
  if (tone < 0) return ch;
  if (base === 'i' || base === 'I') return VNI_I[c][tone];
  if ((base === 'y' || base === 'Y') && tone === 4) return upper ? 'Î' : 'î';
  return base + VNI_TONE[c][tone];
}

function cp1258Letter(ch: string): string {
  const parts = [...ch.normalize('NFD')];
  const tone = parts.find((p) => (TONES as readonly string[]).includes(p));
  if (!tone) return ch;
  // Keep â ê ô ă ơ ư precomposed (CP1258 has them); write the tone as a combining mark.
  return parts.filter((p) => p !== tone).join('').normalize('NFC') + tone;
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Buffer {
  const nfc = text.normalize('NFC').replace(/…/g, '...');
  switch (encoding) {
    case 'tcvn3':
      return iconv.encode(nfc, 'tcvn');
    case 'viscii':
      return iconv.encode(nfc, 'viscii');
    case 'cp1258':
      return iconv.encode([...nfc].map(cp1258Letter).join(''), 'windows1258');
    case 'vni':
      return iconv.encode([...nfc].map(vniLetter).join(''), 'windows1252');
  }
}
