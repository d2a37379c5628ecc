// Issue 15: invalid UTF-8 passed without a word. The decoder still reads a nearly-UTF-8 report;
// the warning now names the byte offsets of the damage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument } from '../../src/extract/document/decode';
import { invalidUtf8Offsets, utf8DamageWarning } from '../../src/text/utf8-damage';

const bytesOf = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('invalidUtf8Offsets', () => {
  test.each([
    // name, bytes, offsets, U+FFFD in the decoder's text (one per offset, plus any written in the file)
    ['valid Vietnamese', bytesOf('Thủ tướng giao Bộ Y tế'), [], 0],
    ['a stray 0xFF after "Bộ " (5 bytes)', bytesOf('Bộ ', [0xff], 'Y tế'), [5], 1],
    ['a lone continuation byte', bytesOf('ab', [0x80], 'c'), [2], 1],
    ['a truncated 3-byte sequence then text', bytesOf('x', [0xe1, 0xbb], 'y'), [1], 1],
    ['an overlong encoding (C0 AF)', bytesOf([0xc0, 0xaf]), [0, 1], 2],
    ['a surrogate (ED A0 80)', bytesOf('a', [0xed, 0xa0, 0x80]), [1, 2, 3], 3],
    ['U+FFFD written in the file is not damage', bytesOf('a\ufffdb'), [], 1],
    ['cut in the middle of "ế" at the end', bytesOf('Y t', [0xe1, 0xba]), [3], 1],
  ])('%s', (_name, bytes, offsets, replacements) => {
    expect(invalidUtf8Offsets(bytes)).toEqual(offsets);
    expect((new TextDecoder().decode(bytes).match(/\ufffd/g) ?? []).length).toBe(replacements);
  });
});

test('a seed report with two damaged bytes: the warning names both offsets', () => {
  const seed = readFileSync(join(__dirname, '../../seeds/001_83451dbc79f63736.txt'));
  const damaged = Buffer.concat([seed.subarray(0, 100), Buffer.from([0xff]), seed.subarray(100, 300), Buffer.from([0xfe]), seed.subarray(300)]);
  expect(decodeDocument(damaged).ok).toBe(true);
  expect(utf8DamageWarning(damaged)).toBe('invalid UTF-8 at byte 100, 301 (replaced with U+FFFD)');
  expect(utf8DamageWarning(seed)).toBeNull();
});
