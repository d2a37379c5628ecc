import { agencyKey, findAgency, groupLabelsOf, successorOf } from '../../src/extract/lexicon/gazetteer';
import { GROUP_LOCALITIES, GROUP_MINISTRIES, TSV_GROUP_LABELS } from '../../src/extract/lexicon/groups';
import { AGENCY_ROWS } from '../../src/extract/lexicon/agencies.data';

describe('findAgency: every spelling of an agency finds its row', () => {
  test.each([
    ['Bộ Y tế', 'Bộ Y tế'],
    ['bo y te', 'Bộ Y tế'],
    ['MOH', 'Bộ Y tế'],
    ['Ministry of Health', 'Bộ Y tế'],
    ['BỘ Y TẾ', 'Bộ Y tế'],
    ['Bộ Y tế'.normalize('NFD'), 'Bộ Y tế'],
    ['Bộ LĐTB&XH', 'Bộ Lao động - Thương binh và Xã hội'],
    ['Bộ KH&ĐT', 'Bộ Kế hoạch và Đầu tư'],
    ['Bộ Văn hoá, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Uỷ ban Dân tộc', 'Ủy ban Dân tộc'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh'],
    ['VPCP', 'Văn phòng Chính phủ'],
  ])('%s → %s', (input, name) => {
    expect(findAgency(input)?.name).toBe(name);
  });

  test('unknown names find nothing', () => {
    expect(findAgency('Bộ Phép thuật')).toBeUndefined();
    expect(findAgency('')).toBeUndefined();
  });

  test('agencyKey is the folded canonical name', () => {
    expect(agencyKey(findAgency('MOH')!)).toBe('bo y te');
  });

  test('successors of the 1 March 2025 mergers', () => {
    expect(successorOf(findAgency('Bộ Thông tin và Truyền thông')!)?.name).toBe('Bộ Khoa học và Công nghệ');
    expect(successorOf(findAgency('Bộ KH&ĐT')!)?.name).toBe('Bộ Tài chính');
    expect(successorOf(findAgency('Bộ Y tế')!)).toBeUndefined();
  });
});

describe('group rows map onto the two scorer labels', () => {
  test('every group row of the reference has a mapping', () => {
    for (const row of AGENCY_ROWS.filter((r) => r.kind === 'group')) {
      expect(Object.keys(TSV_GROUP_LABELS)).toContain(row.name);
    }
  });
  test.each([
    ['các bộ, ngành, địa phương', [GROUP_MINISTRIES, GROUP_LOCALITIES]],
    ['các Bộ, ngành', [GROUP_MINISTRIES]],
    ['UBND các tỉnh, thành phố', [GROUP_LOCALITIES]],
    ['các cơ quan liên quan', []],
  ])('%s', (phrase, labels) => {
    expect(groupLabelsOf(findAgency(phrase)!)).toEqual(labels);
  });
  test('non-groups have no labels', () => {
    expect(groupLabelsOf(findAgency('Bộ Y tế')!)).toBeUndefined();
  });
});
