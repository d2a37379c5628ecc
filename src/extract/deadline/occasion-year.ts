// FORMAT.md, dates without a year: with no meeting date and no publication date, a year-less date
// takes the year the text gives for the same occasion ("… hoàn thành trước Tết Nguyên đán 2017,
// báo cáo Thủ tướng trước ngày 25.1" → 25 January 2017). The occasions are the turn of the year:
// Tết, the new year, the spring of a year. A year that names a plan or a period does not count.
const OCCASION = /(?<![\p{L}\p{N}])(?:Tết(?:\s+Nguyên\s+đán)?|năm\s+mới|[Xx]uân(?:\s+\p{Lu}\p{Ll}+){0,2})\s+((?:19|20)\d{2})(?!\d)/u;

/** The first day of the year of the occasion a passage names, as a reference date, else null. */
export function occasionReference(passage: string): string | null {
  const m = OCCASION.exec(passage);
  return m ? `${m[1]}-01-01` : null;
}
