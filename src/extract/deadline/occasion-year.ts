// FORMAT.md, dates without a year: with no meeting date and no publication date, a year-less date
// takes the year the text gives for the same occasion ("… hoàn thành trước Tết Nguyên đán 2017,
// báo cáo Thủ tướng trước ngày 25.1" → 25 January 2017). The occasions are the turn of the year:
// Tết, the new year, the spring of a year. A year that names a plan or a period does not count.
import { isoDay } from '../document/calendar-day';

const OCCASION = /(?<![\p{L}\p{N}])(?:Tết(?:\s+Nguyên\s+đán)?|năm\s+mới|[Xx]uân(?:\s+\p{Lu}\p{Ll}+){0,2})\s+((?:19|20)\d{2})(?!\d)/u;

/** The first day of the year of the occasion a passage names, as a reference date, else null. */
export function occasionReference(passage: string): string | null {
  const m = OCCASION.exec(passage);
  return m ? `${m[1]}-01-01` : null;
}

// FORMAT.md, the same rule: "its dateline line". The place and date a text opens with, as the press
// writes it ("Hà Nội, ngày 6/9/2024 - …", "**TP.HCM, 12/3/2023** -") or as an official text's header
// does ("Hà Nội, ngày 15 tháng 4 năm 2022"), within the first lines.
const DATELINE = /(?:^|\n)[\s*_#>-]*(?:\(?[\p{L}.]+\)?\s*[-–]\s*)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*,\s*(?:ngày\s*)?(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2}))(?!\d)/u;
const DATELINE_REACH = 1500;

/** The date of the dateline the text opens with, as a reference date, else null. */
export function datelineReference(text: string): string | null {
  const m = DATELINE.exec(text.slice(0, DATELINE_REACH));
  if (!m) return null;
  const [day, month, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return isoDay(Number(year), Number(month), Number(day));
}
