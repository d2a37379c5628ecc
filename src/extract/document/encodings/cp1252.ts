// Windows-1252 as legacy Vietnamese text passes through it: VNI and TCVN3 fonts were typed on
// Western Windows, and UTF-8 misread as CP1252 is the commonest mojibake. We need both
// directions, including the five bytes CP1252 leaves undefined (kept as C1 controls, as
// browsers and most converters do), so a misread text can be turned back into its bytes.

const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d,
  0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const BYTE_OF_CODE_POINT = new Map<number, number>();
for (let b = 0; b < 256; b += 1) BYTE_OF_CODE_POINT.set(CP1252_HIGH[b] ?? b, b);

// Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 controls; so decode as
// Latin-1 natively and map that range afterwards.
const C1_RANGE = /[\u0080-\u009f]/g;
const CP1252_OF_C1 = (c: string): string => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0)] ?? c.charCodeAt(0));

export function decodeCp1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(C1_RANGE, CP1252_OF_C1);
}

/** The CP1252 bytes of a text; null when a character has no CP1252 byte (the text was not read through CP1252). */
export function encodeCp1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const b = BYTE_OF_CODE_POINT.get(text.charCodeAt(i));
    if (b === undefined) return null;
    bytes[i] = b;
  }
  return bytes;
}
