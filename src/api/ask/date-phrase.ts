// Dates in questions → the last day they cover, read on folded text (lower case, no diacritics,
// punctuation as spaces): "June 2025" and "tháng 6/2025" → 2025-06-30, "30/6/2025" → 2025-06-30,
// "Q3 2025" / "quý III/2025" → 2025-09-30, "2025" / "end of 2025" → 2025-12-31. Returns null
// for anything else: a question with a date we cannot read is not understood, not guessed.
import { isIsoDate } from '../date-scalar';

export interface DatePhrase {
  /** Last day of the period, YYYY-MM-DD. */
  date: string;
  precision: 'DAY' | 'MONTH' | 'QUARTER' | 'YEAR';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALT = MONTHS.map((m) => `${m}|${m.slice(0, 3)}`).join('|');
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;

function day(year: number, month: number, d: number): DatePhrase | null {
  const date = `${year}-${pad(month)}-${pad(d)}`;
  return isIsoDate(date) ? { date, precision: 'DAY' } : null;
}

function month(year: number, m: number): DatePhrase | null {
  return m >= 1 && m <= 12 ? { date: `${year}-${pad(m)}-${pad(lastDayOfMonth(year, m))}`, precision: 'MONTH' } : null;
}

function quarter(year: number, q: number): DatePhrase {
  return { date: `${year}-${pad(q * 3)}-${pad(lastDayOfMonth(year, q * 3))}`, precision: 'QUARTER' };
}

type Reader = [RegExp, (m: RegExpExecArray) => DatePhrase | null];

// Each reader matches the whole (folded, trimmed) phrase.
const READERS: readonly Reader[] = [
  // 2025-06-30
  [/^(\d{4}) (\d{1,2}) (\d{1,2})$/, (m) => day(+m[1], +m[2], +m[3])],
  // 30/6/2025 | ngày 30/6/2025 | ngày 30 tháng 6 năm 2025
  [/^(?:ngay )?(\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?(\d{4})$/, (m) => day(+m[3], +m[2], +m[1])],
  // 30 June 2025 | 30th of June 2025
  [new RegExp(`^(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_ALT}) (\\d{4})$`), (m) => day(+m[3], monthIndex(m[2]), +m[1])],
  // June 30 2025 | June 30th, 2025
  [new RegExp(`^(${MONTH_ALT}) (\\d{1,2})(?:st|nd|rd|th)? (\\d{4})$`), (m) => day(+m[3], monthIndex(m[1]), +m[2])],
  // June 2025 | end of June 2025
  [new RegExp(`^(?:the )?(?:end of )?(${MONTH_ALT}) (\\d{4})$`), (m) => month(+m[2], monthIndex(m[1]))],
  // tháng 6/2025 | tháng 6 năm 2025 | cuối tháng 6/2025 | 6/2025
  [/^(?:cuoi )?(?:thang )?(\d{1,2}) (?:nam )?(\d{4})$/, (m) => month(+m[2], +m[1])],
  // Q3 2025 | quý III/2025 | quý 3 năm 2025
  [/^(?:q|quy |quarter )(\d|i{1,3}|iv) (?:nam |of )?(\d{4})$/, (m) => {
    const q = ROMAN[m[1]] ?? Number(m[1]);
    return q >= 1 && q <= 4 ? quarter(+m[2], q) : null;
  }],
  // 2025 | end of 2025 | năm 2025 | cuối năm 2025
  [/^(?:the )?(?:end of |cuoi )?(?:nam )?(\d{4})$/, (m) => ({ date: `${m[1]}-12-31`, precision: 'YEAR' })],
];

/** Reads a folded date phrase; null when it is not one of the forms above. */
export function readDatePhrase(folded: string): DatePhrase | null {
  const text = folded.trim().replace(/\s+/g, ' ');
  for (const [pattern, read] of READERS) {
    const m = pattern.exec(text);
    if (m !== null) return read(m);
  }
  return null;
}
