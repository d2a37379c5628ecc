import { rolesFromTitles } from '../../src/graph/roles';

describe('rolesFromTitles', () => {
  test.each([
    [['Thủ tướng'], ['PRIME_MINISTER']],
    [['Thủ tướng Chính phủ', 'Chủ tịch Ủy ban Quốc gia về chuyển đổi số'], ['PRIME_MINISTER']],
    [['THỦ TƯỚNG CHÍNH PHỦ'], ['PRIME_MINISTER']],
    [['Phó Thủ tướng Chính phủ'], ['DEPUTY_PRIME_MINISTER']],
    [['Phó Thủ tướng'], ['DEPUTY_PRIME_MINISTER']],
    [['Ủy viên Bộ Chính trị', 'Phó Thủ tướng Thường trực Chính phủ'], ['PERMANENT_DEPUTY_PRIME_MINISTER', 'DEPUTY_PRIME_MINISTER']],
    [['Phó Thủ tướng Thường trực'], ['PERMANENT_DEPUTY_PRIME_MINISTER', 'DEPUTY_PRIME_MINISTER']],
    [['Tổng Bí thư'], ['GENERAL_SECRETARY']],
    [['Chủ tịch nước'], ['PRESIDENT']],
    [['Chủ tịch Quốc hội'], ['NA_CHAIR']],
    [['Đại tướng', 'Bộ trưởng Công an'], ['MINISTER']],
    [['Bộ trưởng Bộ Y tế'], ['MINISTER']],
    [['Thứ trưởng Bộ Thông tin và Truyền thông'], ['DEPUTY_MINISTER']],
    [['Chủ tịch UBND tỉnh'], ['PROVINCIAL_CHAIR']],
    [['Phó Bí thư Thành ủy', 'Chủ tịch UBND TP.HCM'], ['PROVINCIAL_CHAIR']],
    [['Chủ tịch Ủy ban nhân dân tỉnh Điện Biên'], ['PROVINCIAL_CHAIR']],
    [['Phó Chủ tịch UBND tỉnh Quảng Ninh'], ['PROVINCIAL_VICE_CHAIR']],
    [['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy TP.HCM'], ['PARTY_SECRETARY']],
  ])('%j → %j', (titles, roles) => {
    expect(rolesFromTitles(titles)).toEqual(roles);
  });

  test.each([
    [[]],
    [['Chủ tịch Ủy ban Quốc gia về chuyển đổi số']],
    [['Phó Chủ tịch Thường trực Ủy ban']],
    [['Tổ trưởng Tổ công tác triển khai Đề án 06']],
    [['Phó Bí thư Thành ủy']],
    [['Ủy viên Trung ương Đảng']],
  ])('%j names no post questions ask about', (titles) => {
    expect(rolesFromTitles(titles)).toEqual([]);
  });
});
