// Repairing UTF-8 that was misread as Windows-1252 ("Thá»§ tÆ°á»›ng" → "Thủ tướng"), one
// whitespace-separated chunk at a time: a chunk is turned back into its CP1252 bytes and read
// as UTF-8, and kept only if that succeeds. Correct Vietnamese never survives the round trip
// ("Thủ" has no CP1252 byte; "Hà" is not valid UTF-8), so mixed text is safe to repair.
// Five bytes (81 8D 8F 90 9D) are undefined in CP1252; converters that turned them into U+FFFD
// lost them, so each U+FFFD is tried as each of the five and kept when the word reads as a
// Vietnamese word: "á»" + U+FFFD can be ề (81), ọ (8D), ỏ (8F), Ố (90) or ờ (9D), so a short list
// of common syllables with those letters breaks ties ("thời", not "thọi"); "Ä" + U+FFFD is Đ.
import { encodeCp1252 } from './cp1252';
import { isVietnameseSyllable } from './vietnamese-syllable';

// In order of preference when nothing else decides: ờ and ề are the commonest of the five.
const UNDEFINED_CP1252_BYTES = [0x9d, 0x81, 0x8d, 0x8f, 0x90];
const COMMON_SYLLABLES = new Set([
  // ờ
  'thời', 'giờ', 'người', 'trời', 'mời', 'lời', 'đời', 'chờ', 'nhờ', 'cờ', 'bờ', 'dời', 'rời', 'tờ', 'mờ', 'ngờ', 'thờ',
  'cười', 'mười', 'lười', 'thường', 'đường', 'trường', 'cường', 'tường', 'phường', 'lường', 'nhường', 'giường', 'vườn', 'sườn',
  // ề
  'về', 'đề', 'nhiều', 'điều', 'đều', 'chiều', 'triều', 'nền', 'tiền', 'quyền', 'miền', 'liền', 'truyền', 'chuyền', 'thuyền',
  'hiền', 'huyền', 'bền', 'bề', 'kề', 'nghề', 'thề', 'phiền', 'viền', 'mềm', 'thềm', 'lều', 'kiều', 'giềng', 'riêng',
  // ọ
  'họ', 'học', 'mọi', 'họp', 'chọn', 'trọng', 'trọn', 'ngọc', 'thọ', 'gọi', 'dọc', 'đọc', 'lọc', 'mọc', 'giọng', 'vọng',
  'họng', 'bọn', 'gọn', 'ngọt', 'nhọn', 'tọa', 'họa', 'dọn', 'giọt', 'chọc', 'bọc', 'đọng', 'nọ', 'rọi', 'ọ',
  // ỏ
  'nhỏ', 'bỏ', 'cỏ', 'giỏi', 'khỏe', 'khỏi', 'hỏi', 'đỏ', 'lỏng', 'mỏng', 'mỏ', 'ngỏ', 'thỏa', 'hỏa', 'tỏa', 'bỏng', 'vỏ', 'tỏ', 'sỏi', 'thỏ',
]);
const REPLACEMENT = '\ufffd';
const MAX_LOST_BYTES_PER_CHUNK = 2;
// ASCII whitespace only: U+00A0 is the second byte of "à" (C3 A0) in misread text.
const CHUNK = /[^ \t\n\r\f\v]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
const LETTERS = /[\p{L}\p{M}]+/gu;

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null; // not UTF-8 bytes: this chunk was not misread UTF-8
  }
}

/** Every word with a non-ASCII letter is a syllable or an all-capital abbreviation ("QĐ", "HĐND"). */
function readsAsVietnamese(text: string): boolean {
  const words = (text.match(LETTERS) ?? []).filter((w) => NON_ASCII.test(w));
  return words.length > 0 && words.every((w) => isVietnameseSyllable(w) || w === w.toUpperCase());
}

function isCommon(text: string): boolean {
  return (text.toLowerCase().match(LETTERS) ?? []).some((w) => COMMON_SYLLABLES.has(w));
}

function repairChunk(chunk: string): string {
  if (!NON_ASCII.test(chunk)) return chunk;
  const lost = [...chunk].filter((c) => c === REPLACEMENT).length;
  if (lost === 0) {
    const bytes = encodeCp1252(chunk);
    return (bytes && strictUtf8(bytes)) ?? chunk;
  }
  if (lost > MAX_LOST_BYTES_PER_CHUNK) return chunk;
  const marked = encodeCp1252(chunk.split(REPLACEMENT).join('\u0081'));
  if (!marked) return chunk;
  const positions: number[] = [];
  let i = 0;
  for (const c of chunk) {
    if (c === REPLACEMENT) positions.push(i);
    i += c.length;
  }
  // Try every assignment of the undefined bytes to the lost positions (at most 5² = 25).
  const total = UNDEFINED_CP1252_BYTES.length ** positions.length;
  let firstValid: string | null = null;
  for (let n = 0; n < total; n += 1) {
    const candidate = Uint8Array.from(marked);
    let rest = n;
    for (const p of positions) {
      candidate[p] = UNDEFINED_CP1252_BYTES[rest % UNDEFINED_CP1252_BYTES.length];
      rest = Math.floor(rest / UNDEFINED_CP1252_BYTES.length);
    }
    const decoded = strictUtf8(candidate);
    if (decoded === null || !readsAsVietnamese(decoded)) continue;
    if (isCommon(decoded)) return decoded;
    firstValid ??= decoded;
  }
  return firstValid ?? chunk;
}

/** The text with every chunk that is misread UTF-8 read again as UTF-8. */
export function repairUtf8ReadAsCp1252(text: string): string {
  return text.replace(CHUNK, repairChunk);
}
