// chrono result → DeadlineMention: the precision and rule from our tags (or from which parts
// chrono saw), the year resolved against the meeting date, and the last day of the period.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DeadlineMention, DeadlinePrecision, DeadlineRelation } from '../types';
import { isValidDate, lastDayOfMonth, resolveImpliedYear, toIso, type CivilDate } from './calendar';
import { TAG } from './constants';

function tagValue(tags: Set<string>, prefix: string): string | null {
  for (const tag of tags) if (tag.startsWith(prefix)) return tag.slice(prefix.length);
  return null;
}

/** chrono's parsers tag nothing of ours: their precision is the finest part written. */
function precisionOf(components: ParsedComponents, tags: Set<string>): DeadlinePrecision | null {
  const tagged = tagValue(tags, TAG.precision);
  if (tagged) return tagged as DeadlinePrecision;
  if (components.isCertain('day')) return 'DAY';
  if (components.isCertain('month')) return 'MONTH';
  if (components.isCertain('year')) return 'YEAR';
  return null;
}

/** The last day of the period a precision names, in a given year. */
function periodEnd(precision: DeadlinePrecision, year: number, month: number, day: number): CivilDate {
  switch (precision) {
    case 'DAY':
      return { year, month, day };
    case 'YEAR':
      return { year, month: 12, day: 31 };
    default:
      return { year, month, day: lastDayOfMonth(year, month) };
  }
}

/**
 * Converts one chrono result; null when it carries no usable date. `reference` is null when the
 * meeting date is unknown: then a phrase without a written year cannot be resolved and is dropped.
 */
export function toMention(result: ParsedResult, reference: CivilDate | null): DeadlineMention | null {
  // A range ("từ tháng 6 đến tháng 9") is due at its end.
  const components = result.end ?? result.start;
  const tags = new Set([...result.tags(), ...components.tags()]);
  const componentTags = components.tags();
  const precision = precisionOf(components, componentTags);
  const month = components.get('month');
  const day = components.get('day');
  let year = components.get('year');
  if (!precision || month === null || day === null || year === null) return null;
  const yearImplied = !components.isCertain('year');
  if (yearImplied && !componentTags.has(TAG.yearResolved)) {
    if (!reference) return null;
    year = resolveImpliedYear(reference, (y) => periodEnd(precision, y, month, day));
  }
  const date = periodEnd(precision, year, month, day);
  if (!isValidDate(date)) return null;
  const relation = (tagValue(tags, TAG.relation) as DeadlineRelation | null)
    ?? (result.end ? 'BY' : precision === 'DAY' ? 'ON' : 'WITHIN');
  const mention: DeadlineMention = {
    date: toIso(date),
    precision,
    text: result.text,
    span: { start: result.index, end: result.index + result.text.length },
    relation,
    yearImplied,
    recurring: tags.has(TAG.recurring),
    ruleId: tagValue(componentTags, TAG.rule) ?? 'chrono',
  };
  if (tags.has(TAG.lunarTet)) mention.lunar = 'TET';
  return mention;
}
