// Whole reports of other kinds than the seeds (test/extract/fixtures, written for these tests):
// a VPCP conclusion with numbered tasks, a provincial meeting, a regular Government session and
// a steering-committee meeting. Expected: meeting, officials and every directive's parties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/pipeline';

function read(name: string, published: string) {
  const r = extract({ text: readFileSync(join(__dirname, 'fixtures', name), 'utf8'), published });
  return {
    date: r.meeting.date,
    chairs: r.meeting.chairs.map((c) => `${c.name}/${c.role}`),
    officials: r.officials.map((o) => o.name),
    directives: r.directives.map((d) => ({
      a: d.assignees.map((x) => x.name), c: d.coordinators.map((x) => x.name), d: d.deadline?.date ?? null, by: d.assigner?.name ?? null,
    })),
  };
}

test('VPCP conclusion: numbered tasks after "kết luận như sau:", the Deputy PM as assigner', () => {
  const r = read('vpcp-conclusion.txt', '2025-03-16');
  expect([r.date, r.chairs, r.officials]).toEqual(['2025-03-15', ['Trần Hồng Hà/MAIN'], ['Trần Hồng Hà']]);
  const by = 'Trần Hồng Hà';
  expect(r.directives).toEqual([
    { a: ['Bộ Xây dựng'], c: ['Các bộ, ngành'], d: '2025-04-30', by },
    { a: ['Bộ Tài chính'], c: ['Bộ Xây dựng'], d: '2025-06-30', by },
    { a: ['Các địa phương'], c: [], d: null, by },
    { a: ['Các địa phương'], c: [], d: '2026-12-31', by },
    { a: ['Văn phòng Chính phủ'], c: [], d: null, by },
  ]);
});

test('provincial meeting: departments named by pattern, the chairman as assigner, byline ignored', () => {
  const r = read('provincial-meeting.txt', '2024-10-08');
  expect([r.date, r.chairs, r.officials]).toEqual(['2024-10-08', ['Nguyễn Văn Thi/MAIN'], ['Nguyễn Văn Thi']]);
  const by = 'Nguyễn Văn Thi';
  expect(r.directives).toEqual([
    // FORMAT.md: provincial departments as a group and each provincial body carry the
    // province the text names ("UBND tỉnh Bắc Giang"); the district committees are their level.
    { a: ['Các sở, ngành tỉnh Bắc Giang', 'Các địa phương'], c: [], d: '2024-12-31', by },
    { a: ['Sở Kế hoạch và Đầu tư tỉnh Bắc Giang'], c: ['Sở Tài chính tỉnh Bắc Giang'], d: null, by },
    { a: ['Ủy ban nhân dân các huyện, thành phố tỉnh Bắc Giang'], c: [], d: null, by },
    { a: [], c: [], d: null, by },
  ]);
});

test('regular Government session: tasks agency by agency (each ";" task of a named agency apart), plural titles, a Deputy PM given a task', () => {
  const r = read('government-session.txt', '2023-09-02');
  expect([r.date, r.chairs]).toEqual(['2023-09-02', ['Phạm Minh Chính/MAIN']]);
  expect(r.officials).toEqual(['Phạm Minh Chính', 'Trần Hồng Hà', 'Lê Minh Khái', 'Trần Lưu Quang']);
  const by = 'Phạm Minh Chính';
  expect(r.directives).toEqual([
    { a: ['Các bộ, ngành', 'Các địa phương'], c: [], d: null, by },
    { a: ['Ngân hàng Nhà nước Việt Nam'], c: [], d: null, by },
    { a: ['Ngân hàng Nhà nước Việt Nam'], c: [], d: null, by },
    { a: ['Bộ Tài chính'], c: [], d: '2023-12-31', by },
    { a: ['Bộ Công Thương', 'Bộ Giao thông vận tải'], c: [], d: null, by },
    { a: ['Lê Minh Khái'], c: [], d: null, by },
  ]);
});

test('steering committee: chair after a long title, province lists, two ministries as leads', () => {
  const r = read('steering-committee.txt', '2025-02-18');
  expect([r.date, r.chairs]).toEqual(['2025-02-18', ['Phạm Minh Chính/MAIN']]);
  expect(r.officials).toEqual(['Phạm Minh Chính', 'Trần Hồng Hà', 'Nguyễn Văn Thắng']);
  const by = 'Phạm Minh Chính';
  expect(r.directives).toEqual([
    { a: ['Các bộ, ngành', 'Các địa phương'], c: [], d: '2025-12-31', by },
    { a: ['Bộ Giao thông vận tải'], c: ['Các địa phương'], d: '2025-04-30', by },
    { a: ['Hà Nội', 'Đồng Nai', 'Bình Dương'], c: [], d: '2025-06-30', by },
    { a: ['Bộ Tài nguyên và Môi trường'], c: [], d: null, by },
    { a: ['Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư'], c: [], d: null, by },
    // "Thủ tướng lưu ý, không để xảy ra tiêu cực …": a task after the emphasis, continuing the
    // instruction before it (FORMAT.md: continuations inherit until a new doer or heading).
    { a: ['Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư'], c: [], d: null, by },
  ]);
});

test('dispatch (Công điện): the signer instructs; provinces after "Chủ tịch UBND các tỉnh, thành phố:"; recurring time is no deadline', () => {
  const r = read('dispatch.txt', '2024-09-05');
  const by = 'Phạm Minh Chính';
  expect(r.officials).toEqual(['Phạm Minh Chính']);
  expect(r.directives).toEqual([
    // The chairs stand for their people's committees, one for each province listed (FORMAT.md,
    // provincial agencies: the province alone only where the province itself is the doer).
    { a: ['Ủy ban nhân dân tỉnh Quảng Ninh', 'Ủy ban nhân dân thành phố Hải Phòng', 'Ủy ban nhân dân tỉnh Thái Bình', 'Ủy ban nhân dân tỉnh Nam Định'], c: [], d: null, by },
    { a: ['Bộ Quốc phòng', 'Bộ Công an'], c: [], d: null, by },
    { a: ['Bộ Nông nghiệp và Phát triển nông thôn'], c: [], d: null, by },
    { a: ['Bộ Công Thương'], c: [], d: null, by },
    { a: ['Văn phòng Chính phủ'], c: [], d: null, by },
    { a: ['Văn phòng Chính phủ'], c: [], d: null, by },
  ]);
});
