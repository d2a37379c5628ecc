// Recognising input that is not text at all, so it is refused with a reason instead of being
// decoded into noise: well-known file signatures first, then NUL bytes.

const SIGNATURES: ReadonlyArray<[bytes: number[], name: string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file (starts with %PDF)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP container such as .docx or .xlsx (starts with PK)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a Microsoft Office 97–2003 file such as .doc (OLE2 header)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document (starts with {\\rtf)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
];

/** What kind of non-text file the bytes start like, or null. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  for (const [signature, name] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** Offset of the first NUL byte, or -1. */
export function firstNulOffset(bytes: Uint8Array): number {
  return bytes.indexOf(0);
}

/**
 * UTF-16 without a byte-order mark: text mostly in Latin script puts a zero in every other
 * byte. Returns the likely byte order, or null.
 */
export function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}
