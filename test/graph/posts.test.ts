// Posts read from titles: a position, then an agency the gazetteer knows by any spelling.
import { buildGazetteer } from '../../src/graph/gazetteer';
import { postOfTitle } from '../../src/graph/posts';

const gazetteer = buildGazetteer();

test.each([
  ['Bộ trưởng Bộ Công an', 'Bộ Công an'],
  ['Bộ trưởng Công an', 'Bộ Công an'],
  ['Thứ trưởng Bộ Y tế', 'Bộ Y tế'],
  ['Bộ trưởng Bộ LĐTB&XH', 'Bộ Lao động - Thương binh và Xã hội'],
  ['Chủ tịch Ủy ban Quốc gia về chuyển đổi số', 'Ủy ban Quốc gia về chuyển đổi số'],
  ['Chủ nhiệm Văn phòng Chính phủ', 'Văn phòng Chính phủ'],
  // Ranks every leader shares, and titles that name no known body, give no post.
  ['Ủy viên Bộ Chính trị', null],
  ['Phó Thủ tướng Chính phủ', null],
  ['Đại tướng', null],
  ['Tổ trưởng Tổ công tác triển khai Đề án 06', null],
  ['Bộ trưởng', null],
])('%s → %s', (title, agency) => {
  expect(postOfTitle(title, gazetteer)?.row.name ?? null).toBe(agency);
});
