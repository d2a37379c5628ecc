// Calendar facts the deadline ground truth needs: month lengths, quarter ends, and the first
// day of the Vietnamese lunar year (UTC+7). The Tết table is from the shared reference
// (vietnamese-admin-language.md §4, checked against two lunar libraries); 2030 differs from
// the Chinese calendar, which is why it is a table and not a package.

export const TET_FIRST_DAY: Readonly<Record<number, string>> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
  2031: '2031-01-23',
};

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
