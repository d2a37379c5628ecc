// The --published date of the command line: an ISO day that exists on the calendar, within the
// years the extractor's deadlines and the API's Date scalar can both represent. "2025-02-30"
// used to pass a shape check and be served as a Date; "9999-12-31" gave deadlines in year 10000
// that the API's own parser refused.
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day from FIRST_DAY to LAST_DAY written YYYY-MM-DD. */
export function isPublishedDate(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) return false;
  return value >= FIRST_DAY && value <= LAST_DAY;
}

/** The message for a --published value that is not such a day, or null when it is one. */
export function publishedDateProblem(value: string): string | null {
  if (isPublishedDate(value)) return null;
  return `--published must be a date YYYY-MM-DD on the calendar from ${FIRST_DAY} to ${LAST_DAY}, not ${JSON.stringify(value)}`;
}
