// Test encoders for the legacy encodings, and real sentences from the seed reports to encode.
// iconv-lite encodes TCVN3 and VISCII; its CP1258 encoder cannot map precomposed tone letters,
// so CP1258 is written here by hand (letter + combining tone, as Windows Vietnamese stores it);
// VNI uses our own table (and vni.test.ts checks that table against independent samples).
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeCp1252 } from '../../../src/extract/document/encodings/cp1252';
import { encodeVni } from '../../../src/extract/document/encodings/vni';

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;

export function encodeCp1258(text: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    const decomposed = ch.normalize('NFD');
    const tone = decomposed.match(TONE_MARK)?.[0] ?? '';
    const base = decomposed.replace(TONE_MARK, '').normalize('NFC');
    parts.push(iconv.encode(base + tone, 'windows1258'));
  }
  return Buffer.concat(parts);
}

export function encodeLegacy(text: string, encoding: 'tcvn3' | 'vni' | 'viscii' | 'cp1258'): Uint8Array {
  switch (encoding) {
    case 'tcvn3':
      return iconv.encode(text, 'tcvn');
    case 'viscii':
      return iconv.encode(text, 'viscii');
    case 'cp1258':
      return encodeCp1258(text);
    case 'vni': {
      const bytes = encodeCp1252(encodeVni(text));
      if (!bytes) throw new Error(`test text has a character VNI cannot carry: ${text}`);
      return bytes;
    }
  }
}

/** Punctuation the legacy code pages do not have, replaced as a typist of the time would. */
function toLegacyRepertoire(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/…/g, '...');
}

/** Paragraphs of the seed reports (the project's copy), NFC, in the legacy repertoire. */
export function seedParagraphs(): string[] {
  const root = join(__dirname, '..', '..', '..', 'seeds');
  const files = ['000_489269f3d2fed457.txt', '001_83451dbc79f63736.txt', '002_a156b8f7daaba70e.txt', '003_1124ccc02856cf27.txt', '004_582f45e862c6e7f9.txt'];
  return files.flatMap((f) => readFileSync(join(root, f), 'utf8').normalize('NFC').split('\n'))
    .map((line) => toLegacyRepertoire(line.trim()))
    .filter((line) => line.length > 80);
}
