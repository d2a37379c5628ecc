// layoutPdfText: positioned runs (as pdf.js gives them) → paragraphs, one a line. Pages are
// A4 (595 × 842 points), body text 12 pt with a 15 pt line step, the column 50–545.
import { layoutPdfText, type PdfPage, type PdfTextRun } from '../../../src/extract/document/formats/pdf-layout';

const FULL = 495;

function run(str: string, y: number, options: { x?: number; width?: number; size?: number } = {}): PdfTextRun {
  return { str, x: options.x ?? 50, y, width: options.width ?? FULL, size: options.size ?? 12 };
}

function page(...runs: PdfTextRun[]): PdfPage {
  return { width: 595, height: 842, runs };
}

const HEADER = (n: number) => run(`VĂN PHÒNG CHÍNH PHỦ — Thông báo số ${100 + n}`, 810, { size: 9, width: 200 });
const FOOTER = (n: number) => run(`- ${n} -`, 30, { x: 290, width: 20 });

describe('layoutPdfText', () => {
  test.each<[string, PdfPage[], string]>([
    [
      'lines of one paragraph are joined; a short last line ends it',
      [page(run('Thủ tướng giao Bộ Y tế hoàn thành việc triển khai bệnh án điện tử tại tất cả', 700), run('bệnh viện trong tháng 9.', 685, { width: 150 }), run('Bộ Công an chủ trì cơ sở dữ liệu dân cư.', 670, { width: 260 }))],
      'Thủ tướng giao Bộ Y tế hoàn thành việc triển khai bệnh án điện tử tại tất cả bệnh viện trong tháng 9.\nBộ Công an chủ trì cơ sở dữ liệu dân cư.',
    ],
    [
      'a word hyphenated at the line end is rejoined; Vietnamese syllables are never glued',
      [page(run('Bộ Thông tin và Truyền thông hoàn thiện hạ tầng (in-', 700), run('frastructure) số quốc gia.', 685, { width: 160 }))],
      'Bộ Thông tin và Truyền thông hoàn thiện hạ tầng (infrastructure) số quốc gia.',
    ],
    [
      'a web address broken by the page width is rejoined without a space',
      [page(run('Xem thêm: https://vovgiaothong.vn/newsaudio/thu-tuong-yeu-cau-khan-truong-khac-phuc-hau-', 700), run('qua-vu-tai-nan-d43450.html và các bài liên quan.', 685, { width: 280 }))],
      'Xem thêm: https://vovgiaothong.vn/newsaudio/thu-tuong-yeu-cau-khan-truong-khac-phuc-hau-qua-vu-tai-nan-d43450.html và các bài liên quan.',
    ],
    [
      'a list item starts its own line even after a full line',
      [page(run('Thủ tướng giao các bộ, ngành thực hiện các nhiệm vụ sau đây trong năm 2025 như:', 700), run('a) Bộ Tài chính bố trí kinh phí;', 685, { width: 180 }), run('b) Bộ Nội vụ rà soát biên chế.', 670, { width: 180 }))],
      'Thủ tướng giao các bộ, ngành thực hiện các nhiệm vụ sau đây trong năm 2025 như:\na) Bộ Tài chính bố trí kinh phí;\nb) Bộ Nội vụ rà soát biên chế.',
    ],
    [
      'a running header repeated on every page and page numbers are dropped; a paragraph continues across the page break',
      [
        page(HEADER(1), run('Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ liên quan xây dựng đề án', 760), FOOTER(1)),
        page(HEADER(2), run('phát triển kinh tế số, trình Thủ tướng trong quý III/2025.', 760, { width: 320 }), FOOTER(2)),
      ],
      'Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ liên quan xây dựng đề án phát triển kinh tế số, trình Thủ tướng trong quý III/2025.',
    ],
    [
      'runs of one line are joined with a space where there is a gap',
      [page(run('Kết luận của Phó Thủ tướng tại', 700, { width: 170 }), run('hội nghị', 700, { x: 223, width: 45 }))],
      'Kết luận của Phó Thủ tướng tại hội nghị',
    ],
    [
      'a ligature drawn as its own run stays inside its word',
      [page(run('fi', 700, { width: 8 }), run('le báo cáo', 700, { x: 58, width: 60 }))],
      'file báo cáo',
    ],
  ])('%s', (_name, pages, expected) => {
    expect(layoutPdfText(pages).text).toBe(expected);
  });

  test('dropped lines are listed, for the diagnostic', () => {
    const pages = [page(HEADER(1), run('Nội dung.', 700, { width: 60 }), FOOTER(1)), page(HEADER(2), run('Tiếp theo.', 700, { width: 60 }), FOOTER(2))];
    expect(layoutPdfText(pages).droppedLines).toEqual([
      'VĂN PHÒNG CHÍNH PHỦ — Thông báo số 101', '- 1 -', 'VĂN PHÒNG CHÍNH PHỦ — Thông báo số 102', '- 2 -',
    ]);
  });
});
