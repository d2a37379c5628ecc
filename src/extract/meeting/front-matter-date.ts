// Saved pages and exported posts often open with their own metadata line ("date 2024-12",
// "date: 2026-02-23", "Ngày đăng: 05/09/2024"). When no publication date is given, that line is
// the article's date: the year that dates written without one ("Ngày 2-12") take.
const FRONT_MATTER = /^\s*(?:date|published|ngày đăng|ngày xuất bản|cập nhật)\s*:?\s*(?:(\d{4})-(\d{2})(?:-(\d{2}))?|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\d/-])/imu;

/** The publication date a text states in its first lines, YYYY-MM-DD. With the month only
 * ("date 2024-05") the month's last day: the article may tell of any day of that month, and a
 * day it names without a year ("Sáng 14/5") is then read in the same year, not the year before. */
export function frontMatterDate(text: string): string | null {
  const m = FRONT_MATTER.exec(text.slice(0, 400));
  if (!m) return null;
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3] ?? lastDayOf(Number(m[1]), Number(m[2]))] : [m[6], m[5].padStart(2, '0'), m[4].padStart(2, '0')];
  const iso = `${y}-${mo}-${d}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

function lastDayOf(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}
