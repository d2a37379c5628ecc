// Building chrono results for our parsers. chrono's components hold year/month/day; what they
// cannot hold (precision, relation, the rule that fired) travels as tags, read back in
// to-mention.ts. Period parsers store the LAST day of the period as the date.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { DeadlinePrecision, DeadlineRelation } from '../../types';
import type { CivilDate } from '../calendar';
import { TAG } from '../constants';

export interface VNResultFields {
  ruleId: string;
  precision: DeadlinePrecision;
  date: CivilDate;
  /** The year was written in the text (otherwise it is implied and resolved later). */
  yearCertain: boolean;
  /** The parser resolved the year itself ("năm nay", "trước Tết"): leave it alone. */
  yearResolved?: boolean;
  relation?: DeadlineRelation;
  lunar?: 'TET';
}

export function createVNResult(context: ParsingContext, start: number, end: number, fields: VNResultFields): ParsingResult {
  const result = context.createParsingResult(start, end);
  const { year, month, day } = fields.date;
  if (fields.yearCertain) result.start.assign('year', year);
  else result.start.imply('year', year);
  result.start.imply('month', month);
  result.start.imply('day', day);
  // Keep chrono's time-of-day at noon so no time-zone shift can move the civil date.
  result.start.imply('hour', 12);
  result.addTag(TAG.rule + fields.ruleId);
  result.addTag(TAG.precision + fields.precision);
  if (fields.relation) result.addTag(TAG.relation + fields.relation);
  if (fields.yearResolved) result.addTag(TAG.yearResolved);
  if (fields.lunar === 'TET') result.addTag(TAG.lunarTet);
  return result;
}

/** The reference (meeting) date as a civil date in Vietnam (the instant shifted by its UTC offset). */
export function referenceDate(context: ParsingContext): CivilDate {
  const offsetMinutes = context.reference.timezoneOffset ?? 420;
  const shifted = new Date(context.reference.instant.getTime() + offsetMinutes * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** A four-digit year written in the text, or null when the group did not match. */
export function writtenYear(group: string | undefined): number | null {
  return group ? Number(group) : null;
}

/** A pattern that never matches: what a parser returns when its keyword is not in the text.
 * Anchored, so that it fails at the first position instead of being tried at every one. */
const NEVER = /^(?!)/;

/**
 * The parser's pattern, or a pattern that never matches when the text lacks the keyword every
 * match must contain. A literal search is far cheaper than running a pattern that opens with
 * look-behinds and alternations at every position (the extractor calls us once per sentence).
 */
export function patternIfTextHas(context: ParsingContext, keyword: RegExp, pattern: RegExp): RegExp {
  return keyword.test(context.text) ? pattern : NEVER;
}

// The text of the last parse, lower-cased once for every parser's keyword search.
let lastText: string | null = null;
let lastLowered = '';

/**
 * patternIfTextHas() for a keyword that is one of a few words, any case (a parser's pattern
 * holding them under the i and u flags): a substring search of the text lower-cased, once per
 * text for all the parsers, instead of a case-insensitive pattern run over it by each. (Under
 * those flags a letter of these words matches exactly its upper and lower case forms, the
 * Kelvin sign "K" included, and lower-casing maps each of them to the lower case form.)
 */
export function patternIfTextHasWord(context: ParsingContext, words: readonly string[], pattern: RegExp): RegExp {
  if (context.text !== lastText) { lastText = context.text; lastLowered = context.text.toLowerCase(); }
  for (const w of words) if (lastLowered.includes(w)) return pattern;
  return NEVER;
}
