// Agencies the gazetteer does not list but the text names in full: a head noun of Vietnamese
// administration ("Sở", "Cục", "Tập đoàn" …) followed by capitalised words ("Sở Kế hoạch và Đầu
// tư", "Tập đoàn Điện lực Việt Nam"). Only read in role positions, and kept as written: the
// text names them, so nothing is invented.
import type { Token } from '../document/tokens';
import { INNER_PUNCT, PhraseSet, lowerWords, matchWords } from '../document/tokens';
import { matchAgencyAt } from './agency-matcher';
import { steeringBoardEnd } from './steering-board';
import { INSTRUCTION_VERBS, SUBJECT_MODALS, TASK_OPENERS } from '../lexicon/instruction-cues';
import { joinedWords } from '../document/joined-words';

export const AGENCY_HEADS = {
  id: 'agency.pattern',
  heads: ['Sở', 'Phòng', 'Chi cục', 'Cục', 'Tổng cục', 'Vụ', 'Ban', 'Viện', 'Học viện', 'Đài', 'Thông tấn xã', 'Ủy ban', 'Tập đoàn', 'Tổng công ty',
    'Hội', 'Hiệp hội', 'Bệnh viện', 'Liên đoàn', 'Quỹ', 'Ngân hàng', 'Bảo hiểm xã hội', 'Kiểm toán Nhà nước', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân',
    'Công an', 'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Ban Chỉ huy', 'Trung tâm', 'Đại học', 'Hội đồng', 'Mặt trận', 'Tổng Liên đoàn', 'Hội Liên hiệp',
    'Đoàn', 'Tỉnh ủy', 'Thành ủy', 'Đảng ủy', 'Đảng bộ', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Kho bạc', 'Văn phòng', 'Ban Chỉ đạo', 'Cơ quan', 'Công ty',
    'Tạp chí', 'TCT', 'CTCP', 'Cty', 'Cổng thông tin điện tử', 'Cổng Thông tin điện tử', 'Nhà xuất bản',
    'Tổ công tác', 'Tổ', 'Ủy ban kiểm tra', 'Ủy ban Kiểm tra', 'Đồn Biên phòng', 'Hạt Kiểm lâm',
    // National parks and nature reserves run their forests as bodies of the state.
    'Vườn quốc gia', 'Vườn Quốc gia', 'Khu bảo tồn thiên nhiên',
    'Thường trực Hội đồng nhân dân', 'Hội đồng nhân dân', 'Ban Hội đồng nhân dân', 'Thường trực HĐND', 'Ban HĐND', 'Ban Quản lý', 'BQL', 'Ban cán sự đảng', 'Đảng đoàn'],
  reason: 'A head noun of an administrative body followed by its capitalised proper name.',
};

// The longest head first, as a scan of the heads sorted by length would find it, by first word.
const HEADS = new PhraseSet(AGENCY_HEADS.heads);
// Words that open a predicate: the name has ended before them ("Vụ Pháp chế hoàn thiện …").
const PREDICATE_STARTS = new Set([...INSTRUCTION_VERBS.phrases, ...SUBJECT_MODALS.phrases, ...TASK_OPENERS.phrases].map((p) => lowerWords(p)[0]));
const PREDICATES = new PhraseSet([...INSTRUCTION_VERBS.phrases, ...SUBJECT_MODALS.phrases, ...TASK_OPENERS.phrases]);
const JOINERS = new Set(['và', '-', '&']);
const LEVELS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị', 'thành', 'trung', 'các', 'cấp', 'này', 'đó']);
// Words that end a name: a name read up to a level ("… tỉnh") never runs through them.
const NOT_IN_NAME = new Set(['với', 'và', 'của', 'cho', 'phối', 'chỉ', 'yêu', 'giao', 'đề', 'trình', 'báo', 'tại', 'trên', 'ubnd', 'ủy']);
// Abbreviations written inside a name, spelled out as the official name has them.
const ABBREVIATIONS: Readonly<Record<string, string>> = { UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân', QLDA: 'quản lý dự án', MTTQ: 'Mặt trận Tổ quốc', CP: 'Cổ phần', BQL: 'Ban Quản lý', TP: 'thành phố', TX: 'thị xã',
  TCT: 'Tổng công ty', CTCP: 'Công ty cổ phần', Cty: 'Công ty', 'ĐBQH': 'đại biểu Quốc hội' };

// The units every ministry has, by the abbreviations of their names ("Vụ TCCB", "Cục CNTT").
const UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  TCCB: 'Tổ chức cán bộ', KHTC: 'Kế hoạch - Tài chính', HTQT: 'Hợp tác quốc tế', PC: 'Pháp chế', CNTT: 'Công nghệ thông tin',
  TĐKT: 'Thi đua - Khen thưởng', KHCN: 'Khoa học và Công nghệ', TTr: 'Thanh tra',
};

// Kinds of zone a management board runs ("Khu kinh tế", "Khu công nghiệp"): part of its name.
const ZONE_KINDS = new PhraseSet(['kinh tế', 'công nghiệp', 'công nghệ cao', 'chế xuất', 'kinh tế cửa khẩu', 'du lịch', 'đô thị']);

// What a project board's name says of its kind, in lower case ("Ban Quản lý dự án chuyên ngành,
// khu vực", "Ban QLDA đầu tư xây dựng các công trình giao thông"): read as part of its name.
const BOARD_KINDS = ['chuyên ngành', 'khu vực', 'đầu tư xây dựng', 'đầu tư và xây dựng', 'các công trình', 'công trình', 'giao thông',
  'dân dụng và công nghiệp', 'dân dụng', 'công nghiệp', 'nông nghiệp và phát triển nông thôn', 'nông nghiệp', 'phát triển đô thị', 'hạ tầng',
  'huyện', 'tỉnh'].map(lowerWords);

// What a command board is for, in lower case after "Ban Chỉ huy" ("Ban Chỉ huy phòng, chống
// thiên tai và tìm kiếm cứu nạn tỉnh"): part of its name, though "phòng, chống" reads as a verb.
const COMMAND_KINDS = new PhraseSet(['phòng chống thiên tai và tìm kiếm cứu nạn', 'phòng, chống thiên tai và tìm kiếm cứu nạn',
  'phòng chống thiên tai', 'phòng, chống thiên tai', 'phòng chống lụt bão', 'phòng, chống lụt bão', 'phòng chống lụt bão và tìm kiếm cứu nạn',
  'phòng chống lụt, bão', 'phòng thủ dân sự', 'quân sự'], INNER_PUNCT);

/** End of "dự án <kinds>" after a project board's head at j, or j. */
function boardKindsEnd(tokens: readonly Token[], j: number): number {
  let e = matchWords(tokens, j, lowerWords('dự án'));
  if (e < 0) { if (tokens[j - 1]?.text !== 'QLDA') return j; e = j; }
  for (let guard = 0; guard < 6; guard++) {
    const sep = tokens[e] && (tokens[e].text === ',' || tokens[e].l === 'và') ? e + 1 : e;
    const kind = BOARD_KINDS.map((w) => matchWords(tokens, sep, w)).find((n) => n > 0);
    if (!kind) break;
    // "…, tỉnh X" after a comma is another party, not the board's level.
    if (sep > e && /^(?:huyện|tỉnh)$/u.test(tokens[sep].l)) break;
    e = kind;
  }
  return e;
}

// Newspapers and journals keep their names as their mastheads write them, often mostly in lower
// case ("Báo Dân trí", "Tạp chí Tổ chức nhà nước và Lao động"): after the head and a capital, the
// name runs to the next separator.
const PRESS_HEADS = ['Báo', 'Tạp chí'].map(lowerWords);
const PRESS_MAX_WORDS = 8;

function pressNameEnd(tokens: readonly Token[], k: number): number {
  for (const h of PRESS_HEADS) {
    const start = matchWords(tokens, k, h);
    if (start < 0 || !tokens[start]?.cap || !tokens[start].word) continue;
    // "Báo Quảng Nam tăng thời lượng …": a province's paper is named by the province.
    const province = matchAgencyAt(tokens, start, { placeAllowed: true });
    if (province?.row && (province.row.kind === 'province' || province.row.kind === 'city') && !tokens[province.to]?.cap) return province.to;
    let j = start;
    while (j < tokens.length && j - start < PRESS_MAX_WORDS && tokens[j].word && tokens[j].start <= tokens[j - 1].end + 1) {
      if (NOT_IN_NAME.has(tokens[j].l) && !(tokens[j].l === 'và' && tokens[j + 1]?.cap)) break;
      // "Báo Quảng Nam kiểm tra …": a verb in lower case after the capitals is the predicate.
      if (j > start && !tokens[j].cap && PREDICATES.matchAt(tokens, j) > 0) return j;
      j++;
    }
    // Only where the name ends at a separator or a verb: in running text a name's lower-case words
    // run on unmarked.
    if (j > start && (j >= tokens.length || /^[,;:.)]$/u.test(tokens[j].text))) return j;
  }
  return -1;
}

/** "… công nghiệp tỉnh" from j (lower-case words, a comma joining two kinds): the index after
 * "tỉnh", or -1 when no level ends the words. */
function provincialLevelEnd(tokens: readonly Token[], j: number): number {
  // "Ban Quản lý Khu kinh tế, công nghiệp tỉnh": a comma may join two lower-case kinds.
  const joinsKinds = (y: number): boolean => tokens[y]?.text === ',' && tokens[y + 1]?.word === true && !tokens[y + 1].cap && !NOT_IN_NAME.has(tokens[y + 1].l) && !LEVELS.has(tokens[y + 1].l);
  let x = j;
  while (x < j + 8 && (tokens[x]?.word || joinsKinds(x)) && tokens[x].l !== 'tỉnh' && !NOT_IN_NAME.has(tokens[x].l)) x++;
  return tokens[x]?.l === 'tỉnh' && !tokens[x + 1]?.cap ? x + 1 : -1;
}

// "phối hợp với Viện kiểm sát, Tòa án": the procuracy and the courts named by their kind alone,
// as the people's procuracy and court ("… nhân dân" spelled out, a level after it read as usual).
const JUSTICE: readonly [string[], string][] = [[lowerWords('viện kiểm sát'), 'Viện kiểm sát nhân dân'], [lowerWords('tòa án'), 'Tòa án nhân dân']];
const PEOPLES = lowerWords('nhân dân');

function justiceAt(tokens: readonly Token[], k: number): { name: string; end: number } | undefined {
  for (const [words, name] of JUSTICE) {
    let end = matchWords(tokens, k, words);
    if (end < 0) continue;
    const peoples = matchWords(tokens, end, PEOPLES);
    if (peoples > 0) end = peoples;
    // ("Viện Kiểm sát nhân dân tối cao", "Tòa án Quân sự": the gazetteer or the pattern names them.)
    if (tokens[end]?.cap || tokens[end]?.l === 'tối') return undefined;
    return { name, end };
  }
  return undefined;
}

const TAIL_MAX_WORDS = 6;
// Heads of units a province or district has many of, named together by their kind.
const PLURAL_KINDS = new Set(['trung tâm', 'chi cục', 'trạm', 'đội', 'bệnh viện', 'trường', 'hạt']);
const TASK_FORCE = lowerWords('tổ công tác');
const TASK_FORCE_MAX_TOKENS = 14;
// The modals and aspect words that open a predicate after a name's purpose.
const MODAL_WORDS = new PhraseSet(['cần', 'phải', 'cần phải', 'khẩn trương', 'tiếp tục', 'sớm', 'chủ động', 'có trách nhiệm', 'chịu trách nhiệm',
  'được giao', 'tập trung', 'đã', 'đang', 'sẽ', 'chủ trì', 'phối hợp']);
// Words of a predicate's aspect or a copula: the name has ended before them ("… tỉnh được thành lập").
const NOT_IN_TAIL = new Set(['được', 'đã', 'đang', 'sẽ', 'là', 'có', 'không', 'vừa', 'cũng', 'mới', 'đều', 'vẫn', 'còn', 'chưa', 'cần', 'phải', 'nên', 'thì', 'mà', 'để', 'do', 'bị', 'từ', 'về', 'theo', 'như']);

/** The end of the lower-case words of a name from j, or j where none end at a predicate, a
 * separator or the level of the body ("… nông thôn tỉnh"). */
function lowerCaseTailEnd(tokens: readonly Token[], j: number): number {
  let x = j;
  // ("Ban Đô thị": "thị" is a level only in "thị xã", "thị trấn".)
  while (x < j + TAIL_MAX_WORDS && tokens[x]?.word && !tokens[x].cap && !NOT_IN_NAME.has(tokens[x].l) && !NOT_IN_TAIL.has(tokens[x].l) && !isLevelAt(tokens, x)
    && tokens[x].start === tokens[x - 1].end + 1 && PREDICATES.matchAt(tokens, x) < 0) {
    // ("Ban Tổ chức Hội chợ … năm 2024 họp …": a year closes the name.)
    if (/^\d+$/u.test(tokens[x].text)) { x++; return x; }
    x++;
  }
  if (x === j) return j;
  const next = tokens[x];
  if (!next) return x;
  if (next.l === 'tỉnh' && !tokens[x + 1]?.cap) return x + 1;
  return PREDICATES.matchAt(tokens, x) > 0 || /^[,;:.)]$/u.test(next.text) ? x : j;
}

function isLevelAt(tokens: readonly Token[], x: number): boolean {
  return LEVELS.has(tokens[x].l) && (tokens[x].l !== 'thị' || /^(?:xã|trấn)$/u.test(tokens[x + 1]?.l ?? ''));
}

const OWN_NAME_WORDS = 3;
// Heads of an enterprise, whose names may hold a number and go on after it.
const ENTERPRISE = /^(?:công ty|tổng công ty|tập đoàn|cty|ctcp|tct)$/u;
const ENTERPRISE_NAME_AFTER_NUMBER = 4;

/** After a ministry's short form read in [from, to): "và" and up to three words that are not the
 * rest of its full name, to a predicate or a separator: the index after them, else -1. */
function ownDepartmentEnd(tokens: readonly Token[], from: number, to: number, ministry: string): number {
  // ("Sở Văn hóa và Sở Y tế": another body after "và".)
  if (tokens[to]?.l !== 'và' || HEADS.matchAt(tokens, to + 1) > 0) return -1;
  const full = lowerWords(ministry).slice(1);
  const read = tokens.slice(from, to).filter((t) => t.word).map((t) => t.l);
  if (read.length >= full.length || full[read.length] === 'và') return -1;
  let e = to + 1;
  while (e < tokens.length && e - to - 1 < OWN_NAME_WORDS && tokens[e].word && PREDICATES.matchAt(tokens, e) < 0 && !LEVELS.has(tokens[e].l)) e++;
  const words = e - to - 1;
  return words >= 1 && (!tokens[e] || !tokens[e].word || PREDICATES.matchAt(tokens, e) > 0 || LEVELS.has(tokens[e].l)) ? e : -1;
}

/** An agency named by pattern at tokens[k]: its name as written and the index after it. */
export function agencyPatternAt(tokens: readonly Token[], k: number): { name: string; end: number } | undefined {
  if (tokens[k]?.cap) {
    const justice = justiceAt(tokens, k);
    if (justice) return justice;
  }
  // "phối hợp với phòng Nông nghiệp và Phát triển nông thôn": an office written in lower case,
  // named by its ministry.
  if (tokens[k] && !tokens[k].cap && (tokens[k].l === 'phòng' || tokens[k].l === 'sở') && tokens[k + 1]?.cap) {
    const ministry = matchAgencyAt(tokens, k + 1, { prefix: ['bo'] });
    // ("phòng Tài chính - Kế hoạch": a joiner and another capital make a longer name, read as if
    // the head were capitalised.)
    if (ministry?.row && JOINERS.has(tokens[ministry.to]?.l ?? '') && tokens[ministry.to + 1]?.cap) {
      const head = tokens[k].l === 'sở' ? 'Sở' : 'Phòng';
      const rest = agencyPatternAt([{ ...tokens[k], cap: true, text: head }, ...tokens.slice(k + 1, k + 16)], 0);
      if (rest) return { name: rest.name, end: k + rest.end };
    }
    if (ministry?.row) return { name: `${tokens[k].l === 'sở' ? 'Sở' : 'Phòng'} ${ministry.row.name.replace(/^Bộ\s+/u, '')}`, end: ministry.to };
  }
  // "… Tổ Địa chính, tổ Kiểm tra phải …": a team's head in lower case inside a list.
  if (tokens[k] && !tokens[k].cap && tokens[k].l === 'tổ' && tokens[k + 1]?.cap && tokens[k + 1].word) {
    const rest = agencyPatternAt([{ ...tokens[k], cap: true, text: 'Tổ' }, ...tokens.slice(k + 1, k + 12)], 0);
    if (rest) return { name: rest.name, end: k + rest.end };
  }
  if (!tokens[k]?.cap) return undefined;
  const press = pressNameEnd(tokens, k);
  // "Tổ công tác của Thủ tướng về rà soát văn bản quy phạm pháp luật cần …": a task force is
  // named by whose it is and what it is for, up to its predicate.
  const taskForce = matchWords(tokens, k, TASK_FORCE);
  if (taskForce > 0) {
    let j = taskForce;
    let about = false; // after "về" its purpose may hold verbs ("về rà soát văn bản …")
    const stops = (x: number) => (about ? MODAL_WORDS.matchAt(tokens, x) : PREDICATES.matchAt(tokens, x)) > 0;
    while (j < taskForce + TASK_FORCE_MAX_TOKENS && tokens[j]?.word && !stops(j)) { if (tokens[j].l === 'về') about = true; j++; }
    if (j > taskForce && stops(j)) return { name: joinedWords(tokens, k, j, 'text'), end: j };
  }
  if (press > 0) return { name: joinedWords(tokens, k, press, 'text'), end: press };
  const end = HEADS.matchAt(tokens, k);
  if (end < 0) return undefined;
  // "Sở Kế hoạch và Đầu tư", "Phòng Nội vụ": provincial departments and district offices carry
  // the name of their ministry.
  if (tokens[k].l === 'sở' || tokens[k].l === 'phòng') {
    const ministry = matchAgencyAt(tokens, end, { prefix: ['bo'] });
    // "Phòng Tài chính - Kế hoạch": a joiner and more capitals after the ministry's name make
    // another name, read below.
    const joined = ministry && JOINERS.has(tokens[ministry.to]?.l ?? '') && tokens[ministry.to + 1]?.cap;
    // "Sở Văn hóa và Thể thao": a short form of the ministry's name, then "và" and words its full
    // name does not go on with, is a department of its own name (a province may split one).
    const own = ministry?.row && !joined ? ownDepartmentEnd(tokens, end, ministry.to, ministry.row.name) : -1;
    if (own > 0) return { name: tokens.slice(k, own).map((t) => t.text).join(' '), end: own };
    if (ministry?.row && !joined) return { name: `${tokens[k].text} ${ministry.row.name.replace(/^Bộ\s+/u, '')}`, end: ministry.to };
  }
  // ("Ban chỉ đạo diệt trừ cây Mai dương huyện": named by its purpose, up to its level.)
  if (/^ban chỉ đạo$/u.test(joinedWords(tokens, k, end, 'l'))) {
    const steering = steeringBoardEnd(tokens, end);
    if (steering > 0) return { name: tokens.slice(k, steering).map((t, i, arr) => (i > 0 && arr[i - 1].end === t.start ? t.text : ` ${t.text}`)).join('').trim(), end: steering };
  }
  let j = end;
  let names = 0;
  const command = /^ban chỉ huy$/u.test(joinedWords(tokens, k, end, 'l')) ? COMMAND_KINDS.matchAt(tokens, end) : -1;
  if (command > 0) { j = command; names = 1; }
  while (j < tokens.length) {
    const t = tokens[j];
    // "Cổng thông tin điện tử Bộ Nội vụ", "Văn phòng Bộ Y tế": a listed body inside the name.
    const nested = t.word && t.cap ? matchAgencyAt(tokens, j) : undefined;
    if (nested?.row && nested.to > j + 1) { j = nested.to; names++; continue; }
    if (t.word && t.cap) { j++; names++; continue; }
    // "Ban Quản lý Khu kinh tế Vân Phong", "… các Khu công nghiệp Bắc Ninh": a zone's kind, in lower case.
    const zone = names > 0 && tokens[j - 1].l === 'khu' ? ZONE_KINDS.matchAt(tokens, j) : -1;
    if (zone > 0) { j = zone; continue; }
    // ("Vụ TCCB và Cục CNTT": a head after the joiner opens another body.)
    if (names > 0 && JOINERS.has(t.l) && tokens[j + 1]?.cap && HEADS.matchAt(tokens, j + 1) < 0) { j++; continue; }
    // "Tỉnh ủy", "Huyện ủy", "Đảng ủy": one word of two syllables, the second in lower case.
    if (names > 0 && (t.f === 'uy') && /^(?:tinh|thanh|dang|huyen|quan|thi)$/.test(tokens[j - 1].f)) { j++; continue; }
    // Only the first syllable of each word is capitalised ("Mặt trận Tổ quốc Việt Nam"): one
    // lower-case syllable after a capital belongs to the name when another capital follows.
    if (names > 0 && t.word && tokens[j - 1].cap && tokens[j + 1]?.word && tokens[j + 1].cap && tokens[j + 1].start === t.end + 1
      && !(JOINERS.has(t.l) && HEADS.matchAt(tokens, j + 1) > 0)) { j++; continue; }
    // "Sở Quy hoạch - Kiến trúc": the same before a joiner and another capital.
    if (names > 0 && t.word && tokens[j - 1].cap && JOINERS.has(tokens[j + 1]?.l ?? '') && tokens[j + 2]?.cap) { j++; continue; }
    if (t.l === 'các' && tokens[j + 1]?.cap && tokens[j + 1].word && (names > 0 || j === end)) { j++; continue; }
    // "Vụ Pháp chế", "Cục Kiểm lâm", "Hội Nông dân": a name of one word whose second syllable is
    // written in lower case.
    if (names === 1 && j === end + 1 && t.word && !t.cap && tokens[j - 1].cap && tokens[j - 1].text !== tokens[j - 1].text.toUpperCase() && tokens[j - 1].end + 1 === t.start
      && !NOT_IN_NAME.has(t.l) && !PREDICATE_STARTS.has(t.l) && !LEVELS.has(t.l)) { j++; continue; }
    // "Bộ Chỉ huy Bộ đội Biên phòng thành phố": the lower-case syllable of the last word, before
    // the level the body belongs to.
    if (names > 0 && t.word && !t.cap && tokens[j - 1].cap && tokens[j - 1].end + 1 === t.start && !NOT_IN_NAME.has(t.l)
      && (tokens[j + 1]?.l === 'tỉnh' || tokens[j + 1]?.l === 'huyện' || (tokens[j + 1]?.l === 'thành' && tokens[j + 2]?.l === 'phố'))) { j++; break; }
    // "Phòng Tài chính - Kế hoạch", "Trung tâm Văn hóa - Thể thao": after a joiner, the capital
    // opens a word of two syllables whose second is in lower case.
    if (names > 0 && t.word && !t.cap && tokens[j - 1].cap && JOINERS.has(tokens[j - 2]?.l ?? '') && !NOT_IN_NAME.has(t.l)
      && !/^(?:tỉnh|huyện|quận|xã|phường|thị|thành)$/u.test(t.l)) { j++; continue; }
    // "… Khu công nghiệp tỉnh": a provincial body named with its level at the end; the lower-case
    // syllables before the level belong to the name.
    if ((j === end || names <= 1) && t.word && !t.cap) {
      const level = provincialLevelEnd(tokens, j);
      if (level > 0) { j = level; names = Math.max(names, 1); break; }
    }
    // "Ban Quản lý Khu kinh tế, công nghiệp tỉnh": after a zone's kind, another before the level.
    if (names > 0 && t.text === ',' && tokens[j - 1].l !== 'khu') {
      const level = provincialLevelEnd(tokens, j);
      if (level > 0) { j = level; break; }
    }
    break;
  }
  // "Đảng bộ xã Nguyễn Việt Khái", "Đảng ủy phường Tân Định": a party body named by its unit;
  // "Bệnh viện quận Thủ Đức", "Bệnh viện huyện Cần Giờ": a hospital by the unit it serves.
  if (names === 0 && /^(?:đảng (?:bộ|ủy|uỷ)|bệnh viện)$/u.test(joinedWords(tokens, k, end, 'l'))) {
    const unit = ['xã', 'phường', 'huyện', 'quận'].includes(tokens[end]?.l ?? '') ? end + 1
      : tokens[end]?.l === 'thị' && (tokens[end + 1]?.l === 'trấn' || tokens[end + 1]?.l === 'xã') ? end + 2 : -1;
    let e = unit;
    while (e > 0 && e < tokens.length && e - unit < 4 && tokens[e].word && tokens[e].cap) e++;
    if (e > unit && unit > 0) { j = e; names = e - unit; }
  }
  // "Ban Quản lý các khu công nghiệp", "BQL khu kinh tế tỉnh": the zones it runs, in lower case.
  if (names === 0 && /^(?:ban quản lý|bql)$/u.test(tokens.slice(k, end).map((t) => t.l).join(' '))) {
    const x = tokens[end]?.l === 'các' ? end + 1 : end;
    const zone = tokens[x]?.l === 'khu' ? ZONE_KINDS.matchAt(tokens, x + 1) : -1;
    if (zone > 0) { j = zone; names = 1; }
  }
  // "Ban Quản lý dự án chuyên ngành, khu vực", "Ban QLDA giao thông": a project board by its kind.
  if (names <= 1 && (/^(?:ban quản lý|bql)$/u.test(joinedWords(tokens, k, end, 'l')) || (tokens[k].l === 'ban' && tokens[end]?.text === 'QLDA'))) {
    const from = names === 1 ? j : end;
    const kinds = boardKindsEnd(tokens, from);
    if (kinds > from && !tokens[kinds]?.cap) { j = kinds; names = Math.max(names, 1); }
  }
  // "Thường trực Hội đồng nhân dân tỉnh": a council named by its level.
  // ("Thường trực HĐND huyện", "các Ban HĐND huyện": a district's council and its committees.)
  if (names === 0 && /(?:nhân dân|hđnd)$/u.test(joinedWords(tokens, k, end, 'l'))) {
    const level = tokens[end]?.l === 'tỉnh' || tokens[end]?.l === 'huyện' || tokens[end]?.l === 'quận' ? 1
      : (tokens[end]?.l === 'thành' && tokens[end + 1]?.l === 'phố') || (tokens[end]?.l === 'thị' && tokens[end + 1]?.l === 'xã') ? 2 : 0;
    if (level) {
      j = end + level;
      names = -1;
      // ("Thường trực HĐND huyện Vân Canh": the district's name after its level.)
      while (level && tokens[end].l !== 'tỉnh' && tokens[end].l !== 'thành' && tokens[j]?.word && tokens[j].cap && j - end < 6) j++;
    }
  }
  // "Ban Quản lý các Khu công nghiệp tỉnh": "các" inside a name, before its capitals.
  // "Ban Chỉ đạo", "Bộ Tư lệnh": a head whose own words are a name stands alone ("các đồng chí Ban
  // Chỉ đạo" is the steering committee of the report).
  if (names === 0 && end - k >= 2 && tokens[k + 1].cap) names = -1;
  // "các Trung tâm y tế giám sát …": units of one kind, in the plural, named by the kind alone.
  const plural = tokens[k - 1]?.l === 'các' && PLURAL_KINDS.has(joinedWords(tokens, k, end, 'l'));
  if (names === 0 && plural) {
    const tail = lowerCaseTailEnd(tokens, end);
    if (tail > end) { j = tail; names = 1; }
  }
  // ("Tổng công ty 36", "Công ty 189": an enterprise known by its number.)
  if (names === 0 && /^\d{1,4}$/u.test(tokens[end]?.text ?? '') && tokens[end].start === tokens[end - 1].end + 1 && ENTERPRISE.test(joinedWords(tokens, k, end, 'l'))) { j = end + 1; names = 1; }
  if (names === 0) return undefined;
  // "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn cần …": a name may capitalise only its
  // first word; its lower-case words run to the predicate or a separator.
  if (names > 0 && !LEVELS.has(tokens[j - 1]?.l ?? '')) j = lowerCaseTailEnd(tokens, j);
  // "Công ty Cổ phần 28 Quảng Ngãi": an enterprise's number, then the rest of its name.
  if (names > 0 && /^\d{1,4}$/u.test(tokens[j - 1]?.text ?? '') && ENTERPRISE.test(joinedWords(tokens, k, end, 'l'))) {
    // ("Công ty 189 Bộ Quốc phòng": a listed body, whole.)
    const owner = tokens[j]?.cap ? matchAgencyAt(tokens, j) : undefined;
    const from = j;
    if (owner) j = owner.to;
    else while (j < from + ENTERPRISE_NAME_AFTER_NUMBER && tokens[j]?.word && tokens[j].cap && tokens[j].start === tokens[j - 1].end + 1) j++;
  }
  // ("… và HĐND Thành phố": a name does not end between "Thành" and "phố".)
  if (tokens[j - 1]?.f === 'thanh' && tokens[j]?.f === 'pho' && !tokens[j].cap) j++;
  // "Ban Thường vụ Đảng ủy UBND tỉnh": a body of the province's committee names its level.
  if (/^(?:ubnd|hđnd)$/u.test(tokens[j - 1].l) && (tokens[j]?.f === 'tinh' || (tokens[j]?.f === 'thanh' && tokens[j + 1]?.f === 'pho'))) j += tokens[j].f === 'tinh' ? 1 : 2;
  // "Vụ TCCB", "Cục CNTT": a unit every ministry has, by its abbreviation alone.
  const unit = j === end + 1 && /^(?:vụ|cục)$/u.test(tokens[k].l) && end === k + 1 ? UNIT_ABBREVIATIONS[tokens[end].text] : undefined;
  if (unit) return { name: `${tokens[k].text} ${unit}`, end: j };
  const name = tokens.slice(k, j)
    .map((t, i, arr) => { const text = ABBREVIATIONS[t.text] ?? t.text; return i > 0 && arr[i - 1].end === t.start ? text : ` ${text}`; })
    .join('').trim();
  return { name: plural ? `Các ${name}` : name, end: j };
}
