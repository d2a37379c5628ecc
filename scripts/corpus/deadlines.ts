// Deadline phrases in the forms real reports use, each with the date the gold convention
// (shared eval FORMAT.md) resolves it to. A phrase without a year takes the meeting's year, so
// such phrases are only generated for periods still ahead of the meeting in that year.
import type { Rng } from './rng';
import { ROMAN_QUARTERS, TET_FIRST_DAY, addDays, daysInMonth, isoDate, lastDayOfMonth, quarterEnd, type YMD } from './calendar';

export interface DeadlinePhrase {
  /** The phrase as it appears in the sentence, e.g. "trong quý III/2024". */
  text: string;
  /** Resolved ISO date, or null for vague phrases ("trong thời gian tới"). */
  date: string | null;
}

type Maker = (rng: Rng, meeting: YMD) => DeadlinePhrase | null;

// trước ngày 30/9/2024 | chậm nhất ngày 15/10 | trước ngày 05/12/2024
const dayDeadline: Maker = (rng, m) => {
  const sameYear = m.month < 12 && rng.chance(0.5);
  const year = sameYear ? m.year : m.year + 1;
  const month = sameYear ? rng.int(m.month + 1, 12) : rng.int(1, 12);
  const day = rng.pick([5, 10, 15, 20, 25, 30, 31].filter((d) => d <= daysInMonth(year, month)));
  const lead = rng.pick(['trước ngày', 'trước ngày', 'chậm nhất ngày', 'hoàn thành trước ngày']);
  const dd = rng.chance(0.3) ? String(day).padStart(2, '0') : String(day);
  const written = sameYear && rng.chance(0.4) ? `${dd}/${month}` : `${dd}/${month}/${year}`;
  return { text: `${lead} ${written}`, date: isoDate({ year, month, day }) };
};

// trong tháng 10/2024 | đến tháng 9 | trong tháng 01/2025
const monthDeadline: Maker = (rng, m) => {
  if (m.month < 12 && rng.chance(0.4)) {
    const month = rng.int(m.month + 1, 12);
    return { text: `${rng.pick(['trong tháng', 'đến tháng'])} ${month}`, date: lastDayOfMonth(m.year, month) };
  }
  const year = m.month >= 11 ? m.year + 1 : m.year + rng.int(0, 1);
  const month = year === m.year ? rng.int(m.month + 1, 12) : rng.int(1, 12);
  const mm = rng.chance(0.3) ? String(month).padStart(2, '0') : String(month);
  return { text: `${rng.pick(['trong tháng', 'trong tháng', 'đến hết tháng'])} ${mm}/${year}`, date: lastDayOfMonth(year, month) };
};

// trong quý III/2024 | quý IV năm 2024 | trong quý I/2025
const quarterDeadline: Maker = (rng, m) => {
  const currentQuarter = Math.ceil(m.month / 3);
  const year = currentQuarter === 4 || rng.chance(0.3) ? m.year + 1 : m.year;
  const quarter = year === m.year ? rng.int(currentQuarter + 1 > 4 ? 4 : currentQuarter + 1, 4) : rng.int(1, 4);
  const roman = ROMAN_QUARTERS[quarter - 1];
  const written = rng.chance(0.7) ? `quý ${roman}/${year}` : `quý ${roman} năm ${year}`;
  return { text: `${rng.pick(['trong ', 'trong ', 'hoàn thành trong '])}${written}`, date: quarterEnd(year, quarter) };
};

// trong 6 tháng đầu năm | trong 6 tháng đầu năm 2025
const halfDeadline: Maker = (rng, m) => {
  if (m.month <= 4 && rng.chance(0.5)) return { text: 'trong 6 tháng đầu năm', date: isoDate({ year: m.year, month: 6, day: 30 }) };
  const year = m.month <= 4 ? m.year : m.year + 1;
  return { text: `trong 6 tháng đầu năm ${year}`, date: isoDate({ year, month: 6, day: 30 }) };
};

// trong năm 2025 | đến cuối năm 2024 | trước cuối năm | đến hết năm 2025
const yearDeadline: Maker = (rng, m) => {
  if (m.month <= 9 && rng.chance(0.4)) {
    return { text: rng.pick(['trong năm nay', 'đến cuối năm', 'trước cuối năm']), date: isoDate({ year: m.year, month: 12, day: 31 }) };
  }
  const year = m.month <= 9 ? m.year + rng.int(0, 1) : m.year + 1;
  return { text: `${rng.pick(['trong năm', 'đến cuối năm', 'đến hết năm'])} ${year}`, date: isoDate({ year, month: 12, day: 31 }) };
};

// trong dịp Tết Nguyên đán 2025 (→ mùng 1 Tết) | trước Tết Nguyên đán 2025 (→ the day before)
const tetDeadline: Maker = (rng, m) => {
  const year = TET_FIRST_DAY[m.year] && TET_FIRST_DAY[m.year] > isoDate(m) ? m.year : m.year + 1;
  const tet = TET_FIRST_DAY[year];
  if (!tet) return null;
  return rng.chance(0.5)
    ? { text: `trong dịp Tết Nguyên đán ${year}`, date: tet }
    : { text: `trước Tết Nguyên đán ${year}`, date: addDays(tet, -1) };
};

// Vague: the task has no deadline.
const vagueDeadline: Maker = (rng) => ({ text: rng.pick(['trong thời gian tới', 'trong thời gian sớm nhất', 'ngay trong thời gian tới']), date: null });

const WEIGHTED_MAKERS: readonly [Maker, number][] = [
  [dayDeadline, 6],
  [monthDeadline, 5],
  [quarterDeadline, 5],
  [halfDeadline, 2],
  [yearDeadline, 4],
  [tetDeadline, 1],
  [vagueDeadline, 2],
];
const TOTAL_WEIGHT = WEIGHTED_MAKERS.reduce((s, [, w]) => s + w, 0);

/** A deadline phrase for a task decided at a meeting on `meeting`. */
export function makeDeadline(rng: Rng, meeting: YMD): DeadlinePhrase {
  let roll = rng.float() * TOTAL_WEIGHT;
  for (const [maker, weight] of WEIGHTED_MAKERS) {
    roll -= weight;
    if (roll < 0) return maker(rng, meeting) ?? dayDeadline(rng, meeting)!;
  }
  return dayDeadline(rng, meeting)!;
}
