// Drops what reads like a date but is not a time in Vietnamese administrative text. Each trap
// is data with an id and the reason it exists; a result caught by any trap is dropped.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants';
import { hasDateCueBefore, hasStartCueBefore } from '../text-context';

// "số 10/10" | "12/5/…" right before, or "/NQ-CP" right after: part of a document number.
const DOCUMENT_NUMBER_BEFORE = /(?:(?<![\p{L}\p{N}])số\s*|[\p{N}\p{L}]\s*\/\s*)$/iu;
const DOCUMENT_NUMBER_AFTER = /^\s*[/-]\s*[\p{L}\p{N}]/u;
// "422/QĐ-TTg, ngày " | "15/2021/NĐ-CP ngày " right before: the date of a document (also as a
// scan writes it: "889/CD- -TTg\nngày", "56/CD-TTg ngay").
const DOCUMENT_DATE_BEFORE = /\d+(?:\/\d{4})?\/[\p{Lu}][\p{L}\d&-]*(?:\s+-+[\p{Lu}][\p{L}\d&-]*)?\s*,?\s*(?:ng[àa]y\s*)?$/u;
// "trước …" | "đến …" | "trong …" | "chậm nhất …" opening the phrase: a deadline cue, so the date
// is when something is due even right after a document number ("Nghị quyết số 01/NQ-CP trước Tết").
const DEADLINE_CUE_START = /^(?:trước|đến|tới|trong|chậm\s+nhất|muộn\s+nhất|hạn)(?![\p{L}\p{N}])/iu;
// "tầm nhìn đến " | "định hướng đến " right before: the horizon in a plan's title.
const HORIZON_BEFORE = /(?<![\p{L}\p{N}])(?:tầm\s+nhìn|định\s+hướng)\s+(?:đến|tới)?\s*$/iu;
// " số tỉnh" | " dân số" | " vòng" … right after a fraction: it counts something.
const COUNTED_NOUN_AFTER = new RegExp(
  `^\\s+(?:${[
    'số', 'tổng', 'dân', 'diện', 'xã', 'tỉnh', 'huyện', 'phường', 'đơn vị', 'cơ quan', 'người', 'hộ', 'doanh nghiệp',
    'bộ', 'ngành', 'địa phương', 'quốc gia', 'nước', 'chỉ tiêu', 'dịch vụ', 'thủ tục', 'hồ sơ', 'dự án', 'công trình',
    'vòng', 'lần', 'phần', 'trường hợp', 'nhiệm vụ', 'mục tiêu', 'thành viên', 'ý kiến', 'phiếu', 'đại biểu',
  ].join('|').replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`,
  'iu',
);
// "ngày " | "sáng " | "chiều " … right before: the number certainly opens a day.
const DAY_OPENING = /(?<![\p{L}\p{N}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s*$/iu;

// "… trong cuối năm 2025 và đầu năm 2026": two periods joined by "và" span a time, no deadline.
const PERIOD = '(?:(?:đầu|cuối|giữa)\\s+)?(?:năm|tháng|quý)\\s+[\\dIVX]';
// ("trong tháng 3/2016 và những tháng tiếp theo": the month and the ones after it, a time.)
const SPAN_AFTER = new RegExp(`^\\s+và\\s+(?:${PERIOD}|(?:những|các)\\s+(?:tháng|năm|quý)\\s+(?:tiếp\\s+theo|tới|sau|còn\\s+lại))`, 'iu');
const SPAN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:năm|tháng|quý)\\s+[\\dIVX/]+\\s+và\\s+(?:(?:đầu|cuối|giữa)\\s+)?$`, 'iu');

// "… chỉ tiêu trong năm 2022, 2023, 2024": years listed one after another name the years a plan
// covers, not a due date.
const YEAR_LIST_AFTER = /^\s*(?:,|và|-|–)\s*(?:năm\s+)?(?:19|20)\d{2}(?!\d)/iu;

interface Trap {
  id: string;
  why: string;
  /** Traps that apply to chrono's own parsers only; ours check their context themselves. */
  chronoOnly: boolean;
  catches(text: string, result: ParsingResult): boolean;
}

const before = (text: string, r: ParsingResult, n: number): string => text.slice(Math.max(0, r.index - n), r.index);
const after = (text: string, r: ParsingResult, n: number): string => text.slice(r.index + r.text.length, r.index + r.text.length + n);
const yearWritten = (r: ParsingResult): boolean => r.start.isCertain('year');
const opensWithNgay = (r: ParsingResult): boolean => /^ngày/iu.test(r.text);

const TRAPS: readonly Trap[] = [
  {
    id: 'start-date', chronoOnly: false, why: '"sau ngày 30/6", "có hiệu lực từ ngày 1/7/2025" start something (a range "từ … đến …" is kept)',
    catches: (text, r) => !r.end && hasStartCueBefore(text, r.index),
  },
  {
    id: 'document-date', chronoOnly: false, why: '"Quyết định số 422/QĐ-TTg, ngày 4/4/2022" says which document, not when a task is due',
    catches: (text, r) => DOCUMENT_DATE_BEFORE.test(before(text, r, 40)) && !DEADLINE_CUE_START.test(r.text),
  },
  {
    id: 'period-span', chronoOnly: false, why: '"trong cuối năm 2025 và đầu năm 2026" spans two periods: a time, not a due date',
    catches: (text, r) => SPAN_AFTER.test(after(text, r, 32)) || SPAN_BEFORE.test(before(text, r, 32)),
  },
  {
    id: 'year-list', chronoOnly: false, why: '"trong năm 2022, 2023, 2024" lists the years a plan covers: no due date',
    catches: (text, r) => /(?:19|20)\d{2}$/u.test(r.text) && YEAR_LIST_AFTER.test(after(text, r, 12)),
  },
  {
    id: 'plan-horizon', chronoOnly: false, why: '"…, tầm nhìn đến năm 2030" is part of a plan\'s title',
    catches: (text, r) => HORIZON_BEFORE.test(before(text, r, 24)),
  },
  {
    id: 'no-calendar-date', chronoOnly: true, why: 'times of day and weekdays alone carry no date',
    catches: (_text, r) => !(r.start.isCertain('day') || r.start.isCertain('month') || r.start.isCertain('year')),
  },
  {
    id: 'document-number', chronoOnly: true, why: '"Công văn số 10/10", "15/3/CT-TTg" are document numbers',
    catches: (text, r) => DOCUMENT_NUMBER_BEFORE.test(before(text, r, 12)) || DOCUMENT_NUMBER_AFTER.test(after(text, r, 4)),
  },
  {
    id: 'bare-fraction', chronoOnly: true, why: '"đạt 5/5 chỉ tiêu", "đứng thứ 6/11 nước": without a year, D/M is a date only after a word that introduces one',
    catches: (text, r) => !yearWritten(r) && !opensWithNgay(r) && !hasDateCueBefore(text, r.index),
  },
  {
    id: 'counting-fraction', chronoOnly: true, why: '"trong 2/3 số tỉnh", "là 1/2 dân số": a fraction followed by what it counts',
    catches: (text, r) => !yearWritten(r) && !opensWithNgay(r) && !DAY_OPENING.test(before(text, r, 8)) && COUNTED_NOUN_AFTER.test(after(text, r, 24)),
  },
];

function isOurs(result: ParsingResult): boolean {
  for (const tag of result.tags()) if (tag.startsWith(TAG.precision)) return true;
  return false;
}

export class VNTrapFilterRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      // (Whose result it is matters only to the traps set for chrono's: asked once, at the first.)
      let ours: boolean | undefined;
      return !TRAPS.some((trap) => (!trap.chronoOnly || !(ours ??= isOurs(result))) && trap.catches(context.text, result));
    });
  }
}
