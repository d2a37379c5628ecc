// Word reports: each seed saved as a .docx gives the directives of its plain text (the same
// assignees and deadlines); an old binary .doc and other ZIP files are refused clearly.
import { normalizeText } from '../../../src/extract/document/normalize';
import { readDocument } from '../../../src/extract/document/read-document';
import { extract } from '../../../src/extract/pipeline';
import { buildDocx } from './support/build-docx';
import { directiveRecall } from './support/compare-directives';
import { seedReports } from './support/seeds';

const SEEDS = seedReports();
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

describe('a seed report saved as DOCX', () => {
  test.each(SEEDS.map((s) => [s.file, s] as const))('%s gives ≥ 90%% of its plain-text directives', async (_file, seed) => {
    const read = await readDocument(await buildDocx(lines(seed.text)));
    expect(read).toMatchObject({ ok: true, format: 'docx' });
    if (!read.ok) return;
    const fromDocx = extract({ text: normalizeText(read.text).text, published: seed.published });
    const plain = extract({ text: normalizeText(seed.text).text, published: seed.published });
    const recall = directiveRecall(plain, fromDocx);
    expect(recall.share >= 0.9 ? 'at least 90%' : recall.missing).toBe('at least 90%');
  });

  test('paragraphs come back one a line, runs of one paragraph joined, table cells as their own lines', async () => {
    const read = await readDocument(await buildDocx(
      ['Thủ tướng giao Bộ Y tế hoàn thành bệnh án điện tử trong tháng 9.', 'Bộ Công an chủ trì hoàn thiện cơ sở dữ liệu dân cư.'],
      { headerCells: ['VĂN PHÒNG CHÍNH PHỦ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'] },
    ));
    expect(read).toMatchObject({
      ok: true,
      text: 'VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThủ tướng giao Bộ Y tế hoàn thành bệnh án điện tử trong tháng 9.\nBộ Công an chủ trì hoàn thiện cơ sở dữ liệu dân cư.',
    });
  });
});

describe('Office files we do not read', () => {
  test.each<[string, Buffer, string, RegExp]>([
    ['an old binary Word .doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048, 0x20)]), 'OLD_WORD', /save it as \.docx or PDF/],
    ['a ZIP that is not a Word document', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('xl/workbook.xml'), Buffer.alloc(200, 0x41)]), 'UNSUPPORTED_FORMAT', /not a Word document/],
    ['a damaged DOCX', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('word/document.xml'), Buffer.alloc(200, 0x41)]), 'BAD_DOCX', /Word document cannot be read/],
  ])('%s is refused naming what it is', async (_name, bytes, code, message) => {
    const read = await readDocument(bytes);
    expect(read).toMatchObject({ ok: false, code, message: expect.stringMatching(message) });
  });
});
