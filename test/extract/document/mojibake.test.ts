// Mojibake that arrives as valid UTF-8 is repaired (or flagged), never passed on silently.
import iconv from 'iconv-lite';
import { decodeDocument } from '../../../src/extract/document/decode';
import { decodeCp1252 } from '../../../src/extract/document/encodings/cp1252';
import { encodeVni } from '../../../src/extract/document/encodings/vni';
import { seedParagraphs } from './legacy-fixtures';

const PARAGRAPH = seedParagraphs()[4];

function decodeString(text: string) {
  return decodeDocument(Buffer.from(text, 'utf8'));
}

describe('mojibake inside UTF-8', () => {
  it.each([
    ['UTF-8 read as CP1252, undefined bytes kept as C1 controls', decodeCp1252(Buffer.from(PARAGRAPH, 'utf8')), 'utf-8', 'UTF-8 text that was read as Windows-1252'],
    ['UTF-8 read as CP1252, undefined bytes lost as U+FFFD', iconv.decode(Buffer.from(PARAGRAPH, 'utf8'), 'windows1252'), 'utf-8', 'UTF-8 text that was read as Windows-1252'],
    ['TCVN3 typed in .VnTime, saved as Unicode', decodeCp1252(iconv.encode(PARAGRAPH, 'tcvn')), 'tcvn3', 'TCVN3 (ABC) text stored as Windows-1252 characters'],
    ['VNI typed in VNI-Times, saved as Unicode', encodeVni(PARAGRAPH), 'vni', 'VNI-Windows text stored as Windows-1252 characters'],
  ])('repairs %s', (_what, mojibake, encoding, label) => {
    const result = decodeString(mojibake);
    expect(result).toMatchObject({ ok: true, text: PARAGRAPH, encoding });
    expect(result.ok && result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'decode/mojibake-repaired', severity: 'warning' })]);
    expect(result.ok && result.diagnostics[0].message).toContain(label);
  });

  it.each([
    ['"Thá»§ tÆ°á»›ng ChÃ­nh phá»§"', 'Thá»§ tÆ°á»›ng ChÃ­nh phá»§ yÃªu cáº§u cÃ¡c bá»™, ngÃ\u00a0nh', 'Thủ tướng Chính phủ yêu cầu các bộ, ngành'],
    ['"Thñ t­íng ChÝnh phñ"', 'Thñ t\u00adíng ChÝnh phñ yªu cÇu c¸c bé, ngµnh', 'Thủ tướng Chính phủ yêu cầu các bộ, ngành'],
    ['"Thuû töôùng Chính phuû"', 'Thuû töôùng Chính phuû yeâu caàu caùc boä, ngaønh', 'Thủ tướng Chính phủ yêu cầu các bộ, ngành'],
  ])('repairs the short phrase %s', (_what, mojibake, expected) => {
    expect(decodeString(mojibake)).toMatchObject({ ok: true, text: expected });
  });

  it('uses common words to choose among the five letters a lost byte can be', () => {
    expect(decodeString('Thá»\ufffdi gian, quan trá»\ufffdng, nhiá»\ufffdu').ok && decodeString('Thá»\ufffdi gian, quan trá»\ufffdng, nhiá»\ufffdu')).toMatchObject({
      text: 'Thời gian, quan trọng, nhiều',
    });
  });

  it('leaves correct Vietnamese alone, including names with Western letters', () => {
    const text = `${PARAGRAPH} Ông François Hollande và bà Angela Merkel.`;
    expect(decodeString(text)).toEqual({ ok: true, text, encoding: 'utf-8', diagnostics: [] });
  });

  it('does not flag correct text full of abbreviations and English (few valid syllables)', () => {
    const text = 'Hoà, thuế, luân, tiên, hoá: UBND, HĐND, VNeID, EGDI, GDP, API, cloud computing, big data, AI, IoT, blockchain, fintech, startup.';
    expect(decodeString(text)).toEqual({ ok: true, text, encoding: 'utf-8', diagnostics: [] });
  });

  it('flags mojibake it cannot (fully) repair instead of passing it on', () => {
    // Misread UTF-8 whose lost bytes were then stripped: no longer a UTF-8 sequence anywhere.
    const broken = iconv.decode(Buffer.from(PARAGRAPH, 'utf8'), 'windows1252').replace(/[\u0080-\u00bf\ufffd]/g, '');
    const result = decodeString(broken);
    expect(result.ok && result.diagnostics.map((d) => [d.ruleId, d.severity])).toContainEqual(['decode/mojibake-suspected', 'error']);
  });
});

describe('mojibake that cannot be repaired at all', () => {
  it('is flagged as an error, with the text left as it is', () => {
    // Misread UTF-8 whose second bytes a later tool stripped: nothing left to decode.
    const text = iconv.decode(Buffer.from(PARAGRAPH, 'utf8'), 'windows1252')
      .replace(/[\u0080-\u00bf\ufffd\u2013-\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/g, '');
    const result = decodeString(text);
    expect(result).toMatchObject({ ok: true, text, encoding: 'utf-8' });
    expect(result.ok && result.diagnostics.map((d) => d.ruleId)).toEqual(['decode/mojibake-suspected']);
  });
});
