// readOfficialLayout on notices written for this test in the administrative layout, as they
// come out of a PDF, out of a Word table copied as text ("A | B |"), and in capitals; a news
// report has none of it.
import { hasOfficialLayout, readOfficialLayout } from '../../../src/extract/document/official-layout';
import { extract } from '../../../src/extract/pipeline';

const NOTICE = `VĂN PHÒNG CHÍNH PHỦ
-------
Số: 114/TB-VPCP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 15 tháng 4 năm 2022
THÔNG BÁO
Kết luận của Phó Thủ tướng Lê Văn Thành tại cuộc họp về phát triển thủy lợi vùng đồng bằng
-----
Ngày 8 tháng 4 năm 2022, tại trụ sở Chính phủ, Phó Thủ tướng Lê Văn Thành chủ trì cuộc họp về phát triển thủy lợi.
Phó Thủ tướng giao Bộ Nông nghiệp và Phát triển nông thôn hoàn thiện đề án trong quý III năm 2022.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
Nơi nhận:
- Thủ tướng, các PTTg;
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, NN (2).
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
(Đã ký)
Nguyễn Cao Lục`;

const TABLE_COPY = `| **CHÍNH PHỦ**
**VĂN PHÒNG CHÍNH PHỦ** | **CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc |
| Số: 256 /TB-VPCP | *TP. Hồ Chí Minh, ngày 3
tháng 5 năm 2025* |

**THÔNG BÁO**

**KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN HỒNG HÀ TẠI CUỘC HỌP VỀ THỊ TRƯỜNG BẤT ĐỘNG SẢN**

Ngày 28 tháng 4 năm 2025, Phó Thủ tướng Trần Hồng Hà đã chủ trì cuộc họp.
Bộ Xây dựng chủ trì hoàn thiện dự thảo Nghị định trong tháng 6 năm 2025.
| Nơi nhận:
- Như trên;
- Lưu: VT, CN. | KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Hồng Hà |`;

describe('readOfficialLayout', () => {
  test('a notice as a PDF gives it: every part of the layout', () => {
    expect(readOfficialLayout(NOTICE)).toEqual({
      number: '114/TB-VPCP',
      issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
      place: 'Hà Nội',
      date: '2022-04-15',
      documentType: 'THÔNG BÁO',
      title: 'Kết luận của Phó Thủ tướng Lê Văn Thành tại cuộc họp về phát triển thủy lợi vùng đồng bằng',
      meetingTitle: 'cuộc họp về phát triển thủy lợi vùng đồng bằng',
      chair: { name: 'Lê Văn Thành', titles: ['Phó Thủ tướng'] },
      recipients: ['Thủ tướng, các PTTg', 'Bộ Nông nghiệp và PTNT', 'Lưu: VT, NN (2)'],
      signer: { authority: 'KT.', onBehalfOf: 'BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM', name: 'Nguyễn Cao Lục' },
      spans: {
        header: { start: 0, end: NOTICE.indexOf('\n-----\nNgày') },
        recipients: { start: NOTICE.indexOf('Nơi nhận'), end: NOTICE.indexOf('\nKT.') },
        signature: { start: NOTICE.indexOf('KT.'), end: NOTICE.length },
      },
    });
  });

  test('the spans hold the header, the recipients and the signature, and no directive', () => {
    const { spans } = readOfficialLayout(NOTICE);
    const outside = [spans.header, spans.recipients, spans.signature].map((s) => NOTICE.slice(s!.start, s!.end)).join('\n');
    expect(outside).not.toContain('giao Bộ Nông nghiệp');
    expect(outside).toContain('Số: 114/TB-VPCP');
    expect(outside).toContain('Nguyễn Cao Lục');
  });

  test('a Word table copied as text, with wrapped cells and a title in capitals', () => {
    expect(readOfficialLayout(TABLE_COPY)).toMatchObject({
      number: '256/TB-VPCP',
      issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
      place: 'TP. Hồ Chí Minh',
      date: '2025-05-03',
      documentType: 'THÔNG BÁO',
      title: 'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TRẦN HỒNG HÀ TẠI CUỘC HỌP VỀ THỊ TRƯỜNG BẤT ĐỘNG SẢN',
      chair: { name: 'Trần Hồng Hà', titles: ['Phó Thủ Tướng'] },
      recipients: ['Như trên', 'Lưu: VT, CN'],
      signer: { authority: 'KT.', onBehalfOf: 'THỦ TƯỚNG', title: 'PHÓ THỦ TƯỚNG', name: 'Trần Hồng Hà' },
    });
  });

  test.each<[string, string, object]>([
    ['a number with a year', 'CHÍNH PHỦ\nSố: 15/2024/NĐ-CP\nHà Nội, ngày 31 tháng 1 năm 2024\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Đất đai\nCăn cứ Luật Tổ chức Chính phủ;', { number: '15/2024/NĐ-CP', documentType: 'NGHỊ ĐỊNH', title: 'Quy định chi tiết một số điều của Luật Đất đai', issuingBody: 'CHÍNH PHỦ' }],
    ['a telegram whose body opens with "… điện:"', 'THỦ TƯỚNG CHÍNH\nPHỦ\n-------\nSố: 21/CĐ-TTg\nHà Nội, ngày 16\ntháng 11 năm 2025\nCÔNG ĐIỆN\n\nV/V CHỦ ĐỘNG ỨNG PHÓ MƯA LŨ\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:', { issuingBody: 'THỦ TƯỚNG CHÍNH PHỦ', date: '2025-11-16', documentType: 'CÔNG ĐIỆN', title: 'V/V CHỦ ĐỘNG ỨNG PHÓ MƯA LŨ' }],
    ['the two header columns side by side on each line (a PDF without the table): the body under its parent ministry', 'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\nSố: 4046 /TCT-TTKT Hà Nội, ngày 12 tháng 3 năm 2020\nV/v triển khai công tác thanh tra thuế', { number: '4046/TCT-TTKT', issuingBody: 'TỔNG CỤC THUẾ', place: 'Hà Nội', date: '2020-03-12' }],
    ['an impossible date is not a date', 'BỘ Y TẾ\nSố: 7/BYT-KH\nHà Nội, ngày 31 tháng 2 năm 2024\nCÔNG VĂN', { number: '7/BYT-KH', date: null, place: 'Hà Nội' }],
    ['a signer in their own name', 'Nội dung.\nNơi nhận:\n- Các bộ;\n- Lưu: VT.\nBỘ TRƯỞNG\nĐào Hồng Lan', { signer: { authority: null, onBehalfOf: null, title: 'BỘ TRƯỞNG', name: 'Đào Hồng Lan' } }],
  ])('%s', (_name, text, expected) => {
    expect(readOfficialLayout(text)).toMatchObject(expected);
  });

  test('a place and date below the body close the text: the body is no header', () => {
    const text = 'Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương thực hiện các nội dung sau:\n1. Bộ Công an sẵn sàng lực lượng, phương tiện hỗ trợ người dân.\nHà Nội, ngày 5 tháng 9 năm 2024';
    const layout = readOfficialLayout(text);
    expect(layout).toMatchObject({ place: 'Hà Nội', date: '2024-09-05', spans: { header: null } });
    expect(extract({ text }).directives.map((d) => d.assignees.map((a) => a.name))).toEqual([['Bộ Công an']]);
  });

  test('a news report has no official layout', () => {
    const news = 'Thủ tướng chủ trì phiên họp về chuyển đổi số\nChiều 6/2, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì phiên họp.\nThủ tướng giao Bộ Y tế hoàn thành bệnh án điện tử trong tháng 9.';
    const layout = readOfficialLayout(news);
    expect(hasOfficialLayout(layout)).toBe(false);
    expect(layout).toMatchObject({ number: null, date: null, recipients: [], signer: null, spans: { header: null, recipients: null, signature: null } });
  });
});
