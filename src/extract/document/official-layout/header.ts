// The header and title block of an official document: issuing body (top left), number and
// symbol, place and date (under the national motto, top right), the document type and its
// title. Tables, wrapped lines and Markdown are tolerated: matching runs on cleaned lines.
import { isoDay } from '../calendar-day';
import { isRule, isUpperCase, type TextLine } from './lines';
import type { OfficialChair, OfficialLayout, TextSpan } from './types';

export type OfficialHeader = Pick<OfficialLayout, 'number' | 'issuingBody' | 'place' | 'date' | 'documentType' | 'title'> & { span: TextSpan | null };

/** Lines searched for the header: a header never runs longer than this. */
export const HEADER_LINES = 40;
// Số: 114/TB-VPCP | Số 15/2024/NĐ-CP | Số: 4046 /TCT-TTKT | Số: 217/CĐ-TTg
const NUMBER = /(?<![\p{L}\p{N}])Số\s*[:.]?\s*(\d{1,6})\s*\/\s*((?:\d{4}\s*\/\s*)?[\p{Lu}\d][\p{L}\p{N}-]*)/u;
// Hà Nội, ngày 15 tháng 4 năm 2022 | TP. Hồ Chí Minh, ngày 02 tháng 11 năm 2017
const PLACE_DATE = /(?<![\p{L}\p{N}/-])((?:TP\.\s*|Tp\.\s*)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})\s*,\s*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;
// The date half of PLACE_DATE alone: PLACE_DATE tries a place at every capital of the header, so
// it runs only where this shows there is a date to find.
const DATE_AFTER_PLACE = /,\s*ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}/u;
// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc (either spelling of "hòa")
const MOTTO_START = /(?:CỘNG H(?:OÀ|ÒA)|ĐỘC LẬP|Độc lập)/u;
const MOTTO_END = /H[ạẠ]NH PH[úÚ]C$|Hạnh phúc$/u;
// a body's own name opens with one of these; a line above it names the parent body
const BODY_HEAD = /^(?:VĂN PHÒNG|BỘ|SỞ|ỦY BAN|UỶ BAN|UBND|TỔNG CỤC|CỤC|BAN|VỤ|VIỆN|TRUNG TÂM|THANH TRA|KIỂM TOÁN)\s/u;
const DOCUMENT_TYPES = ['THÔNG BÁO', 'CÔNG ĐIỆN', 'CHỈ THỊ', 'QUYẾT ĐỊNH', 'NGHỊ QUYẾT', 'NGHỊ ĐỊNH', 'THÔNG TƯ', 'KẾT LUẬN', 'BÁO CÁO', 'CÔNG VĂN', 'BIÊN BẢN', 'TỜ TRÌNH', 'KẾ HOẠCH', 'HƯỚNG DẪN'];
const TYPE_LINE = new RegExp(`^(${DOCUMENT_TYPES.join('|')})(?![\\p{L}])\\s*(.*)$`, 'u');
// the body begins: "Ngày 8 tháng 4 năm 2022, …", "Kính gửi: …", "Căn cứ …", "THỦ TƯỚNG CHÍNH PHỦ điện:"
const BODY_START = /^(?:Ngày\s+\d|Kính gửi|Căn cứ|Xét\s|Sáng|Chiều|Tối|Trong\s|Vừa qua|Thực hiện)|:$/u;
const MAX_TITLE_LINES = 4;

function issuingBody(lines: readonly TextLine[]): string | null {
  const names: string[] = [];
  let inMotto = false;
  for (const line of lines) {
    // the two header columns side by side on one line: the body's name is left of the motto
    const motto = MOTTO_START.exec(line.clean);
    const clean = motto ? line.clean.slice(0, motto.index).trim() : line.clean;
    if (motto) inMotto = !MOTTO_END.test(line.clean);
    else if (inMotto) {
      if (MOTTO_END.test(clean)) inMotto = false;
      continue;
    }
    if (clean.length === 0 || isRule(clean)) continue;
    if (!isUpperCase(clean)) continue;
    if (BODY_HEAD.test(clean)) names.length = 0;
    names.push(clean);
  }
  return names.length > 0 ? names.join(' ') : null;
}

export function readOfficialHeader(lines: readonly TextLine[]): OfficialHeader {
  const head = lines.slice(0, HEADER_LINES);
  const numberAt = head.findIndex((l) => NUMBER.test(l.clean));
  const number = numberAt >= 0 ? NUMBER.exec(head[numberAt].clean)!.slice(1, 3).join('/').replace(/\s+/g, '') : null;
  // place and date may wrap over lines ("Hà Nội, ngày 16 / tháng 11 năm 2025"): match the joined header
  const joined = head.map((l) => l.clean).join(' ');
  const placeDate = DATE_AFTER_PLACE.test(joined) ? PLACE_DATE.exec(joined) : null;
  const date = placeDate ? isoDay(Number(placeDate[4]), Number(placeDate[3]), Number(placeDate[2])) : null;
  let lastHeaderLine = numberAt;
  let dateInHeader = placeDate !== null;
  if (placeDate) {
    const dateLine = head.findIndex((l) => /năm\s*\d{4}/u.test(l.clean) && l.clean.length < 80);
    // "Hà Nội, ngày 5 tháng 9 năm 2024" under the body of a short text (a dispatch whose copy puts
    // the place and date above the signature) closes the text: the lines above it are no header.
    dateInHeader = !bodyLineBefore(head, numberAt >= 0 ? Math.min(numberAt, dateLine) : dateLine);
    if (dateInHeader) lastHeaderLine = Math.max(lastHeaderLine, dateLine);
  }
  if (numberAt < 0 && !dateInHeader) {
    return { number: null, issuingBody: null, place: placeDate ? placeDate[1] : null, date, documentType: null, title: null, span: null };
  }
  const typeAt = head.findIndex((l, i) => i > lastHeaderLine && TYPE_LINE.test(l.clean) && isUpperCase(l.clean.split(/\s+/).slice(0, 2).join(' ')));
  let documentType: string | null = null;
  let title: string | null = null;
  if (typeAt >= 0) {
    const m = TYPE_LINE.exec(head[typeAt].clean)!;
    documentType = m[1];
    const read = titleLines(head, typeAt + 1, m[2]);
    title = read.title;
    lastHeaderLine = Math.max(typeAt, read.last);
  }
  const bodyLines = head.slice(0, numberAt >= 0 ? numberAt : lastHeaderLine + 1);
  return {
    number,
    issuingBody: issuingBody(bodyLines),
    place: placeDate ? placeDate[1] : null,
    date,
    documentType,
    title,
    span: { start: 0, end: head[Math.max(lastHeaderLine, 0)].end },
  };
}

// A sentence of the body: more words than a header line has, in lower case.
const BODY_LINE_WORDS = 12;

/** A line of running text before line `end` (a header holds names, a number, a motto, a title). */
function bodyLineBefore(head: readonly TextLine[], end: number): boolean {
  for (let i = 0; i < end; i += 1) {
    const { clean } = head[i];
    if (isUpperCase(clean)) continue;
    if (clean.split(/\s+/).length >= BODY_LINE_WORDS && /[.:;]$/u.test(clean)) return true;
  }
  return false;
}

function titleLines(head: readonly TextLine[], from: number, sameLine: string): { title: string | null; last: number } {
  const parts = sameLine.length > 0 ? [sameLine] : [];
  let last = from - 1;
  for (let i = from; i < head.length && parts.length < MAX_TITLE_LINES; i += 1) {
    const { clean } = head[i];
    if (clean.length === 0) {
      if (parts.length > 0) break;
      continue;
    }
    if (isRule(clean)) {
      if (parts.length > 0) break;
      continue;
    }
    if (BODY_START.test(clean)) break;
    parts.push(clean);
    last = i;
  }
  return { title: parts.length > 0 ? parts.join(' ') : null, last };
}

// Kết luận của Phó Thủ tướng Trần Hồng Hà tại cuộc họp về … | Ý kiến chỉ đạo của … tại …
const CONCLUSION_TITLE = /^(?:Ý kiến\s+)?(?:Kết luận|chỉ đạo|kết luận)\s+của\s+(.+?)\s+tại\s+(.+?)\.?$/iu;
// a personal name: 2–5 capitalised syllables at the end of the chair phrase
const NAME_AT_END = /((?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*)$/u;

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

/** From a title "Kết luận của <chair> tại <meeting>": who chaired and what the meeting was. */
export function chairFromTitle(title: string | null): { chair: OfficialChair | null; meetingTitle: string | null } {
  const m = title === null ? null : CONCLUSION_TITLE.exec(title);
  if (!m) return { chair: null, meetingTitle: null };
  const [, chairPhrase, meeting] = m;
  const meetingTitle = isUpperCase(meeting) ? meeting.charAt(0) + meeting.slice(1).toLowerCase() : meeting;
  if (isUpperCase(chairPhrase)) {
    // All capitals hide where the titles end: a Vietnamese name is most often three syllables.
    const words = chairPhrase.split(/\s+/);
    if (words.length < 4) return { chair: null, meetingTitle };
    return { chair: { name: titleCase(words.slice(-3).join(' ')), titles: [titleCase(words.slice(0, -3).join(' '))] }, meetingTitle };
  }
  const name = NAME_AT_END.exec(chairPhrase);
  if (!name || name.index === 0) return { chair: null, meetingTitle };
  return { chair: { name: name[1], titles: [chairPhrase.slice(0, name.index).trim()] }, meetingTitle };
}
