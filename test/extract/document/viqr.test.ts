// VIQR (7-bit ASCII Vietnamese): the decoder, and decodeDocument converting a whole VIQR text.
import { decodeDocument } from '../../../src/extract/document/decode';
import { decodeViqr } from '../../../src/extract/document/encodings/viqr';
import { seedParagraphs } from './legacy-fixtures';

const TONE_MARK: Readonly<Record<string, string>> = { '\u0301': "'", '\u0300': '`', '\u0309': '?', '\u0303': '~', '\u0323': '.' };
const MODIFIER: Readonly<Record<string, string>> = { '\u0306': '(', '\u0302': '^', '\u031b': '+' };

/** Our test encoder: each letter as base + modifier + tone, đ as dd. */
function encodeViqr(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'dd' : 'DD';
      continue;
    }
    const [base, ...marks] = ch.normalize('NFD');
    out += base + marks.filter((m) => MODIFIER[m]).map((m) => MODIFIER[m]).join('') + marks.filter((m) => TONE_MARK[m]).map((m) => TONE_MARK[m]).join('');
  }
  return out;
}

describe('VIQR', () => {
  it.each([
    ['Vie^.t Nam', 'Việt Nam'],
    ["Thu? tu+o+'ng Chi'nh phu? ye^u ca^`u ca'c bo^., nga`nh.", 'Thủ tướng Chính phủ yêu cầu các bộ, ngành.'],
    ['Ha` No^.i.', 'Hà Nội.'],
    ['Bo^. Ke^\' hoa.ch va` DDa^`u tu+', 'Bộ Kế hoạch và Đầu tư'],
    ['Sao va^.y?\nTie^\'p', 'Sao vậy?\nTiếp'],
    ['100\\. Ca\\\'c', "100. Ca'c"],
  ])('decodes "%s"', (viqr, unicode) => {
    expect(decodeViqr(viqr)).toBe(unicode);
  });

  it.each(seedParagraphs().slice(0, 6).map((p, i) => [i, p] as const))('decodeDocument converts seed paragraph %i written in VIQR', (_i, paragraph) => {
    // VIQR cannot mark a tone-less "." that ends a sentence mid-line; compare words and letters.
    const result = decodeDocument(Buffer.from(encodeViqr(paragraph), 'ascii'));
    expect(result).toMatchObject({ ok: true, encoding: 'viqr' });
    expect(result.ok && result.diagnostics[0]).toMatchObject({ ruleId: 'decode/mojibake-repaired' });
    const words = (t: string) => t.match(/[\p{L}]+/gu) ?? [];
    const got = words(result.ok ? result.text : '');
    const want = words(paragraph);
    const same = got.filter((w, k) => w === want[k]).length;
    expect(same / want.length).toBeGreaterThan(0.97);
  });

  it('leaves plain English with apostrophes and question marks alone', () => {
    const text = "The Ministry's plan? It's due in Q3. See https://example.org/a^b (e.g. dd-mm-yyyy).";
    expect(decodeDocument(Buffer.from(text))).toEqual({ ok: true, text, encoding: 'utf-8', diagnostics: [] });
  });
});
