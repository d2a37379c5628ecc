// Drops what chrono's own parsers read as dates but Vietnamese administrative text means
// otherwise: statistics ("đạt 5/5 chỉ tiêu", "đứng thứ 6/11 nước", "trong 2/3 số tỉnh"), document numbers
// ("Công văn số 10/10", "15/3/NQ-CP"), results that carry no calendar date at all, and dates
// that start something ("sau ngày 30/6", "từ ngày 1/7/2025"), and the horizon of a plan's title
// ("tầm nhìn đến năm 2030"), and the date of a document right after its number.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants';
import { hasDateCueBefore, hasStartCueBefore } from '../text-context';

const DOCUMENT_NUMBER_BEFORE = /(?:(?<![\p{L}\p{N}])số\s*|[\p{N}\p{L}]\s*\/\s*)$/iu;
const DOCUMENT_NUMBER_AFTER = /^\s*[/-]\s*[\p{L}\p{N}]/u;
// A fraction counts something: "trong 2/3 số tỉnh", "đến 3/4 số xã", "là 1/2 dân số", "qua 5/6 vòng".
const COUNTED_NOUN_AFTER = new RegExp(
  `^\\s+(?:${[
    'số', 'tổng', 'dân', 'diện', 'xã', 'tỉnh', 'huyện', 'phường', 'đơn vị', 'cơ quan', 'người', 'hộ', 'doanh nghiệp',
    'bộ', 'ngành', 'địa phương', 'quốc gia', 'nước', 'chỉ tiêu', 'dịch vụ', 'thủ tục', 'hồ sơ', 'dự án', 'công trình',
    'vòng', 'lần', 'phần', 'trường hợp', 'nhiệm vụ', 'mục tiêu', 'thành viên', 'ý kiến', 'phiếu', 'đại biểu',
  ].join('|').replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`,
  'iu',
);
// The date of a document, right after its number: "Quyết định số 422/QĐ-TTg, ngày 4/4/2022",
// "Nghị định 15/2021/NĐ-CP ngày 03/3/2021" — it says which document, not when a task is due.
const DOCUMENT_DATE_BEFORE = /\d+(?:\/\d{4})?\/[\p{Lu}][\p{L}\d&-]*\s*,?\s*(?:ngày\s*)?$/u;
// The horizon in a plan's title: "…, tầm nhìn đến năm 2030", "định hướng đến năm 2045".
const HORIZON_BEFORE = /(?<![\p{L}\p{N}])(?:tầm\s+nhìn|định\s+hướng)\s+(?:đến|tới)?\s*$/iu;
const DAY_OPENING = /(?<![\p{L}\p{N}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s*$/iu;

function isOurs(result: ParsingResult): boolean {
  return [...result.tags()].some((tag) => tag.startsWith(TAG.precision));
}

function hasCalendarDate(result: ParsingResult): boolean {
  return result.start.isCertain('day') || result.start.isCertain('month') || result.start.isCertain('year');
}

export class VNTrapFilterRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    return results.filter((result) => {
      // "sau ngày 30/6", "có hiệu lực từ ngày 1/7/2025": a start, not a deadline (a range "từ … đến …" is kept).
      if (!result.end && hasStartCueBefore(text, result.index)) return false;
      if (DOCUMENT_DATE_BEFORE.test(text.slice(Math.max(0, result.index - 40), result.index))) return false;
      if (HORIZON_BEFORE.test(text.slice(Math.max(0, result.index - 24), result.index))) return false;
      if (isOurs(result)) return true;
      if (!hasCalendarDate(result)) return false;
      const before = text.slice(Math.max(0, result.index - 12), result.index);
      const after = text.slice(result.index + result.text.length, result.index + result.text.length + 4);
      if (DOCUMENT_NUMBER_BEFORE.test(before) || DOCUMENT_NUMBER_AFTER.test(after)) return false;
      // Without a written year, "D/M" is a date only after a word that introduces one.
      const writtenDay = /^ngày/iu.test(result.text);
      if (!result.start.isCertain('year') && !writtenDay && !hasDateCueBefore(text, result.index)) return false;
      const opensDay = writtenDay || DAY_OPENING.test(text.slice(Math.max(0, result.index - 8), result.index));
      if (!result.start.isCertain('year') && !opensDay && COUNTED_NOUN_AFTER.test(text.slice(result.index + result.text.length, result.index + result.text.length + 24))) return false;
      return true;
    });
  }
}
