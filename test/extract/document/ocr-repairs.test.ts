// Task words a damaged copy wrote without (or with the wrong) vowel marks are read as the words
// they are, in the tokens' lower-case form; the text itself and its offsets stay as found.
import { tokenize } from '../../../src/extract/document/tokens';
import { extract } from '../../../src/extract/pipeline';

const lowers = (text: string) => tokenize(text).filter((t) => t.word).map((t) => t.l);

describe('two-syllable task words repaired in a damaged copy', () => {
  test.each<[string, string[]]>([
    ['Khan trương rà soát', ['khẩn', 'trương', 'rà', 'soát']],
    ['Tiép tục bám sát', ['tiếp', 'tục', 'bám', 'sát']],
    ['day mạnh tuyên truyền', ['đẩy', 'mạnh', 'tuyên', 'truyền']],
    ['Kết hop với tuyên truyền', ['kết', 'hợp', 'với', 'tuyên', 'truyền']],
    // Words written with their marks are left as they are, and so are words of no such pair.
    ['khẩn trương rà soát', ['khẩn', 'trương', 'rà', 'soát']],
    ['khan hiếm nguồn nước', ['khan', 'hiếm', 'nguồn', 'nước']],
    // "cần" (must) that lost its mark, before a task word; "can" before another word is itself.
    ['các bộ can tập trung', ['các', 'bộ', 'cần', 'tập', 'trung']],
    ['không can thiệp', ['không', 'can', 'thiệp']],
    // "để" (so as to) that lost its mark before a task word; "đe" before another word is itself.
    ['Dé thúc day kết nối', ['để', 'thúc', 'đẩy', 'kết', 'nối']],
    ['đe dọa an ninh', ['đe', 'dọa', 'an', 'ninh']],
  ])('%s', (text, expected) => {
    expect(lowers(text)).toEqual(expected);
  });

  test('the text and offsets stay as written', () => {
    const [a, b] = tokenize('Khan trương');
    expect([a.text, a.start, a.end, b.text, b.start, b.end]).toEqual(['Khan', 0, 4, 'trương', 5, 11]);
  });

  test('a doer before a damaged modal is read up to it', () => {
    const r = extract({ text: 'Tổng cục trưởng giao các đơn vị:\n\n- Vụ Pháp chế khan trương nghiên cứu sửa đổi quy trình kiểm tra.', published: '2024-10-01' });
    expect(r.directives.map((d) => d.assignees.map((a) => a.name))).toEqual([['Vụ Pháp chế']]);
  });

  test('"Kết hợp …" after an instruction continues it, damaged or not', () => {
    const text = 'Sáng 1/10/2024, Tổng cục Thuế tổ chức hội nghị trực tuyến với các Cục Thuế.\nTổng cục trưởng Mai Xuân Thành yêu cầu Cục Thuế tỉnh Bình Dương rà soát hồ sơ hoàn thuế. Kết hop với việc day mạnh tuyên truyền pháp luật về thuế cho người nộp thuế.';
    const r = extract({ text, published: '2024-10-01' });
    expect(r.directives.map((d) => [d.text, d.assignees.map((a) => a.name)])).toEqual([
      ['Tổng cục trưởng Mai Xuân Thành yêu cầu Cục Thuế tỉnh Bình Dương rà soát hồ sơ hoàn thuế', ['Cục Thuế tỉnh Bình Dương']],
      ['Kết hop với việc day mạnh tuyên truyền pháp luật về thuế cho người nộp thuế', ['Cục Thuế tỉnh Bình Dương']],
    ]);
  });
});
