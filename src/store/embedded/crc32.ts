// CRC-32 (IEEE) for record integrity: zlib's native one where Node has it (≥ 20.15),
// else a table-driven fallback. Integrity only — identity uses sha256.
import * as zlib from 'node:zlib';

const native = (zlib as unknown as { crc32?: (data: Buffer) => number }).crc32;

let table: Uint32Array | null = null;

function fallback(data: Buffer): number {
  if (table === null) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function crc32Hex(data: Buffer): string {
  return ((native === undefined ? fallback(data) : native(data)) >>> 0).toString(16).padStart(8, '0');
}

/** Exposed for the test that the fallback agrees with zlib. */
export const crc32Fallback = (data: Buffer) => fallback(data).toString(16).padStart(8, '0');
