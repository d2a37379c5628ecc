// The meeting a report is about: its date ("Ngày 19/7", "chiều 6/2", "Sáng 27/4"), its chairs
// ("X chủ trì …", with chairs of bridge points "chủ trì tại điểm cầu Điện Biên" told apart), its
// kind, ordinal ("lần thứ 10", "thứ hai"), title and organising body.
import type { ChairMention, MeetingKind, MeetingMention } from '../types';
import type { ExtractContext } from '../context';
import type { OfficialOccurrence } from './officials';
import { MEETING_WORDS } from '../lexicon/verbs';
import { findAgencyHits } from './agency-matcher';
import { tokenize } from '../document/tokens';
import { emptyMeeting } from '../context';

// Sáng 27/4 | chiều 6/2 | Ngày 19/7 | tối ngày 14/11/2024 | Sáng 14.1
const PART_OF_DAY_DATE = /(?<![\p{L}\p{N}])(?:(Sáng|sáng|Chiều|chiều|Tối|tối|Trưa|trưa)\s+(?:ngày\s+)?|(Ngày|ngày)\s+)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\p{N}/])/gu;
const ORDINAL_WORDS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO date for day/month with the year written, or taken from the publication date (a meeting
 * reported in early January may have been held in late December of the year before). */
export function resolveMeetingDate(day: number, month: number, year: number | null, published: string | null): string | null {
  let y = year;
  if (y === null) {
    if (!published) return null;
    y = Number(published.slice(0, 4));
    const candidate = `${y}-${pad(month)}-${pad(day)}`;
    const limit = new Date(Date.parse(`${published}T00:00:00Z`) + 7 * 86400000).toISOString().slice(0, 10);
    if (candidate > limit) y -= 1;
  }
  return validDay(y, month, day) ? `${y}-${pad(month)}-${pad(day)}` : null;
}

// Sáng nay (6/2) | Chiều qua (5/2) | chiều qua 2.3
// (Also without brackets: "vào chiều qua 2.3".)
// (findDate scans a sentence for TODAY_DATE, WORDED_DATE and PART_OF_DAY_DATE only if it holds what
// they need: DAY_AND_MONTH below.)
const TODAY_DATE = /(?<![\p{L}\p{N}])(?:Sáng|sáng|Chiều|chiều|Tối|tối|Trưa|trưa|Hôm|hôm)\s+(?:nay|qua)\s*(?:\(\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*\)|(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\p{N}/%]|[.,]\d))/gu;
// Ngày 21 tháng 12 năm 2023 | sáng ngày 5 tháng 3
const WORDED_DATE = /(?<![\p{L}\p{N}])(?:(?:Sáng|sáng|Chiều|chiều|Tối|tối|Trưa|trưa)\s+)?(?:Ngày|ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?![\p{N}])/gu;

/** "Quyết định số 422/QĐ-TTg, ngày 4/4/2022", "Nghị quyết số 05/2001/NQ-CP ngày 24 tháng 5 năm
 * 2001": the date of a document, not of the meeting. */
function afterDocumentNumber(text: string, at: number): boolean {
  return /\d+\/[\p{L}\d/-]*\p{Lu}[\p{L}\d-]*\s*,?\s*$/u.test(text.slice(Math.max(0, at - 40), at));
}

// "Chiều 1.11, … chủ trì cuộc họp thường kỳ tháng 10 năm 2019", "… phiên họp thường kỳ tháng
// 7/2022": a year the sentence gives for its own occasion (FORMAT.md: dates without a year).
// (Only a meeting named by its month: a year elsewhere in the sentence may be a plan's.)
const OCCASION_YEAR = /(?:họp|hội nghị)[^.;:]{0,30}?tháng\s+\d{1,2}(?:\s+năm\s+|\s*[/.-]\s*)((?:19|20)\d{2})(?!\d)/u;

// A line that holds nothing but a weekday and a date (and a dash or the time).
const PAGE_CLOCK = /^\s*(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy|\d)|Chủ\s+nhật|Chủ\s+Nhật)\s*,?\s*(?:[Nn]gày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*(?:[-–|,]\s*)?(?:\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s*)?[-–|]?\s*$/u;

// What every match of the date patterns above holds (a day and a month by digits in TODAY_DATE
// and PART_OF_DAY_DATE, "tháng" in WORDED_DATE): a sentence without it is not scanned for them,
// and most sentences hold no date. A pattern changed to match without it must change this too.
const DAY_AND_MONTH = /\d\s*[/.-]\s*\d/u;

function findDate(ctx: ExtractContext): { date: string; ruleId: string } | null {
  let weak: { date: string; ruleId: string } | null = null;
  for (const s of ctx.sentences) {
    if (s.kind === 'signoff' || s.kind === 'byline') continue;
    // "Thứ sáu, Ngày 25/06/2021 -": a portal's clock over the page, the day it was read.
    if (PAGE_CLOCK.test(s.text)) continue;
    // (Only without a publication date: the year of the sentence's occasion, else none.)
    const occasion = ctx.published ? null : OCCASION_YEAR.exec(s.text);
    const yearOf = (written: string | undefined) => (written ? Number(written) : occasion ? Number(occasion[1]) : null);
    const dayAndMonth = DAY_AND_MONTH.test(s.text);
    for (const [re, id, holds] of [[TODAY_DATE, 'meeting.date.today', dayAndMonth], [WORDED_DATE, 'meeting.date.worded', s.text.includes('tháng')]] as const) {
      if (!holds) continue;
      for (const m of s.text.matchAll(re)) {
        if (afterDocumentNumber(s.text, m.index ?? 0)) continue;
        // (The bracketed date in groups 1–3, the bare one in 4–6.)
        const [day, month, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
        const date = resolveMeetingDate(Number(day), Number(month), yearOf(year), ctx.published);
        if (date && (id === 'meeting.date.today' || /^\s*(?:[\p{Lu}]{2,}\s*-\s*)?$/u.test(s.text.slice(0, m.index ?? 0)) || /chủ trì|họp|hội nghị/iu.test(s.text))) return { date, ruleId: id };
      }
    }
    for (const m of dayAndMonth ? s.text.matchAll(PART_OF_DAY_DATE) : []) {
      const at = m.index ?? 0;
      if (!m[1] && afterDocumentNumber(s.text, at)) continue;
      const date = resolveMeetingDate(Number(m[3]), Number(m[4]), yearOf(m[5]), ctx.published);
      if (!date) continue;
      const strong = !!m[1] || (!!m[2] && m[2] === 'Ngày');
      if (strong) return { date, ruleId: m[1] ? 'meeting.date.part-of-day' : 'meeting.date.ngay' };
      // "Sở X chủ trì, … báo cáo trước ngày 10/6": a date a preposition of time governs is a deadline.
      const governed = /(?:trước|đến|hết|chậm nhất|muộn nhất|hạn|trong|từ|sau|xong)\s*$/iu.test(s.text.slice(Math.max(0, at - 14), at));
      if (!weak && !governed && /chủ trì|họp|hội nghị/iu.test(s.text)) weak = { date, ruleId: 'meeting.date.in-meeting-sentence' };
    }
  }
  return weak;
}

// "chủ trì Hội nghị …" | "đã chủ trì Phiên họp thứ hai …" | "chủ trì tại điểm cầu Điện Biên"
// The rest of a long title may run on after the chain ("Trưởng Ban Chỉ đạo …, dự án quan
// trọng quốc gia, … đã chủ trì"): up to 200 characters within the clause.
const CHAIR_AFTER = /^[^.;:!?"“”()]{0,200}?(?:^|\s)(?:đã\s+|cùng\s+)?chủ\s+trì(?=[\s.,;:]|$)/u;
const JOINS_CHAIRS = /^\s*(?:,|và)\s*$/u;
const CHAIR_RIGHT_AFTER = /^\s*(?:đã\s+|cùng\s+|đồng\s+)?chủ\s+trì$/u;
const BRIDGE = /^\s*(?:tại|ở)\s+(?:điểm|đầu)\s+cầu\s+(?:tỉnh\s+|thành\s+phố\s+)?([\p{Lu}][\p{L}\s.-]*?)(?=[.,;:(]|\s+(?:và|với)\s|$)/u;

const CONCLUDES = 'kết luận\\s+(?:phiên họp|hội nghị|cuộc họp|buổi làm việc)';
const CONCLUDES_AFTER = new RegExp(`^[^.;]{0,80}${CONCLUDES}`, 'iu');
// "Kết luận cuộc họp, đồng chí Lê Ngọc Hoa – …": the honorific stands outside the title chain.
const CONCLUDES_BEFORE = new RegExp(`${CONCLUDES}[^.;]{0,40},\\s*(?:đồng chí\\s+|ông\\s+|bà\\s+)?$`, 'iu');

const DIRECTS_OF = /(?:chỉ\s+đạo|kết\s+luận|ý\s+kiến|yêu\s+cầu)(?:\s+quan\s+trọng)?\s+của\s+(?:đồng\s+chí\s+|ông\s+|bà\s+)?$/iu;
const AT_MEETING = /^\s*,?\s*tại\s+(?:buổi\s+làm\s+việc|cuộc\s+họp|hội\s+nghị|phiên\s+họp|buổi\s+họp)/iu;

/** The words between one official and the next: up to the next one's title, or to the name where
 * the two share a title ("hai Phó Thủ tướng X và Y"). */
function gapBefore(text: string, prev: OfficialOccurrence, next: OfficialOccurrence): string {
  return text.slice(prev.nameSpan.end, next.chain.start >= prev.nameSpan.end ? next.chain.start : next.nameSpan.start);
}

function chairsFrom(ctx: ExtractContext): { chairs: ChairMention[]; titleFrom: { sentence: number; at: number } | null } {
  const chairs: ChairMention[] = [];
  let titleFrom: { sentence: number; at: number } | null = null;
  let together = false;
  const consider = (occ: OfficialOccurrence, captionPass: boolean) => {
    const s = ctx.sentences[occ.sentence];
    if ((s.kind === 'caption') !== captionPass) return;
    // A window, not the rest of the sentence: keeps run-on sentences linear.
    const after = ctx.text.slice(occ.chain.end, Math.min(s.span.end, occ.chain.end + 300));
    const m = CHAIR_AFTER.exec(after);
    if (!m) return;
    // Another official between this one and "chủ trì" is the one who chairs.
    const at = occ.chain.end + m[0].length;
    // (Unless they chair together: "X và Y đồng chủ trì".)
    // ("hai Phó Thủ tướng X và Y đã chủ trì …", "X, Y cùng chủ trì": officials joined by "và" or a
    // comma right before the verb chair it together.)
    const between = ctx.occurrences.filter((o) => o !== occ && o.sentence === occ.sentence && o.nameSpan.start > occ.nameSpan.end && o.nameSpan.start < at);
    const joined = between.length > 0 && between.every((o, x) => JOINS_CHAIRS.test(gapBefore(ctx.text, x === 0 ? occ : between[x - 1], o)))
      && CHAIR_RIGHT_AFTER.test(ctx.text.slice(between[between.length - 1].nameSpan.end, at));
    if (!/đồng\s+chủ\s+trì/u.test(m[0]) && between.length && !joined) return;
    const rest = after.slice(m[0].length);
    const bridge = BRIDGE.exec(rest);
    const isBridge = !!bridge && !/^Trung\s+ương/u.test(bridge[1]);
    if (chairs.some((c) => c.name === occ.name && c.role === (isBridge ? 'BRIDGE' : 'MAIN'))) return;
    chairs.push({
      name: occ.name,
      titles: occ.titles,
      role: isBridge ? 'BRIDGE' : 'MAIN',
      ...(isBridge ? { location: bridge![1].trim() } : {}),
      span: occ.nameSpan,
      ruleId: captionPass ? 'meeting.chair.caption' : isBridge ? 'meeting.chair.bridge' : 'meeting.chair.chu-tri',
    });
    if (/cùng\s+chủ\s+trì/u.test(m[0])) together = true;
    if (!isBridge && !titleFrom) titleFrom = { sentence: occ.sentence, at: occ.chain.end + m[0].length };
  };
  for (const occ of ctx.occurrences) consider(occ, false);
  // "Tham dự còn có Phó Thủ tướng X, Phó Thủ tướng Y cùng chủ trì": they chair with someone; where
  // the report names the Prime Minister and only deputies chair "cùng", he chairs first.
  const pm = together ? ctx.occurrences.find((o) => o.heads.some((h) => h.role === 'PM')) : undefined;
  if (pm && !chairs.some((c) => c.name === pm.name) && chairs.every((c) => ctx.occurrences.some((o) => o.name === c.name && o.heads.some((h) => h.role === 'DPM')))) {
    chairs.unshift({ name: pm.name, titles: pm.titles, role: 'MAIN', span: pm.nameSpan, ruleId: 'meeting.chair.with-deputies' });
  }
  // "… dưới sự chủ trì của Thủ tướng Phạm Minh Chính"
  for (const occ of ctx.occurrences) {
    const s = ctx.sentences[occ.sentence];
    if (s.kind !== 'body' || !/(?:dưới\s+sự|với\s+sự)\s+chủ\s+trì\s+của\s*(?:đồng\s+chí\s+|ông\s+|bà\s+)?$/u.test(ctx.text.slice(Math.max(s.span.start, occ.chain.start - 40), occ.chain.start))) continue;
    if (!chairs.some((c) => c.name === occ.name)) chairs.push({ name: occ.name, titles: occ.titles, role: 'MAIN', span: occ.nameSpan, ruleId: 'meeting.chair.under' });
  }
  if (!chairs.some((c) => c.role === 'MAIN')) for (const occ of ctx.occurrences) consider(occ, true);
  if (!chairs.some((c) => c.role === 'MAIN')) {
    // "… Thủ tướng Phạm Minh Chính nhấn mạnh khi kết luận phiên họp": whoever concludes chairs.
    // "Kết luận cuộc họp, Phó Thủ tướng X yêu cầu …" likewise.
    const occ = ctx.occurrences.find((o) => {
      const s = ctx.sentences[o.sentence];
      if (s.kind !== 'body') return false;
      const after = ctx.text.slice(o.chain.end, Math.min(s.span.end, o.chain.end + 200));
      const before = ctx.text.slice(Math.max(s.span.start, o.chain.start - 120), o.chain.start);
      return CONCLUDES_AFTER.test(after) || CONCLUDES_BEFORE.test(before);
    });
    if (occ) chairs.push({ name: occ.name, titles: occ.titles, role: 'MAIN', span: occ.nameSpan, ruleId: 'meeting.chair.concludes' });
  }
  if (!chairs.some((c) => c.role === 'MAIN')) {
    // "Đó là chỉ đạo của Bí thư Tỉnh ủy X tại buổi làm việc với …": whose instructions at the
    // meeting the report gives, chairs it.
    const occ = ctx.occurrences.find((o) => {
      const s = ctx.sentences[o.sentence];
      if (s.kind === 'byline' || s.kind === 'signoff') return false;
      const before = ctx.text.slice(Math.max(s.span.start, o.chain.start - 40), o.chain.start);
      const after = ctx.text.slice(o.chain.end, Math.min(s.span.end, o.chain.end + 40));
      return DIRECTS_OF.test(before) && AT_MEETING.test(after);
    });
    if (occ) chairs.push({ name: occ.name, titles: occ.titles, role: 'MAIN', span: occ.nameSpan, ruleId: 'meeting.chair.directs-at' });
  }
  return { chairs, titleFrom };
}

function titleAt(ctx: ExtractContext, from: { sentence: number; at: number } | null): { title: string; kind: MeetingKind; start: number } | null {
  const candidates: number[] = [];
  if (from) candidates.push(from.at);
  for (const s of ctx.sentences) {
    const m = /(?:Phiên họp|phiên họp|Hội nghị|hội nghị|Cuộc họp|cuộc họp|buổi làm việc|Kỳ họp|kỳ họp)/u.exec(s.text);
    if (m && s.kind !== 'signoff') candidates.push(s.span.start + (m.index ?? 0));
  }
  let bare: { title: string; kind: MeetingKind; start: number } | null = null;
  for (const at of candidates) {
    const rest = ctx.text.slice(at, Math.min(ctx.text.length, at + 300));
    const lowered = rest.toLowerCase();
    const word = MEETING_WORDS.find((w) => lowered.startsWith(w.phrase));
    if (!word) continue;
    const cut = /\s+(?:với|tại|nhằm|do|diễn ra|được tổ chức)\s|[,.;:(\n"“]|\s+-\s/u.exec(rest);
    const title = (cut ? rest.slice(0, cut.index) : rest).trim();
    const found = { title: title.charAt(0).toUpperCase() + title.slice(1), kind: word.kind, start: at };
    // "chủ trì Hội nghị." names no more than the kind: a fuller mention elsewhere is the title.
    if (title.length > word.phrase.length) return bare && bare.kind !== found.kind ? bare : found;
    bare = bare ?? found;
  }
  return bare;
}

function ordinalOf(title: string): number | null {
  const m = /(?:lần\s+)?thứ\s+(\d+|[\p{L}]+)/u.exec(title);
  if (!m) return null;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : ORDINAL_WORDS[m[1].toLowerCase()] ?? null;
}

export function extractMeeting(ctx: ExtractContext): MeetingMention {
  const meeting = emptyMeeting();
  const date = findDate(ctx);
  if (date) { meeting.date = date.date; meeting.ruleIds.push(date.ruleId); }
  const { chairs, titleFrom } = chairsFrom(ctx);
  meeting.chairs = [...chairs.filter((c) => c.role === 'MAIN'), ...chairs.filter((c) => c.role === 'BRIDGE')];
  meeting.ruleIds.push(...new Set(chairs.map((c) => c.ruleId)));
  const title = titleAt(ctx, titleFrom);
  if (title) {
    meeting.title = title.title;
    meeting.kind = title.kind;
    meeting.ordinal = ordinalOf(title.title);
    meeting.span = { start: title.start, end: title.start + title.title.length };
    const organiser = findAgencyHits(tokenize(title.title)).find((h) => h.row && h.row.kind !== 'group');
    meeting.organiser = organiser?.row?.name ?? null;
    meeting.ruleIds.push('meeting.title');
  }
  if (!meeting.date && meeting.kind && meeting.chairs.length && ctx.published) {
    // News of a meeting with no date in the text is published the day it is held: a guess,
    // marked by its rule id (and the pipeline reports it).
    meeting.date = ctx.published;
    meeting.ruleIds.push('meeting.date.published');
  }
  return meeting;
}
