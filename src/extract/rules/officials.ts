// Officials: a personal name with a title chain before it ("Ủy viên Bộ Chính trị, Phó Thủ
// tướng Thường trực Chính phủ Nguyễn Hòa Bình"), after it ("Tô Lâm - Ủy viên Bộ Chính trị, Bộ
// trưởng Công an") or an honorific ("đồng chí Nguyễn Thành Công"). Names with neither — the
// photographer of "(Ảnh: Đoàn Bắc)", a reporter — are not officials.
import type { OfficialMention, Span } from '../types';
import { fold } from '../../text/fold';
import { matchWords, lowerWords, tokenIndexAt, type Token } from '../document/tokens';
import type { Sentence } from '../document/segment';
import { HONORIFICS, TITLE_HEADS, type TitleHead } from '../lexicon/titles';
import { findNameCandidates, type NameCandidate } from './official-names';
import { findAgencyHits } from './agency-matcher';
import { joinedWords } from '../document/joined-words';

/** One occurrence of an official in a sentence, with the extent of its title chain. */
export interface OfficialOccurrence {
  name: string;
  sentence: number;
  nameSpan: Span;
  /** From the first title before the name to the last title after it. */
  chain: Span;
  titles: string[];
  heads: TitleHead[];
  honorific: string | null;
  ruleId: string;
}

const HEADS = TITLE_HEADS.map((h) => ({ head: h, words: lowerWords(h.head) }));
const HONORIFIC_WORDS = HONORIFICS.map(lowerWords);
const SEPARATORS = new Set([',', ';', ':', '(', ')', '-', '–', '—', '“', '”', '"', '.', '!', '?', '…']);
const CHAIN_SEPARATORS = new Set([',', '-', '–', '—']);
const TITLE_STOPS = ['đã', 'đang', 'sẽ', 'chủ trì', 'cùng', 'dự', 'phát biểu', 'nhấn mạnh', 'chỉ đạo', 'yêu cầu', 'đề nghị', 'cho biết',
  'khẳng định', 'làm việc', 'kết luận', 'trao đổi', 'tham dự', 'tiếp', 'thăm', 'giao', 'quán triệt', 'lưu ý', 'đánh giá', 'ghi nhận'].map(lowerWords);

function headAt(tokens: readonly Token[], k: number): { head: TitleHead; end: number } | undefined {
  for (const { head, words } of HEADS) {
    const end = matchWords(tokens, k, words);
    if (end > 0 && tokens[k].cap) return { head, end };
  }
  // "Phó Cục trưởng", "Phó Viện trưởng": the deputy of any post.
  if (tokens[k]?.cap && tokens[k].l === 'phó' && tokens[k + 1]?.l !== 'phó') return headAt(tokens, k + 1);
  return undefined;
}

function honorificEndingAt(tokens: readonly Token[], end: number): string | null {
  for (const words of HONORIFIC_WORDS) {
    const k = end - words.length;
    if (k >= 0 && matchWords(tokens, k, words) === end) return joinedWords(tokens, k, end, 'text').toLowerCase();
  }
  return null;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Title chain before the name, nearest title last in the returned order reversed to reading order. */
function titlesBefore(tokens: readonly Token[], text: string, cand: NameCandidate, inName: (k: number) => boolean, nameAt: (k: number) => boolean) {
  const titles: { text: string; start: number; head: TitleHead }[] = [];
  let honorific = honorificEndingAt(tokens, cand.from);
  let segEnd = honorific ? cand.from - lowerWords(honorific).length : cand.from;
  // "Chủ tịch UBND tỉnh Quảng Trị, Võ Văn Hưng cho biết, …": a comma between the post and the
  // name of an official who then speaks; the post before the comma is the official's.
  if (!honorific && tokens[segEnd - 1]?.text === ',' && cand.to < tokens.length && stopsAt(tokens, cand.to)) segEnd--;
  for (;;) {
    // "Phó Cục trưởng Cục Kiểm lâm (Bộ Nông nghiệp …) Phan Thị Thanh Hằng": an aside in brackets
    // between the title and the name belongs to the title.
    let scanEnd = segEnd;
    if (tokens[segEnd - 1]?.text === ')') {
      let open = segEnd - 2;
      while (open >= 0 && open > segEnd - 24 && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
      if (open >= 0 && tokens[open].text === '(') scanEnd = open;
    }
    let segStart = scanEnd;
    while (segStart > 0 && !(!tokens[segStart - 1].word && SEPARATORS.has(tokens[segStart - 1].text) && !inName(segStart - 1))) segStart--;
    // The title is the last one before the name: "Thủ tướng phân công Phó Thủ tướng Trần Hồng Hà".
    let found: { head: TitleHead; at: number } | undefined;
    for (let k = segStart; k < scanEnd; k++) {
      const h = headAt(tokens, k);
      if (h) { found = { head: h.head, at: k }; k = h.end - 1; }
    }
    if (!found || scanEnd <= found.at) break;
    // "Chủ tịch Quốc hội đề nghị Tổng Thư ký …": a verb after the title ends it before the name.
    const verbAt = (x: number) => !tokens[x].cap && !inName(x) && stopsAt(tokens, x);
    if (tokens.slice(found.at + 1, scanEnd).some((_, x) => verbAt(found!.at + 1 + x))) break;
    // "… của Phó Tổng cục trưởng X, Cục trưởng Cục Y Z": a title with another person's name in it
    // is that person's.
    if (titles.length && tokens.slice(found.at + 1, scanEnd).some((_, x) => nameAt(found!.at + 1 + x))) break;
    // "hai Phó Thủ tướng Lê Minh Khái và Vũ Đức Đam": a title shared by names joined by "và" is
    // each name's, without the names before.
    let titleEnd = segEnd;
    if (!titles.length && tokens[segEnd - 1]?.l === 'và') {
      const other = tokens.slice(found.at + 1, segEnd).findIndex((_, x) => nameAt(found!.at + 1 + x));
      if (other >= 0) titleEnd = found.at + 1 + other;
    }
    titles.unshift({ text: clean(text.slice(tokens[found.at].start, tokens[titleEnd - 1].end)), start: tokens[found.at].start, head: found.head });
    honorific = honorific ?? honorificEndingAt(tokens, found.at);
    const sep = tokens[segStart - 1];
    if (found.at !== segStart || !sep || !CHAIN_SEPARATORS.has(sep.text)) break;
    segEnd = segStart - 1;
  }
  return { titles, honorific };
}

function stopsAt(tokens: readonly Token[], k: number): boolean {
  // "Trưởng ban Chỉ đạo …": after "ban", "chỉ đạo" names the steering committee, not a verb.
  if (tokens[k - 1]?.l === 'ban') return false;
  return TITLE_STOPS.some((words) => matchWords(tokens, k, words) > 0);
}

/** A separator token ends a title; a period inside a token run ("TP.HCM") does not. */
function separates(tokens: readonly Token[], e: number, inName: (k: number) => boolean): boolean {
  const t = tokens[e];
  if (t.word || !SEPARATORS.has(t.text) || inName(e)) return false;
  if (t.text === '.' && tokens[e + 1] && tokens[e + 1].start === t.end && tokens[e - 1]?.end === t.start) return false;
  return true;
}

function titlesAfter(tokens: readonly Token[], text: string, cand: NameCandidate, inName: (k: number) => boolean, nameAt: (k: number) => boolean) {
  const titles: { text: string; end: number; head: TitleHead }[] = [];
  let k = cand.to;
  while (k < tokens.length && CHAIN_SEPARATORS.has(tokens[k].text)) {
    const h = headAt(tokens, k + 1);
    if (!h) break;
    let e = h.end;
    while (e < tokens.length && !separates(tokens, e, inName) && !stopsAt(tokens, e)) e++;
    // ("X, Cục trưởng Cục Thuế XNK Lê Như Quỳnh hứa …": the title before the next name is its.)
    if (tokens.slice(h.end, e).some((_, x) => nameAt(h.end + x))) break;
    titles.push({ text: clean(text.slice(tokens[k + 1].start, tokens[e - 1].end)), end: tokens[e - 1].end, head: h.head });
    if (e < tokens.length && stopsAt(tokens, e)) break;
    k = e;
  }
  return titles;
}

/**
 * "các Phó Thủ tướng: Trần Hồng Hà, Lê Minh Khái" — a plural title before a colon applies to
 * every name of the list that follows it.
 */
function listTitle(tokens: readonly Token[], text: string, cand: NameCandidate, earlierByEnd: ReadonlyMap<number, OfficialOccurrence>) {
  let k = cand.from - 1;
  for (let guard = 0; guard < 40 && k >= 0; guard++) {
    const t = tokens[k];
    if (t.text === ':') break;
    if (t.text === ',' || t.l === 'và') { k--; continue; }
    const prev = earlierByEnd.get(t.end);
    if (!prev) return null;
    k = tokenIndexAt(tokens, prev.nameSpan.start) - 1;
  }
  if (k < 0 || tokens[k].text !== ':') return null;
  let s = k;
  while (s > 0 && !(!tokens[s - 1].word && SEPARATORS.has(tokens[s - 1].text))) s--;
  for (let h = s; h < k; h++) {
    const head = headAt(tokens, h);
    if (head) return { text: clean(text.slice(tokens[h].start, tokens[k - 1].end)), start: tokens[h].start, head: head.head };
  }
  return null;
}

// "thăm hỏi, động viên bà X", "hộ gia đình ông Y", "tặng quà cho ông Z": the person a leader
// visits or helps is a citizen, not an official, when nothing else gives them a title.
// ("trả lời đơn của bà X", "khiếu nại của ông Y": whose letter or complaint, a citizen too.)
const CITIZEN_CONTEXT = new Set(['hộ', 'đình', 'thăm', 'hỏi', 'viên', 'quà', 'tặng', 'cho', 'trao', 'nhà', 'cụ', 'binh', 'của', 'đơn', 'dân', 'nại', 'kiện', 'ánh']);

function citizenBefore(tokens: readonly Token[], from: number, honorific: string | null): boolean {
  if (honorific !== 'ông' && honorific !== 'bà') return false;
  const at = from - 1;
  return [at - 1, at - 2].some((k) => k >= 0 && tokens[k].word && CITIZEN_CONTEXT.has(tokens[k].l));
}

/** Official occurrences in one sentence. */
export function officialsInSentence(tokens: readonly Token[], text: string, sentenceIndex: number, exclude: readonly Span[]): OfficialOccurrence[] {
  const out: OfficialOccurrence[] = [];
  const candidates = findNameCandidates(tokens, text);
  if (candidates.length === 0) return out;
  // Punctuation inside an agency's name ("Bộ Văn hóa, Thể thao và Du lịch") does not end a title.
  const inside = new Set<number>();
  for (const hit of findAgencyHits(tokens)) for (let k = hit.from; k < hit.to; k++) inside.add(k);
  // "Trưởng ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh …": the comma of the fixed pair "phòng,
  // chống" (prevent and fight) is inside the body's name.
  // A dash glued to both its neighbours ("COVID-19") joins them.
  tokens.forEach((t, k) => {
    if (t.text === ',' && tokens[k - 1]?.l === 'phòng' && tokens[k + 1]?.l === 'chống') inside.add(k);
    if ((t.text === '-' || t.text === '–') && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end) inside.add(k);
  });
  const inName = (k: number) => inside.has(k);
  // Where another person's full name starts (three syllables or more: two may be a place, "Lạc
  // Sơn", inside a title).
  const nameStarts = new Set(candidates.filter((c) => c.to - c.from >= 3).map((c) => c.from));
  const nameAt = (k: number) => nameStarts.has(k);
  const byEnd = new Map<number, OfficialOccurrence>();
  for (const cand of candidates) {
    if (exclude.some((x) => cand.start >= x.start && cand.end <= x.end)) continue;
    const before = titlesBefore(tokens, text, cand, inName, nameAt);
    const after = titlesAfter(tokens, text, cand, inName, nameAt);
    const listed = before.titles.length || before.honorific ? null : listTitle(tokens, text, cand, byEnd);
    if (listed) before.titles.push(listed);
    // (By index, not by map and spread: the arrays start empty or not, and the inlined map, meeting
    // each kind for the first time, sent this function back to be compiled again.)
    const titles: string[] = [];
    const heads: TitleHead[] = [];
    for (let n = 0; n < before.titles.length; n++) { titles.push(before.titles[n].text); heads.push(before.titles[n].head); }
    for (let n = 0; n < after.length; n++) { titles.push(after[n].text); heads.push(after[n].head); }
    if (titles.length === 0 && !before.honorific) continue;
    if (titles.length === 0 && citizenBefore(tokens, cand.from, before.honorific)) continue;
    out.push({
      name: cand.name,
      sentence: sentenceIndex,
      nameSpan: { start: cand.start, end: cand.end },
      chain: { start: before.titles[0]?.start ?? cand.start, end: after.length ? after[after.length - 1].end : cand.end },
      titles,
      heads,
      honorific: before.honorific,
      ruleId: before.titles.length ? 'official.title-before' : after.length ? 'official.title-after' : 'official.honorific',
    });
    byEnd.set(cand.end, out[out.length - 1]);
  }
  return out;
}

/** Photo credits "(Ảnh: …)" inside a sentence: names there are photographers. */
export function creditSpans(sentence: Sentence): Span[] {
  const out: Span[] = [];
  // (Every credit opens with a parenthesis: most sentences have none to scan for.)
  if (!sentence.text.includes('(')) return out;
  for (const m of sentence.text.matchAll(/\((?:Ảnh|Nguồn|Ảnh minh họa|Photo)[^)]*\)/gu)) {
    const start = sentence.span.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

/** Merges occurrences into one mention per person (first occurrence's span, all titles). */
export function mergeOfficials(occurrences: readonly OfficialOccurrence[], tokensOf: (title: string) => Token[]): OfficialMention[] {
  const byKey = new Map<string, OfficialMention>();
  for (const occ of occurrences) {
    const key = fold(occ.name);
    const existing = byKey.get(key);
    if (existing) {
      // "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG PHẠM THỊ THANH TRÀ" in the title block: the name as the body
      // writes it is the name.
      if (existing.name === existing.name.toUpperCase() && occ.name !== occ.name.toUpperCase()) { existing.name = occ.name; existing.span = occ.nameSpan; }
      for (const t of occ.titles) if (!existing.titles.some((x) => fold(x) === fold(t))) existing.titles.push(t);
      existing.honorific = existing.honorific ?? occ.honorific;
      continue;
    }
    byKey.set(key, { name: occ.name, titles: [...occ.titles], agencies: [], honorific: occ.honorific, span: occ.nameSpan, ruleId: occ.ruleId });
  }
  for (const mention of byKey.values()) mention.agencies = agenciesOfTitles(mention.titles, tokensOf);
  return [...byKey.values()];
}

function agenciesOfTitles(titles: readonly string[], tokensOf: (title: string) => Token[]): string[] {
  const names = new Set<string>();
  for (const title of titles) {
    const tokens = tokensOf(title);
    for (const hit of findAgencyHits(tokens)) if (hit.row && hit.row.kind !== 'group') names.add(hit.row.name);
    // "Bộ trưởng Công an": the ministry is named without its "Bộ".
    const minister = /^(?:Bộ trưởng|Thứ trưởng|Quyền Bộ trưởng)\s+(?!Bộ\s)(.+)$/u.exec(title);
    if (minister) {
      const t = tokensOf(`Bộ ${minister[1]}`);
      const hit = findAgencyHits(t)[0];
      if (hit?.row && hit.from === 0) names.add(hit.row.name);
    }
  }
  return [...names];
}
