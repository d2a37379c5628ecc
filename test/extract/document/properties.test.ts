// Properties over arbitrary input: decoding and normalising never throw, and always answer in
// their contract's shape (a text and an encoding, or a refusal with a known code and a reason).
import fc from 'fast-check';
import { decodeDocument } from '../../../src/extract/document/decode';
import { normalizeText } from '../../../src/extract/document/normalize';

const CODES = ['EMPTY', 'BINARY', 'UNKNOWN_ENCODING', 'TOO_LARGE'];
const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'tcvn3', 'vni', 'viscii', 'cp1258'];

describe('decodeDocument and normalizeText properties', () => {
  it('decodeDocument answers every byte string with a text or a typed refusal', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }).map((s) => Uint8Array.from(Buffer.from(s, 'utf8'))),
      fc.string({ unit: 'grapheme', maxLength: 100 }).map((s) => Uint8Array.from(Buffer.from(s, 'latin1'))),
    );
    fc.assert(fc.property(bytes, (input) => {
      const result = decodeDocument(input);
      if (result.ok) {
        expect(ENCODINGS).toContain(result.encoding);
        expect(typeof result.text).toBe('string');
      } else {
        expect(CODES).toContain(result.error.code);
        expect(result.error.message.length).toBeGreaterThan(10);
      }
    }), { numRuns: 300 });
  });

  it('normalizeText never throws, and its text is NFC', () => {
    const markupish = fc.array(fc.constantFrom('<p>', '</p>', '<br>', '&nbsp;', '&amp;', '&#7897;', '&lt;', '<b>', '\r', '\r\n', 'Bộ', ' ', 'a\u0301', 'Thá»§'), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), markupish), (raw) => {
      const { text } = normalizeText(raw);
      expect(text).toBe(text.normalize('NFC'));
    }), { numRuns: 300 });
  });
});
