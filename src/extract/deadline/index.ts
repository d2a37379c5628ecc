// Deadline phrases in Vietnamese administrative text → DeadlineMention[] (pure).
// Built on chrono-node's Vietnamese locale (strict) with our own parsers and refiners; see
// configuration.ts for the list and FORMAT.md for the date each phrase resolves to.
import { Chrono } from 'chrono-node';
import type { DeadlineMention } from '../types';
import { parseIso } from './calendar';
import { createDeadlineConfiguration } from './configuration';
import { toMention } from './to-mention';

// Stateless once built (parsers and refiners keep no state between calls), so shared.
const DEADLINE_CHRONO = new Chrono(createDeadlineConfiguration());

/** Vietnam is UTC+7 all year; chrono's timezone is in minutes. */
const VIETNAM_UTC_OFFSET_MINUTES = 420;
/**
 * Every phrase we read holds a digit or one of these words; a text with none is skipped without
 * running chrono (the extractor calls us once per sentence, and most sentences hold no date).
 */
const MAY_HOLD_A_DATE = /[0-9]|năm|tháng|quý|tết|khánh|giỗ/iu;

/** Stand-in instant when the meeting date is unknown: only phrases with a written year survive. */
const NO_REFERENCE = '2000-01-01';

/**
 * Every deadline-like phrase in `text`, sorted by start; spans index `text`.
 * `reference` is the meeting (or publication) date, YYYY-MM-DD, read at UTC+7; it supplies
 * the year of phrases written without one. Past dates, recurring dates ("hằng năm") and bare
 * years ("năm 2019") are returned too: deciding which belongs to a directive is the extractor's job.
 */
// ngày 5.5 | trước 25.1 | sáng 14.1 (never 3.5% or 1.000: a date word comes first, no digit after)
const DOTTED_DAY_MONTH = /((?<![\p{L}\p{N}])(?:ngày|trước|đến|sáng|chiều|tối|trưa|hạn)\s+)(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])(?![\p{N}.,]\d|\d)/giu;

const HOUR_MARK = /(\d{1,2}h\d{2})['’′]/gu;
// What every hour with a minute mark holds: a paragraph without one is left as it is.
const MINUTE_MARK = /['’′]/u;
const STRAY_BAR = /((?<![\p{L}])(?:ngày|trước|đến|hạn))\|(?=\s*\d)/giu;

// What every dotted day-month holds: a paragraph without it is left as it is, unscanned.
const DIGIT_DOT_DIGIT = /\d\.\d/;

export function parseDeadlines(text: string, reference: string): DeadlineMention[] {
  if (!MAY_HOLD_A_DATE.test(text)) return [];
  const ref = parseIso(reference);
  const anchor = ref ?? parseIso(NO_REFERENCE)!;
  const instant = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12) - VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  // "trước ngày 5.5", "Sáng 14.1": the press also writes day.month with a dot. chrono reads the
  // dot as a decimal, so the parser sees a dash in its place (same length: spans are kept) and
  // each phrase is read back from the text as written.
  const dotted = DIGIT_DOT_DIGIT.test(text) ? text.replace(DOTTED_DAY_MONTH, (m: string, lead: string, day: string, month: string) => `${lead}${day}-${month}`) : text;
  // ("chậm nhất 10h00' ngày 27/4/2020": a minute mark after the hour; read as a space, same length.)
  const marked = MINUTE_MARK.test(dotted) ? dotted.replace(HOUR_MARK, '$1 ') : dotted;
  // ("hoàn thành trước ngày| 15/10/2024": a scan's stray bar between the word and the day.)
  const parsed = marked.includes('|') ? marked.replace(STRAY_BAR, '$1 ') : marked;
  const results = DEADLINE_CHRONO.parse(parsed, { instant, timezone: VIETNAM_UTC_OFFSET_MINUTES });
  const mentions: DeadlineMention[] = [];
  for (const result of results) {
    const mention = toMention(result, ref);
    if (mention && (ref || !mention.yearImplied)) mentions.push(parsed === text ? mention : { ...mention, text: text.slice(mention.span.start, mention.span.end) });
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

export type { DeadlineMention } from '../types';
