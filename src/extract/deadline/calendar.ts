// Calendar arithmetic on plain (year, month, day) triples. Deadlines are civil dates in
// Vietnam; doing the arithmetic in UTC on date-only values keeps the host's time zone out.
import { PAST_PERIOD_TOLERANCE_DAYS } from './constants';

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses YYYY-MM-DD; null for anything else or an impossible date. */
export function parseIso(iso: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(date) ? date : null;
}

export function isValidDate({ year, month, day }: CivilDate): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

export function dayNumber({ year, month, day }: CivilDate): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return dayNumber(a) - dayNumber(b);
}

/**
 * The year for a date or period written without one. FORMAT.md: "the year comes from the text,
 * else from the meeting date". One refinement: a period that would already have ended more than
 * PAST_PERIOD_TOLERANCE_DAYS before the meeting is read as next year's, because a task set on
 * 21 December "trước ngày 15/1" or "trong quý I" is due in the coming January or quarter.
 * `periodEnd(year)` gives the last day of the period in a given year.
 */
export function resolveImpliedYear(reference: CivilDate, periodEnd: (year: number) => CivilDate): number {
  const end = periodEnd(reference.year);
  const pastBy = dayNumber(reference) - dayNumber(end);
  return pastBy > PAST_PERIOD_TOLERANCE_DAYS ? reference.year + 1 : reference.year;
}
