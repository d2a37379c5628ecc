// Tết lookups for the deadline parser: the date of Tết in a year, the next Tết after a
// meeting, and the Gregorian year of a Can Chi year name ("Tết Giáp Thìn" → 2024).
import { compareDates, parseIso, type CivilDate } from '../calendar';
import { fold } from '../../../text/fold';
import { TET_DATES, TET_FIRST_YEAR, TET_LAST_YEAR } from './tet-dates.data';
import { computeTet } from './lunar-calendar';

const STEMS = ['giap', 'at', 'binh', 'dinh', 'mau', 'ky', 'canh', 'tan', 'nham', 'quy'];
const BRANCHES = ['ty', 'suu', 'dan', 'mao', 'thin', 'ty', 'ngo', 'mui', 'than', 'dau', 'tuat', 'hoi'];

/** Mùng 1 Tết of Gregorian `year`: from the static table, else computed (outside 2000–2050). */
export function tetOf(year: number): CivilDate {
  const iso = TET_DATES[year];
  const fromTable = iso ? parseIso(iso) : null;
  return fromTable ?? computeTet(year);
}

/** The first Tết falling on or after `date`. */
export function nextTetOnOrAfter(date: CivilDate): CivilDate {
  const thisYear = tetOf(date.year);
  return compareDates(thisYear, date) >= 0 ? thisYear : tetOf(date.year + 1);
}

/**
 * The Gregorian year whose lunar year has this Can Chi name ("Giáp Thìn"), nearest to the
 * reference year (the cycle repeats every 60 years); null for a name that is not a Can Chi pair.
 * Tý (子) and Tỵ (巳) fold alike, so the stem disambiguates: the parity of stem and branch agree.
 */
export function yearOfCanChi(name: string, referenceYear: number): number | null {
  const [stem, branch, ...rest] = fold(name).split(' ');
  if (rest.length > 0 || stem === undefined || branch === undefined) return null;
  const stemIndex = STEMS.indexOf(stem);
  if (stemIndex < 0) return null;
  let best: number | null = null;
  for (let year = referenceYear - 30; year < referenceYear + 30; year += 1) {
    if ((year + 6) % 10 !== stemIndex || BRANCHES[(year + 8) % 12] !== branch) continue;
    if (best === null || Math.abs(year - referenceYear) < Math.abs(best - referenceYear)) best = year;
  }
  return best;
}

export { TET_FIRST_YEAR, TET_LAST_YEAR };
