// Calendar dates as YYYY-MM-DD strings, computed in UTC so no time zone shifts a day.
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD (Date.parse would roll 2025-02-30 over to March). */
export function isIsoDate(value: string | null | undefined): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The browser's today, the default "as of" day when the address does not give one. */
export function todayIso(now: Date): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86400000;
}
