// Calendar facts the deadline ground truth needs: month lengths, quarter ends, and the first
// day of the Vietnamese lunar year (UTC+7) — the project's own table, which a test checks against
// the shared reference (2030 differs from the Chinese calendar, so no Chinese-calendar package).
export { TET_DATES as TET_FIRST_DAY } from '../../src/extract/deadline/lunar/tet-dates.data';

export interface YMD {
  year: number;
  month: number;
  day: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function isoDate(d: YMD): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function parseIso(iso: string): YMD {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDate({ year, month, day: daysInMonth(year, month) });
}

/** Adds days to an ISO date (UTC arithmetic: calendar dates have no time zone). */
export function addDays(iso: string, days: number): string {
  const d = parseIso(iso);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return isoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

export const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

export function quarterEnd(year: number, quarter: number): string {
  return lastDayOfMonth(year, quarter * 3);
}
