// The Vietnamese lunisolar calendar after Hồ Ngọc Đức's published method: astronomical new
// moons and solar terms (Meeus' approximations) evaluated at a given time zone. Vietnam uses
// UTC+7; China uses UTC+8, which is why Chinese-calendar libraries give the wrong Tết in 2030
// (and 2053): a new moon shortly after 23:00 UTC+7 falls on the next day in Beijing.
// Used to generate and to check tet-dates.data.ts; accurate for 1800–2199.
import type { CivilDate } from '../calendar';

const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (the epoch of the new-moon series k). */
const NEW_MOON_EPOCH = 2415021.076998695;
const RAD = Math.PI / 180;

/** Julian day number of a Gregorian date. */
export function julianDay({ year, month, day }: CivilDate): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** Gregorian date of a Julian day number. */
export function fromJulianDay(jd: number): CivilDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** Julian date (fractional, UT) of the k-th new moon after the 1900 epoch. */
function newMoonInstant(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) + 0.0021 * Math.sin(2 * sunAnomaly)
    - 0.4068 * Math.sin(moonAnomaly) + 0.0161 * Math.sin(2 * moonAnomaly) - 0.0004 * Math.sin(3 * moonAnomaly)
    + 0.0104 * Math.sin(2 * latitudeArg) - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
    - 0.0074 * Math.sin(sunAnomaly - moonAnomaly) + 0.0004 * Math.sin(2 * latitudeArg + sunAnomaly)
    - 0.0004 * Math.sin(2 * latitudeArg - sunAnomaly) - 0.0006 * Math.sin(2 * latitudeArg + moonAnomaly)
    + 0.001 * Math.sin(2 * latitudeArg - moonAnomaly) + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // ΔT (terrestrial minus universal time), in days.
  const deltaT = t < -11
    ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** Local civil day (Julian day number) of the k-th new moon at UTC+timeZone. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoonInstant(k) + 0.5 + timeZone / 24);
}

/** The sun's apparent longitude (radians, 0..2π) at a Julian date. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly)
    + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) + 0.00029 * Math.sin(3 * anomaly);
  const longitude = (meanLongitude + centre) * RAD;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Which of the 12 major solar-term sectors (0..11) the sun is in at local midnight of a day. */
function solarSector(dayJd: number, timeZone: number): number {
  return Math.floor((sunLongitude(dayJd - 0.5 - timeZone / 24) / Math.PI) * 6);
}

/** Julian day of the first day of lunar month 11 (the month holding the winter solstice) of a year. */
function lunarMonth11Start(year: number, timeZone: number): number {
  const k = Math.floor((julianDay({ year, month: 12, day: 31 }) - 2415021) / SYNODIC_MONTH);
  const candidate = newMoonDay(k, timeZone);
  // If the sun has already passed 270° at that new moon, the solstice month began one lunation earlier.
  return solarSector(candidate, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : candidate;
}

/** In a 13-month year starting at month 11 (a11), the offset of the leap month: the first month with no major solar term. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = solarSector(newMoonDay(k + i, timeZone), timeZone);
  let previous: number;
  do {
    previous = sector;
    i += 1;
    sector = solarSector(newMoonDay(k + i, timeZone), timeZone);
  } while (sector !== previous && i < 14);
  return i - 1;
}

/** Gregorian date of a lunar date; null for a leap month that the year does not have. */
export function lunarToSolar(lunarDay: number, lunarMonth: number, lunarYear: number, isLeapMonth: boolean, timeZone: number): CivilDate | null {
  const [a11, b11] = lunarMonth < 11
    ? [lunarMonth11Start(lunarYear - 1, timeZone), lunarMonth11Start(lunarYear, timeZone)]
    : [lunarMonth11Start(lunarYear, timeZone), lunarMonth11Start(lunarYear + 1, timeZone)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = (lunarMonth - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, timeZone);
    const leapMonth = (leapOffset - 2 + 12) % 12;
    if (isLeapMonth && lunarMonth !== leapMonth) return null;
    if (isLeapMonth || offset >= leapOffset) offset += 1;
  } else if (isLeapMonth) {
    return null;
  }
  return fromJulianDay(newMoonDay(k + offset, timeZone) + lunarDay - 1);
}

/** Mùng 1 Tết (lunar 1/1) of the lunar year that begins in Gregorian `year`, in Vietnam (UTC+7). */
export function computeTet(year: number, timeZone = 7): CivilDate {
  const date = lunarToSolar(1, 1, year, false, timeZone);
  if (!date) throw new Error(`lunar 1/1/${year} has no solar date`); // cannot happen: month 1 always exists
  return date;
}
