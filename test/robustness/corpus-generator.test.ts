// The generated corpus is the ground truth the benchmarks and robustness tests stand on: it must
// be deterministic, exact in its counts, and every gold fact must be readable from the text.
import { generateCorpus } from '../../scripts/corpus/corpus';
import { assignableAgencies } from '../../scripts/corpus/agencies';
import { TET_FIRST_DAY, addDays, lastDayOfMonth } from '../../scripts/corpus/calendar';
import { makeDeadline } from '../../scripts/corpus/deadlines';
import { Rng } from '../../scripts/corpus/rng';

const GROUP_LABELS = new Set(['Các bộ, ngành', 'Các địa phương']);

describe('generateCorpus', () => {
  const reports = [...generateCorpus({ directives: 1200, seed: 7 })];

  test('yields exactly the requested number of directives, 8–15 per report but the last', () => {
    expect(reports.reduce((n, r) => n + r.gold.directives.length, 0)).toBe(1200);
    for (const r of reports.slice(0, -1)) {
      expect(r.gold.directives.length).toBeGreaterThanOrEqual(8);
      expect(r.gold.directives.length).toBeLessThanOrEqual(15);
    }
  });

  test('is the same text for the same seed and different for another seed', () => {
    const again = [...generateCorpus({ directives: 1200, seed: 7 })];
    expect(again.map((r) => r.text)).toEqual(reports.map((r) => r.text));
    const other = [...generateCorpus({ directives: 1200, seed: 8 })];
    expect(other[0].text).not.toEqual(reports[0].text);
  });

  test('every gold evidence is an exact substring of its report', () => {
    for (const r of reports) for (const d of r.gold.directives) expect(r.text).toContain(d.evidence);
  });

  test('assignees are ministries in office on the meeting date, the two group labels, or named deputy PMs', () => {
    for (const r of reports) {
      const inOffice = new Set(assignableAgencies(r.gold.meeting.date!).map((a) => a.name));
      for (const d of r.gold.directives) {
        for (const a of [...d.assignees, ...d.coordinators]) {
          const ok = inOffice.has(a) || GROUP_LABELS.has(a) || r.gold.officials.includes(a);
          if (!ok) throw new Error(`${r.id}: "${a}" is not a valid party on ${r.gold.meeting.date}`);
        }
      }
    }
  });

  test('merged ministries never appear after their merger (1 March 2025)', () => {
    const late = reports.filter((r) => r.gold.meeting.date! >= '2025-03-01');
    expect(late.length).toBeGreaterThan(0);
    for (const r of late) expect(r.text).not.toContain('Bộ Kế hoạch và Đầu tư');
  });

  test('deadlines fall after the meeting and the chair is the assigner and an official', () => {
    for (const r of reports) {
      expect(r.gold.officials).toContain(r.gold.meeting.chairs[0]);
      for (const d of r.gold.directives) {
        expect(d.assigner).toBe(r.gold.meeting.chairs[0]);
        if (d.deadline !== null) expect(d.deadline > r.gold.meeting.date!).toBe(true);
      }
    }
  });

  test('manifest entries name the report file and its publication date', () => {
    for (const r of reports) {
      expect(r.manifest).toMatchObject({ id: r.id, file: r.file, language: 'vi', published: r.gold.published });
      expect([r.gold.meeting.date, addDays(r.gold.meeting.date!, 1)]).toContain(r.manifest.published);
      // The year written nowhere in "Sáng 31/12" comes from the publication date: the same year.
      expect(r.manifest.published.slice(0, 4)).toBe(r.gold.meeting.date!.slice(0, 4));
    }
  });
});

describe('makeDeadline resolves phrases by the gold convention', () => {
  // Each phrase form, drawn many times from one stream, checked against an independent reading.
  const meeting = { year: 2024, month: 7, day: 19 };
  const rng = new Rng(1);
  const phrases = Array.from({ length: 400 }, () => makeDeadline(rng, meeting));

  test.each([
    [/^(?:trước ngày|chậm nhất ngày|hoàn thành trước ngày) (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/u, (m: RegExpMatchArray) =>
      `${m[3] ?? '2024'}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`],
    [/^(?:trong|hoàn thành trong) quý (I|II|III|IV)(?:\/| năm )(\d{4})$/u, (m: RegExpMatchArray) =>
      `${m[2]}-${{ I: '03-31', II: '06-30', III: '09-30', IV: '12-31' }[m[1]]}`],
    [/^(?:trong tháng|đến tháng|đến hết tháng) (\d{1,2})(?:\/(\d{4}))?$/u, (m: RegExpMatchArray) =>
      lastDayOfMonth(Number(m[2] ?? '2024'), Number(m[1]))],
    [/^trong 6 tháng đầu năm(?: (\d{4}))?$/u, (m: RegExpMatchArray) => `${m[1] ?? '2024'}-06-30`],
    [/^(?:trong năm|đến cuối năm|đến hết năm) (\d{4})$/u, (m: RegExpMatchArray) => `${m[1]}-12-31`],
    [/^trong dịp Tết Nguyên đán (\d{4})$/u, (m: RegExpMatchArray) => TET_FIRST_DAY[Number(m[1])]],
    [/^trước Tết Nguyên đán (\d{4})$/u, (m: RegExpMatchArray) => addDays(TET_FIRST_DAY[Number(m[1])], -1)],
  ])('%s', (pattern, expected) => {
    const matching = phrases.filter((p) => pattern.test(p.text));
    expect(matching.length).toBeGreaterThan(0);
    for (const p of matching) {
      expect(p.date).toBe(expected(p.text.match(pattern)!));
    }
  });

  test('vague phrases have no date, and every phrase is one of the forms above', () => {
    const vague = phrases.filter((p) => /thời gian/.test(p.text));
    expect(vague.length).toBeGreaterThan(0);
    for (const p of vague) expect(p.date).toBeNull();
    for (const p of phrases) expect(p.date === null || /^\d{4}-\d{2}-\d{2}$/.test(p.date)).toBe(true);
  });
});
