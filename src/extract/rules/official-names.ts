// Personal-name candidates: 2–4 capitalised syllables separated by single spaces, the first a
// Vietnamese surname, not a place ("tỉnh Lâm Đồng", "TP Hồ Chí Minh") and not an agency name.
import { findAgency } from '../lexicon/gazetteer';
import { SURNAMES, SURNAMES_LOWER, TITLE_HEADS } from '../lexicon/titles';
import type { Token } from '../document/tokens';
import { matchAgencyAt, type MatchOptions } from './agency-matcher';
import { joinedWords } from '../document/joined-words';

export interface NameCandidate {
  /** Token range [from, to). */
  from: number;
  to: number;
  name: string;
  start: number;
  end: number;
}

// Names of historical figures and places that look like people's names in running text.
const NOT_OFFICIALS = new Set(['ho chi minh', 'ton duc thang', 'vo nguyen giap']);
// Compared with diacritics ("tại" is a place word, "vận tải" is not).
// ("Môi trường", "Học viện" end agency names, so they are not place words here.)
const PLACE_BEFORE = new Set(['tỉnh', 'thành', 'phố', 'tp', 'tx', 'huyện', 'xã', 'quận', 'phường', 'cầu', 'tại', 'sông', 'núi', 'chợ', 'cảng', 'ở']);

// The last word of an honorific: "đồng chí", "ông", "bà".
const HONORIFIC_BEFORE = new Set(['chí', 'ông', 'bà']);
// After an honorific, a post or a body follows as often as a name ("đồng chí Phó Chủ tịch",
// "các đồng chí Ban Chỉ đạo"): their first words open no name.
const NOT_A_NAME_START = new Set(['ban', 'sở', 'bộ', 'ủy', 'cục', 'tổng', 'hội', 'đảng', 'thường', 'giám', 'trưởng', 'chủ', 'bí', 'ủy viên']);
const TITLE_STARTS = new Set(TITLE_HEADS.map((h) => h.head.toLowerCase().split(' ').slice(0, 2).join(' ')));

// One options object for every capitalised word (matchAgencyAt only reads it).
const PLACE_ALLOWED: MatchOptions = { placeAllowed: true };

function adjacent(a: Token, b: Token, text: string): boolean {
  return b.start - a.end === 1 && text[a.end] === ' ';
}

/** Name candidates in a sentence's tokens, left to right. */
export function findNameCandidates(tokens: readonly Token[], text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !t.cap) continue;
    // "UBND tỉnh Nghệ An Nguyễn Đức Trung": a province or city first, then perhaps the name. Tried
    // at every capitalised word, since a place's last syllable may be a surname ("An", "Định").
    const place = matchAgencyAt(tokens, i, PLACE_ALLOWED);
    if (place && place.row && (place.row.kind === 'province' || place.row.kind === 'city')) { i = place.to - 1; continue; }
    // With diacritics where the text has them; folded only for a word written without any.
    // After an honorific ("Đồng chí Ngọc Kim Nam") a rarer surname opens the name too.
    const afterHonorific = HONORIFIC_BEFORE.has(tokens[i - 1]?.l ?? '') && tokens[i + 1]?.cap && tokens[i + 1].word
      && !NOT_A_NAME_START.has(t.l) && !TITLE_STARTS.has(`${t.l} ${tokens[i + 1].l}`);
    if (!(SURNAMES_LOWER.has(t.l) || (t.l === t.f && SURNAMES.has(t.f)) || afterHonorific)) continue;
    const prev = tokens[i - 1];
    if (prev && prev.word && PLACE_BEFORE.has(prev.l) && prev.l !== 'tỉnh' && prev.l !== 'phố') continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && tokens[j].word && tokens[j].cap && adjacent(tokens[j - 1], tokens[j], text) && !/\p{N}/u.test(tokens[j].text)) j++;
    if (j - i < 2) continue;
    const name = text.slice(t.start, tokens[j - 1].end);
    const folded = joinedWords(tokens, i, j, 'f');
    if (NOT_OFFICIALS.has(folded) || findAgency(name)) continue;
    out.push({ from: i, to: j, name, start: t.start, end: tokens[j - 1].end });
    i = j - 1;
  }
  return out;
}

