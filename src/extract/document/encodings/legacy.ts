// The legacy Vietnamese encodings we can read, each as bytes → Unicode text (NFC).
import iconv from 'iconv-lite';
import { decodeCp1252 } from './cp1252';
import { decodeVni } from './vni';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'cp1258';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viscii', 'cp1258'];

export const ENCODING_LABEL: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3', vni: 'VNI', viscii: 'VISCII', cp1258: 'CP1258',
};

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'tcvn3':
      return iconv.decode(buffer, 'tcvn').normalize('NFC');
    case 'viscii':
      return iconv.decode(buffer, 'viscii').normalize('NFC');
    case 'cp1258':
      // CP1258 writes tones as combining marks after the letter; NFC composes them.
      return iconv.decode(buffer, 'windows1258').normalize('NFC');
    case 'vni':
      return decodeVni(decodeCp1252(bytes)).normalize('NFC');
  }
}
