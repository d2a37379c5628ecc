// The national rows of the gazetteer beyond ministries and provinces: departments of the
// ministries, National Assembly committees, courts and mass organisations, state groups and
// associations. Each spelling a report uses must find the canonical name FORMAT.md asks for,
// and the 2021–2025 renames and mergers must lead to the body that took over.
import { findAgency, successorOf } from '../../src/extract/lexicon/gazetteer';
import { findAgencyHits } from '../../src/extract/rules/agency-matcher';
import { tokenize } from '../../src/extract/document/tokens';

// Spelling in a report → canonical name.
const DEPARTMENTS: [string, string][] = [
  ['Tổng cục Thuế', 'Tổng cục Thuế'],
  // The army's commands a storm dispatch names.
  ['BTL Bộ đội Biên phòng', 'Bộ Tư lệnh Bộ đội Biên phòng'],
  ['Quân khu 4', 'Bộ Tư lệnh Quân khu 4'],
  ['Quân chủng PK-KQ', 'Quân chủng Phòng không - Không quân'],
  ['General Department of Taxation', 'Tổng cục Thuế'],
  ['TCHQ', 'Tổng cục Hải quan'],
  ['TCTK', 'Tổng cục Thống kê'],
  ['Tổng cục QLTT', 'Tổng cục Quản lý thị trường'],
  ['KBNN', 'Kho bạc Nhà nước'],
  ['UBCKNN', 'Ủy ban Chứng khoán Nhà nước'],
  ['Uỷ ban Chứng khoán Nhà nước', 'Ủy ban Chứng khoán Nhà nước'],
  ['Cục Hàng không Việt Nam', 'Cục Hàng không Việt Nam'],
  ['CAAV', 'Cục Hàng không Việt Nam'],
  ['Tổng cục Phòng, chống thiên tai', 'Tổng cục Phòng chống thiên tai'],
  ['Tổng cục Thuỷ sản', 'Tổng cục Thủy sản'],
  ['Cục BVTV', 'Cục Bảo vệ thực vật'],
  ['Cục ATTP', 'Cục An toàn thực phẩm'],
  ['Cục Quản lý Khám chữa bệnh', 'Cục Quản lý Khám, chữa bệnh'],
  ['Cục CSGT', 'Cục Cảnh sát giao thông'],
  ['C06', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội'],
  ['Cục Điều tiết điện lực', 'Cục Điều tiết điện lực'],
  ['Tổng cục Du lịch Việt Nam', 'Tổng cục Du lịch'],
  ['Cục GDNN-GDTX', 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên'],
];

const NATIONAL_BODIES: [string, string][] = [
  ['Ủy ban Pháp luật của Quốc hội', 'Ủy ban Pháp luật của Quốc hội'],
  ['Ủy ban Tài chính, Ngân sách', 'Ủy ban Tài chính, Ngân sách của Quốc hội'],
  ['Uỷ ban Kinh tế Quốc hội', 'Ủy ban Kinh tế của Quốc hội'],
  ['Ủy ban Quốc phòng - An ninh', 'Ủy ban Quốc phòng và An ninh của Quốc hội'],
  ['Hội đồng Dân tộc', 'Hội đồng Dân tộc của Quốc hội'],
  ['Ủy ban Kinh tế và Tài chính', 'Ủy ban Kinh tế và Tài chính của Quốc hội'],
  ['Tổng Thư ký Quốc hội', 'Tổng Thư ký Quốc hội'],
  ['Ban Chỉ đạo 389 quốc gia', 'Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả'],
  ['KTNN', 'Kiểm toán Nhà nước'],
  ['Toà án nhân dân tối cao', 'Tòa án nhân dân tối cao'],
  ['VKSND tối cao', 'Viện kiểm sát nhân dân tối cao'],
  ['UBTƯ MTTQ Việt Nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
  ['Tổng LĐLĐ Việt Nam', 'Tổng Liên đoàn Lao động Việt Nam'],
  ['Trung ương Đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
  ['Hội LHPN Việt Nam', 'Hội Liên hiệp Phụ nữ Việt Nam'],
  ['VCCI', 'Phòng Thương mại và Công nghiệp Việt Nam'],
  ['TTXVN', 'Thông tấn xã Việt Nam'],
  ['VTV', 'Đài Truyền hình Việt Nam'],
  ['Đài TNVN', 'Đài Tiếng nói Việt Nam'],
  ['Viện Hàn lâm KHXH Việt Nam', 'Viện Hàn lâm Khoa học xã hội Việt Nam'],
  ['Ban Tuyên giáo TW', 'Ban Tuyên giáo Trung ương'],
];

const ENTERPRISES_AND_ASSOCIATIONS: [string, string][] = [
  ['EVN', 'Tập đoàn Điện lực Việt Nam'],
  ['TKV', 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam'],
  ['Vinacomin', 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam'],
  ['VNPT', 'Tập đoàn Bưu chính Viễn thông Việt Nam'],
  ['Viettel', 'Tập đoàn Công nghiệp - Viễn thông Quân đội'],
  ['Vietnam Airlines', 'Tổng công ty Hàng không Việt Nam'],
  ['ACV', 'Tổng công ty Cảng hàng không Việt Nam'],
  ['VNR', 'Tổng công ty Đường sắt Việt Nam'],
  ['VEC', 'Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam'],
  ['Vinachem', 'Tập đoàn Hóa chất Việt Nam'],
  ['Vinatex', 'Tập đoàn Dệt may Việt Nam'],
  ['NHCSXH', 'Ngân hàng Chính sách xã hội'],
  ['VITAS', 'Hiệp hội Dệt may Việt Nam'],
  ['VASEP', 'Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam'],
  ['VFA', 'Hiệp hội Lương thực Việt Nam'],
  ['Vinasme', 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam'],
  ['VAFIE', 'Hiệp hội Doanh nghiệp đầu tư nước ngoài'],
];

describe.each([
  ['departments of the ministries', DEPARTMENTS],
  ['the National Assembly, courts, mass organisations and the media', NATIONAL_BODIES],
  ['state groups, corporations and associations', ENTERPRISES_AND_ASSOCIATIONS],
])('%s', (_, table) => {
  test.each(table)('%s → %s', (spelling, name) => {
    expect(findAgency(spelling)?.name).toBe(name);
  });
});

describe('a renamed group', () => {
  test('PVN is the oil and gas group before its rename of 9 April 2025 and the energy group after', () => {
    expect(findAgency('PVN', '2024-08-23')?.name).toBe('Tập đoàn Dầu khí Việt Nam');
    expect(findAgency('Petrovietnam', '2025-06-01')?.name).toBe('Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam');
  });
});

describe('renames and mergers lead to the body that took over', () => {
  test.each([
    ['Tổng cục Thuế', 'Cục Thuế', '2025-02-28'],
    ['Tổng cục Hải quan', 'Cục Hải quan', '2025-02-28'],
    ['Tổng cục Thống kê', 'Cục Thống kê', '2025-02-28'],
    ['Tổng cục Quản lý thị trường', 'Cục Quản lý và Phát triển thị trường trong nước', '2025-02-28'],
    ['Cục Kiểm lâm', 'Cục Lâm nghiệp và Kiểm lâm', '2025-02-28'],
    ['Cục Thú y', 'Cục Chăn nuôi và Thú y', '2025-02-28'],
    ['Cục Bảo vệ thực vật', 'Cục Trồng trọt và Bảo vệ thực vật', '2025-02-28'],
    ['Cục Y tế dự phòng', 'Cục Phòng bệnh', '2025-02-28'],
    ['Tổng cục Du lịch', 'Cục Du lịch Quốc gia Việt Nam', '2023'],
    ['Ủy ban Pháp luật của Quốc hội', 'Ủy ban Pháp luật và Tư pháp của Quốc hội', '2025-02'],
    ['Ủy ban Tài chính, Ngân sách của Quốc hội', 'Ủy ban Kinh tế và Tài chính của Quốc hội', '2025-02'],
    ['Ủy ban Đối ngoại của Quốc hội', 'Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội', '2025-02'],
    ['Ủy ban Xã hội của Quốc hội', 'Ủy ban Văn hóa và Xã hội của Quốc hội', '2025-02'],
    ['Tập đoàn Dầu khí Việt Nam', 'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam', '2025-04-08'],
    ['Ủy ban Quốc gia ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn', 'Ban Chỉ đạo phòng thủ dân sự quốc gia', '2025-07'],
  ])('%s → %s (last day %s)', (name, successor, validTo) => {
    const row = findAgency(name)!;
    expect({ successor: successorOf(row)?.name, validTo: row.validTo }).toEqual({ successor, validTo });
  });

  test('bodies the reorganisation left alone have no successor', () => {
    for (const name of ['Kho bạc Nhà nước', 'Kiểm toán Nhà nước', 'Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội', 'Tập đoàn Điện lực Việt Nam']) {
      expect(successorOf(findAgency(name)!)).toBeUndefined();
    }
  });
});

describe('in running text, abbreviations match as tokens and the longest name wins', () => {
  const names = (text: string, asOf?: string) =>
    findAgencyHits(tokenize(text), { asOf }).map((h) => h.row?.name ?? h.labels);
  test.each([
    ['Trong tháng này, EVN, TKV và PVN phải ký xong hợp đồng.', '2024-05-01',
      ['Tập đoàn Điện lực Việt Nam', 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', 'Tập đoàn Dầu khí Việt Nam']],
    ['Giao Ủy ban Kinh tế và Tài chính chủ trì thẩm tra.', '2025-05-01', ['Ủy ban Kinh tế và Tài chính của Quốc hội']],
    ['Ủy ban Kinh tế phối hợp với Ủy ban Pháp luật.', '2024-05-01', ['Ủy ban Kinh tế của Quốc hội', 'Ủy ban Pháp luật của Quốc hội']],
    ['Ban Chấp hành Trung ương Đoàn phát động phong trào.', undefined, ['Đoàn Thanh niên Cộng sản Hồ Chí Minh']],
    // Provincial branches are not the national body.
    ['Hội Nông dân tỉnh Nghệ An và Tòa án nhân dân tỉnh Nghệ An', undefined, ['Nghệ An', 'Nghệ An']],
    // Abbreviations need their exact case: "vec" or "evn" in running text is nobody.
    ['số liệu evn và vec chưa đầy đủ', undefined, []],
    // "CP" is "cổ phần" in company names and a suffix of document numbers, not the Government.
    ['Công ty CP Becamex thực hiện Nghị định số 15/2024/NĐ-CP.', undefined, []],
  ])('%s', (text, asOf, expected) => {
    expect(names(text, asOf)).toEqual(expected);
  });
});
