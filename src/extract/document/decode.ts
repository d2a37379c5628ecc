// Bytes of a report → Unicode text, or a refusal that names what was found. Reads UTF-8
// (with or without BOM) and UTF-16 (BOM, or a BOM-less guess checked by the syllable score),
// the legacy Vietnamese encodings TCVN3, VNI, VISCII and CP1258 (chosen by which decoding reads
// as the most valid Vietnamese syllables), and repairs mojibake found inside valid UTF-8
// (including VIQR, Vietnamese spelt in 7-bit ASCII).
// Never returns mojibake silently: a repair or a suspicion is always a diagnostic.
import type { Diagnostic } from '../types';
import { firstNulOffset, guessBomlessUtf16, knownBinaryFormat } from './encodings/binary';
import { decodeLegacy, ENCODING_LABEL, LEGACY_ENCODINGS, type LegacyEncoding } from './encodings/legacy';
import { findMojibake, MOJIBAKE_LABEL, type MojibakeKind } from './encodings/mojibake';
import { scoreSyllables } from './encodings/vietnamese-syllable';

export type DecodedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding | 'viqr';

export type DecodeResult =
  | { ok: true; text: string; encoding: DecodedEncoding; diagnostics: Diagnostic[] }
  | { ok: false; error: { code: 'EMPTY' | 'BINARY' | 'UNKNOWN_ENCODING' | 'TOO_LARGE'; message: string } };

/** Largest document we read: one huge file must not take the process down. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** A legacy decoding is accepted when at least this share of its words are Vietnamese syllables. */
const MIN_LEGACY_SHARE = 0.6;
/** At most this share of characters may be damaged for text to be read as UTF-8 anyway. */
const MAX_DAMAGED_SHARE = 0.002;
/** Bytes sampled when scoring candidate decodings. */
const SCORE_SAMPLE_BYTES = 256 * 1024;

/** What the text turned out to be written in, for each kind of repair. */
const ENCODING_OF_REPAIR: Readonly<Record<MojibakeKind, DecodedEncoding>> = {
  'utf8-as-cp1252': 'utf-8', 'tcvn3-as-cp1252': 'tcvn3', 'vni-as-cp1252': 'vni', viqr: 'viqr',
};

type DecodeError = Extract<DecodeResult, { ok: false }>['error'];

function refuse(code: DecodeError['code'], message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  return new TextDecoder(encoding).decode(bytes.subarray(skip));
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null; // invalid UTF-8: the caller tries the legacy encodings
  }
}

export function decodeDocument(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return refuse('TOO_LARGE', `document is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_DOCUMENT_BYTES)}`);
  }
  if (bytes.length === 0) return refuse('EMPTY', 'document is empty (0 bytes)');

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16Result(bytes, 'utf-16le', 2, 'byte-order mark FF FE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16Result(bytes, 'utf-16be', 2, 'byte-order mark FE FF');
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasUtf8Bom && bytes.length === 3) return refuse('EMPTY', 'document holds only a UTF-8 byte-order mark');

  const format = knownBinaryFormat(bytes);
  if (format) return refuse('BINARY', `looks like ${format}, not text; extract its text first`);

  const nul = firstNulOffset(bytes);
  if (nul >= 0) {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) {
      const text = decodeUtf16(bytes, utf16, 0);
      if (scoreSyllables(text.slice(0, SCORE_SAMPLE_BYTES)).share >= MIN_LEGACY_SHARE) {
        return utf16Result(bytes, utf16, 0, 'no byte-order mark; every other byte is zero');
      }
    }
    return refuse('BINARY', `looks like binary data (NUL byte at offset ${nul})`);
  }

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return utf8Result(utf8, hasUtf8Bom);
  return nearlyUtf8Result(bytes) ?? legacyResult(bytes);
}

/**
 * UTF-8 with a few damaged bytes (a truncated download, a bad copy): read it as UTF-8 with the
 * damage replaced by U+FFFD and say so, rather than refusing a report that is 99.9% readable.
 */
function nearlyUtf8Result(bytes: Uint8Array): DecodeResult | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let damaged = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) damaged += 1;
  if (damaged > Math.max(1, text.length * MAX_DAMAGED_SHARE)) return null;
  if (scoreSyllables(text.slice(0, SCORE_SAMPLE_BYTES)).share < MIN_LEGACY_SHARE) return null;
  const result = utf8Result(text, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  if (result.ok) {
    result.diagnostics.unshift({
      ruleId: 'decode/utf8-damaged', severity: 'warning',
      message: `${damaged} invalid UTF-8 byte sequence${damaged === 1 ? '' : 's'} replaced with U+FFFD`,
    });
  }
  return result;
}

function utf16Result(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number, why: string): DecodeResult {
  const text = decodeUtf16(bytes, encoding, skip);
  if (text.length === 0) return refuse('EMPTY', `document holds only a UTF-16 byte-order mark`);
  return {
    ok: true, text, encoding,
    diagnostics: [{ ruleId: 'decode/utf16', severity: 'info', message: `read as ${encoding.toUpperCase()} (${why})` }],
  };
}

function utf8Result(decoded: string, hadBom: boolean): DecodeResult {
  const diagnostics: Diagnostic[] = [];
  if (hadBom) diagnostics.push({ ruleId: 'decode/utf8-bom', severity: 'info', message: 'UTF-8 byte-order mark removed' });
  const finding = findMojibake(decoded);
  if (finding?.repaired) {
    diagnostics.push({
      ruleId: 'decode/mojibake-repaired', severity: 'warning',
      message: `repaired mojibake: ${MOJIBAKE_LABEL[finding.kind]} (${finding.signals} signs)`,
    });
    if (finding.residual >= 3) {
      diagnostics.push({
        ruleId: 'decode/mojibake-suspected', severity: 'error',
        message: `mojibake only partly repaired: ${finding.residual} signs of ${MOJIBAKE_LABEL[finding.kind]} remain; extraction will be unreliable`,
      });
    }
    const encoding: DecodedEncoding = ENCODING_OF_REPAIR[finding.kind];
    return { ok: true, text: finding.repaired, encoding, diagnostics };
  }
  if (finding) {
    diagnostics.push({
      ruleId: 'decode/mojibake-suspected', severity: 'error',
      message: `text looks like mojibake (${MOJIBAKE_LABEL[finding.kind]}, ${finding.signals} signs) but no repair reads as Vietnamese; extraction will be unreliable`,
    });
  }
  return { ok: true, text: decoded, encoding: 'utf-8', diagnostics };
}

function legacyResult(bytes: Uint8Array): DecodeResult {
  const sample = bytes.subarray(0, SCORE_SAMPLE_BYTES);
  const scored = LEGACY_ENCODINGS.map((encoding) => ({ encoding, score: scoreSyllables(decodeLegacy(sample, encoding)) }))
    .sort((a, b) => b.score.share - a.score.share || b.score.accented - a.score.accented);
  const [best, second] = scored;
  if (best.score.share < MIN_LEGACY_SHARE || best.score.accented === 0) {
    const percent = Math.round(best.score.share * 100);
    return refuse('UNKNOWN_ENCODING',
      `text is not valid UTF-8 and does not read as TCVN3, VNI, VISCII or CP1258 (best: ${ENCODING_LABEL[best.encoding]}, ${percent}% Vietnamese syllables)`);
  }
  const diagnostics: Diagnostic[] = [{
    ruleId: 'decode/legacy-encoding', severity: 'warning',
    message: `converted from ${ENCODING_LABEL[best.encoding]} (${Math.round(best.score.share * 100)}% Vietnamese syllables; next best ${ENCODING_LABEL[second.encoding]} ${Math.round(second.score.share * 100)}%)`,
  }];
  if (best.encoding === 'tcvn3') {
    // .VnTimeH fonts draw capitals from lower-case code points: only the font knew they were capitals.
    diagnostics.push({ ruleId: 'decode/tcvn3-capitals', severity: 'info', message: 'TCVN3 headings set in .VnTimeH fonts come out in lower case' });
  }
  return { ok: true, text: decodeLegacy(bytes, best.encoding), encoding: best.encoding, diagnostics };
}
