// decodeDocument: real sentences of the seed reports in every encoding we read come back as
// the same Unicode text, with the encoding named; what we cannot read is refused with a reason.
import { decodeDocument, MAX_DOCUMENT_BYTES } from '../../../src/extract/document/decode';
import { encodeLegacy, seedParagraphs } from './legacy-fixtures';

const PARAGRAPHS = seedParagraphs();
const LEGACY = ['tcvn3', 'vni', 'viscii', 'cp1258'] as const;

function decodedText(bytes: Uint8Array): { text: string; encoding: string } {
  const result = decodeDocument(bytes);
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return { text: result.text, encoding: result.encoding };
}

describe('decodeDocument: Unicode', () => {
  const sample = PARAGRAPHS.slice(0, 3).join('\n');

  it('reads UTF-8 without a BOM as is', () => {
    expect(decodedText(Buffer.from(sample, 'utf8'))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const result = decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]));
    expect(result).toMatchObject({ ok: true, text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodedText(le)).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodedText(be)).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by its zero bytes, in either byte order', () => {
    const le = Buffer.from(sample, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    expect(decodedText(le)).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodedText(be)).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('reads UTF-8 with a damaged byte, replacing it and saying so', () => {
    const bytes = Buffer.from(sample, 'utf8');
    const damaged = Buffer.concat([bytes.subarray(0, 40), Buffer.from([0xff]), bytes.subarray(40)]);
    const result = decodeDocument(damaged);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', text: `${sample.slice(0, bytes.subarray(0, 40).toString('utf8').length)}\ufffd${bytes.subarray(40).toString('utf8')}` });
    expect(result.ok && result.diagnostics).toEqual([
      { ruleId: 'decode/utf8-damaged', severity: 'warning', message: '1 invalid UTF-8 byte sequence replaced with U+FFFD' },
    ]);
  });

  it('keeps decomposed (NFD) UTF-8 as it is: normalisation is normalizeText\'s job', () => {
    const nfd = sample.normalize('NFD');
    expect(decodedText(Buffer.from(nfd, 'utf8')).text).toBe(nfd);
  });
});

describe.each(LEGACY)('decodeDocument: %s', (encoding) => {
  it.each(PARAGRAPHS.slice(0, 12).map((p, i) => [i, p] as const))('paragraph %i comes back unchanged', (_i, paragraph) => {
    expect(decodedText(encodeLegacy(paragraph, encoding))).toEqual({ text: paragraph, encoding });
  });

  it('says which encoding it converted from', () => {
    const result = decodeDocument(encodeLegacy(PARAGRAPHS[0], encoding));
    expect(result.ok && result.diagnostics[0]).toMatchObject({ ruleId: 'decode/legacy-encoding', severity: 'warning' });
    expect(result.ok && result.diagnostics[0].message).toMatch(new RegExp(`^converted from ${{ tcvn3: 'TCVN3', vni: 'VNI', viscii: 'VISCII', cp1258: 'CP1258' }[encoding]} \\(\\d+% Vietnamese syllables; next best \\w+ \\d+%\\)$`));
  });

  it('reads a whole seed report', () => {
    const report = PARAGRAPHS.join('\n');
    expect(decodedText(encodeLegacy(report, encoding))).toEqual({ text: report, encoding });
  });
});

describe('decodeDocument: refusals', () => {
  it.each([
    ['empty input', new Uint8Array(0), 'EMPTY', 'document is empty (0 bytes)'],
    ['only a UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf]), 'EMPTY', 'document holds only a UTF-8 byte-order mark'],
    ['NUL bytes', Uint8Array.from([0x54, 0x68, 0x75, 0x20, 0x74, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x00, 0x07]), 'BINARY', 'looks like binary data (NUL byte at offset 5)'],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'BINARY', 'looks like a PDF file (starts with %PDF), not text; extract its text first'],
    ['a .docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'BINARY', 'looks like a ZIP container such as .docx or .xlsx (starts with PK), not text; extract its text first'],
    ['a .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'BINARY', 'looks like a Microsoft Office 97–2003 file such as .doc (OLE2 header), not text; extract its text first'],
  ])('%s', (_what, bytes, code, message) => {
    expect(decodeDocument(bytes)).toEqual({ ok: false, error: { code, message } });
  });

  it('refuses bytes that are no Vietnamese encoding, naming the best guess', () => {
    // A fixed pseudo-random byte string with no NUL (a linear congruential sequence).
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => ((i * 7919 + 13) % 255) + 1);
    const result = decodeDocument(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('UNKNOWN_ENCODING');
    expect(result.error.message).toMatch(/^text is not valid UTF-8 and does not read as TCVN3, VNI, VISCII or CP1258 \(best: \w+, \d+% Vietnamese syllables\)$/);
  });

  it('refuses a Western (CP1252) text that is not Vietnamese', () => {
    const result = decodeDocument(Buffer.from('Le café était très animé à côté du théâtre, où l\'on a mangé des crêpes.', 'latin1'));
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ENCODING' } });
  });

  it('refuses a document over the size cap without reading it, giving its size', () => {
    const result = decodeDocument(new Uint8Array(MAX_DOCUMENT_BYTES + 1024 * 1024));
    expect(result).toEqual({ ok: false, error: { code: 'TOO_LARGE', message: 'document is 21.0 MB; the limit is 20.0 MB' } });
  });
});
