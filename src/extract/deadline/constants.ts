// Vocabulary of Vietnamese deadline phrases, in one place. Every pattern here is a source
// string combined into `u`-flag regexes by the parsers; JavaScript's \b is ASCII-only and
// breaks on "đ", so word edges are written as Unicode letter/number look-arounds.

/** Not preceded by a letter or digit (a Unicode-aware \b at the start of a word). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A four-digit year of the modern era: 1900–2099. */
export const YEAR_4 = '(?:19|20)\\d{2}';

/** Roman (I–IV) or Arabic (1–4) quarter numbers. */
export const QUARTER_NUMBER = '(?:IV|III|II|I|[1-4])';

export const ROMAN_QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** Month numbers 1–12, with an optional leading zero ("tháng 01/2024"). */
export const MONTH_NUMBER = '(?:0?[1-9]|1[0-2])';

/**
 * Words before a date that make it a time expression, not a number: the relation cues plus the
 * parts of the day that open meeting dates ("Sáng 27/4", "chiều 6/2"). A bare "5/5" without one
 * of these is read as a statistic ("đạt 5/5 chỉ tiêu").
 */
export const DATE_CUE_WORDS = [
  'ngày', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'trước', 'đến', 'tới', 'từ', 'vào',
  'sau', 'nhất', 'hạn', 'là', 'trong', 'hết', 'qua', 'lúc', 'dịp',
];

/**
 * Relation cues written before a time expression, longest first so that "đến hết" wins over
 * "đến" and "ngay trong dịp" over "trong". Each maps to the relation it expresses.
 */
export const RELATION_CUES: ReadonlyArray<readonly [string, 'BY' | 'BEFORE' | 'ON' | 'WITHIN']> = [
  ['chậm nhất là vào', 'BY'],
  ['chậm nhất là', 'BY'],
  ['chậm nhất vào', 'BY'],
  ['chậm nhất', 'BY'],
  ['muộn nhất là', 'BY'],
  ['muộn nhất', 'BY'],
  ['hạn chót là', 'BY'],
  ['hạn chót', 'BY'],
  ['từ nay đến hết', 'BY'],
  ['từ nay đến', 'BY'],
  ['ngay trong dịp', 'WITHIN'],
  ['trong dịp', 'WITHIN'],
  ['nhân dịp', 'WITHIN'],
  ['vào dịp', 'WITHIN'],
  ['dịp', 'WITHIN'],
  ['đến trước', 'BEFORE'],
  ['trước', 'BEFORE'],
  ['đến hết', 'BY'],
  ['tới hết', 'BY'],
  ['đến', 'BY'],
  ['tới', 'BY'],
  ['trong', 'BY'],
  ['hết', 'BY'],
  ['vào', 'ON'],
];

/** Words after a date that make it recurring: "ngày 10/10 hằng năm". */
export const RECURRING_WORDS = ['hằng năm', 'hàng năm', 'mỗi năm', 'định kỳ hằng năm'];

/**
 * Nouns right before "cuối năm"/"năm nay" that make the phrase a kind of thing rather than a
 * time: "tiền thưởng cuối năm", "hội nghị tổng kết cuối năm".
 */
export const NOT_A_TIME_BEFORE = ['thưởng', 'tổng kết', 'sơ kết', 'tiệc', 'lễ', 'kỳ nghỉ', 'báo cáo'];

/** Tag prefixes our parsers and refiners leave on chrono results. */
export const TAG = {
  rule: 'vn/rule/',
  precision: 'vn/precision/',
  relation: 'vn/relation/',
  yearResolved: 'vn/year-resolved',
  recurring: 'vn/recurring',
  lunarTet: 'vn/lunar/TET',
} as const;

/** Days an implied-year period may lie in the past before it is read as next year's. */
export const PAST_PERIOD_TOLERANCE_DAYS = 90;
