// The static Tết table is what our lunar calendar computes at UTC+7, and agrees with the
// checked reference dates; 2007 and 2030 are the years where China (UTC+8) differs.
import { toIso } from '../../../src/extract/deadline/calendar';
import { computeTet, lunarToSolar } from '../../../src/extract/deadline/lunar/lunar-calendar';
import { nextTetOnOrAfter, tetOf, yearOfCanChi } from '../../../src/extract/deadline/lunar/tet';
import { TET_DATES, TET_FIRST_YEAR, TET_LAST_YEAR } from '../../../src/extract/deadline/lunar/tet-dates.data';

// From the reference notes (two independent implementations at timezone 7 agree).
const REFERENCE_TET: Array<[number, string]> = [
  [2020, '2020-01-25'], [2021, '2021-02-12'], [2022, '2022-02-01'], [2023, '2023-01-22'],
  [2024, '2024-02-10'], [2025, '2025-01-29'], [2026, '2026-02-17'], [2027, '2027-02-06'],
  [2028, '2028-01-26'], [2029, '2029-02-13'], [2030, '2030-02-02'], [2031, '2031-01-23'],
];

describe('Tết dates', () => {
  it.each(REFERENCE_TET)('Tết %i is %s in the table and by computation', (year, iso) => {
    expect(TET_DATES[year]).toBe(iso);
    expect(toIso(computeTet(year))).toBe(iso);
  });

  it('has a row for every year 2000–2050, each equal to the computation at UTC+7', () => {
    const years = Object.keys(TET_DATES).map(Number);
    expect(years).toEqual(Array.from({ length: TET_LAST_YEAR - TET_FIRST_YEAR + 1 }, (_, i) => TET_FIRST_YEAR + i));
    for (const year of years) expect([year, toIso(computeTet(year))]).toEqual([year, TET_DATES[year]]);
  });

  it('differs from the Chinese calendar (UTC+8) exactly where Vietnam is known to differ', () => {
    const differing = Object.keys(TET_DATES).map(Number).filter((y) => toIso(computeTet(y, 8)) !== TET_DATES[y]);
    expect(differing).toEqual([2007, 2030]);
    expect(toIso(computeTet(2030, 8))).toBe('2030-02-03');
  });

  it('converts other lunar dates: Giỗ Tổ Hùng Vương (10/3) 2024 and 2025', () => {
    expect(toIso(lunarToSolar(10, 3, 2024, false, 7)!)).toBe('2024-04-18');
    expect(toIso(lunarToSolar(10, 3, 2025, false, 7)!)).toBe('2025-04-07');
  });

  it('refuses a leap month the year does not have', () => {
    expect(lunarToSolar(1, 3, 2024, true, 7)).toBeNull();
  });

  it('finds the next Tết on or after a date', () => {
    expect(toIso(nextTetOnOrAfter({ year: 2023, month: 12, day: 21 }))).toBe('2024-02-10');
    expect(toIso(nextTetOnOrAfter({ year: 2024, month: 2, day: 10 }))).toBe('2024-02-10');
    expect(toIso(nextTetOnOrAfter({ year: 2024, month: 2, day: 11 }))).toBe('2025-01-29');
    expect(toIso(tetOf(2060))).toBe(toIso(computeTet(2060)));
  });

  it.each([
    ['Giáp Thìn', 2025, 2024], ['Ất Tỵ', 2025, 2025], ['Bính Ngọ', 2025, 2026], ['Canh Tý', 2025, 2020],
    ['Canh Tuất', 2025, 2030], ['Nhâm Dần', 2025, 2022], ['Kỷ Hợi', 2025, 2019],
  ])('Can Chi %s near %i is %i', (name, reference, year) => {
    expect(yearOfCanChi(name, reference)).toBe(year);
  });

  it('knows no year for a name that is not a Can Chi pair', () => {
    expect(yearOfCanChi('Giáp Ngọ Mùi', 2025)).toBeNull();
    expect(yearOfCanChi('Nguyên đán', 2025)).toBeNull();
  });
});
