// A list of parties in a role position ("giao Bộ X, UBND huyện Y và các sở, ngành …"): each item
// is a party below the national level (local-parties.ts), an official given a task by name
// ("giao Phó Thủ tướng Trần Hồng Hà chỉ đạo …"), or what the national list reader finds
// (gazetteer, groups, ministry ellipsis "các Bộ: Tài chính, Xây dựng", open patterns).
import type { PartyRef } from '../types';
import type { AgencyRow } from '../lexicon/agency-row';
import { INNER_PUNCT, PhraseSet, tokenize, type Token } from '../document/tokens';
import type { OfficialOccurrence } from '../rules/officials';
import { parsePartyList } from '../rules/parties';
import { localitiesParty, localPartyAt, namedProvinceCommittees } from './local-parties';
import { bareDistrictAt, bareProvinceAt, committeeOf, isCentralCity, placeName, provinceRow, spelledCityAt, type LocalHit } from './local-places';
import { provinceSuffix } from './province-names';
import { sectorMinistryAt } from './sector-ministry';
import { matchAgencyAt } from '../rules/agency-matcher';
import { fold } from '../../text/fold';
import { GENERIC_DOERS } from '../lexicon/instruction-cues';
import { readingsFor } from './party-read-memo';
import { joinedWords } from '../document/joined-words';
import { GROUP_MINISTRIES } from '../lexicon/groups';
import { MODALS } from './clause/phrase-sets';

export { envWith } from './party-read-memo';

export interface PartyReadEnv {
  asOf?: string;
  province: AgencyRow | null;
  occurrences: readonly OfficialOccurrence[];
  /** Recipients may be the Prime Minister ("báo cáo Thủ tướng"); doers never are. */
  recipients?: boolean;
  /** The position holds partners ("phối hợp với …"): the units of a named body are that body. */
  partners?: boolean;
  /** The one district the report names: "huyện" alone is its committee. */
  district?: string | null;
  /** The position holds provinces ("Với Bắc Giang, …"): a bare province name is a doer. */
  bareProvince?: boolean;
}

export interface PartyRead {
  parties: PartyRef[];
  end: number;
}

const FILLERS = new PhraseSet(['và', 'với', 'cùng', 'cùng với', 'tất cả', 'toàn bộ', 'mọi', 'những', 'các', 'nêu trên', 'có liên quan', 'liên quan',
  'nhất là', 'đặc biệt là', 'trong đó có', 'trong đó', 'trực thuộc Trung ương', 'trên địa bàn', 'nói riêng', 'nói chung',
  // ("các sở, ban ngành, đơn vị thuộc UBND tỉnh, UBND các huyện …": whose units they are.)
  'thuộc UBND tỉnh', 'thuộc Ủy ban nhân dân tỉnh', 'trực thuộc UBND tỉnh', 'thuộc UBND thành phố', 'thuộc UBND Thành phố', 'thuộc Ủy ban nhân dân thành phố']);
// "Chủ tịch UBND …", "Thủ trưởng các sở, ngành", "Giám đốc Sở …": the head acts for the body.
const HEADS = new PhraseSet(['Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch Chuyên trách', 'Phó Chủ tịch chuyên trách', 'Phó Chủ tịch Thường trực', 'Phó Chủ tịch thường trực', 'Phó Trưởng ban Thường trực', 'Phó Trưởng ban thường trực', 'Phó Trưởng ban', 'Thủ trưởng', 'các lãnh đạo', 'lãnh đạo', 'Giám đốc', 'Phó Giám đốc', 'người đứng đầu', 'Trưởng ban',
  'Bí thư', 'Chánh Văn phòng', 'Tổng Giám đốc', 'Chỉ huy trưởng', 'Cục trưởng', 'Tổng cục trưởng']);
const HONORIFICS = new PhraseSet(['từng đồng chí trong', 'các đồng chí trong', 'các đồng chí thành viên', 'các đồng chí', 'từng đồng chí', 'đồng chí']);
// Officials who are doers by name: the head of no body of their own in the text.
const PERSONAL_ROLES = new Set(['DPM', 'PM']);

function officialAt(tokens: readonly Token[], k: number, occurrences: readonly OfficialOccurrence[]): { ref: PartyRef; end: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const occ = occurrences.find((o) => o.chain.start === t.start || (o.nameSpan.start === t.start && o.chain.start >= t.start));
  if (!occ || !occ.heads.some((h) => h.role && PERSONAL_ROLES.has(h.role))) return null;
  let end = k;
  while (end < tokens.length && tokens[end].end <= occ.chain.end) end++;
  return { ref: { name: occ.name, kind: 'official' }, end };
}

// Doers that name no party ("cấp ủy", "các đơn vị") inside a list of parties: stepped over.
const UNNAMED = new PhraseSet([...GENERIC_DOERS.phrases, 'cấp ủy đảng', 'cấp ủy', 'các cấp ủy', 'các cấp uỷ', 'các đảng ủy', 'các đảng uỷ', 'đảng ủy các cấp',
  'các tổ chức đảng', 'tổ chức đảng', 'chỉ huy các cấp',
  // Establishments of a kind, no body of the state: "Các cơ sở bán lẻ thuốc cần nhắc nhở …".
  'các cơ sở y tế', 'các cơ sở khám bệnh, chữa bệnh', 'các cơ sở khám, chữa bệnh', 'các cơ sở bán lẻ thuốc', 'các nhà thuốc', 'các cơ sở kinh doanh',
  'các cơ sở sản xuất, kinh doanh', 'các cơ sở giáo dục', 'các trường học', 'các bệnh viện', 'các cơ sở lưu trú',
  // A general department's or a ministry's own units, unnamed ("phối hợp với các Vụ, đơn vị, Cục Thuế …").
  'các Vụ, đơn vị', 'các vụ, đơn vị', 'các Vụ, Cục', 'các Cục, Vụ', 'các Vụ', 'các đơn vị thuộc Tổng cục', 'các Vụ, đơn vị thuộc Tổng cục',
  // ("các đơn vị hành chính, sự nghiệp thuộc bộ": a ministry's offices and public-service units, not the localities.)
  'các đơn vị hành chính, sự nghiệp', 'các đơn vị hành chính sự nghiệp', 'các đơn vị sự nghiệp', 'các đơn vị sự nghiệp công lập',
  // The armed forces, unnamed ("lực lượng vũ trang có phương án …").
  'đơn vị lực lượng vũ trang', 'các đơn vị lực lượng vũ trang', 'lực lượng vũ trang', 'các lực lượng vũ trang',
  // Forces named by their kind, no body of their own ("phối hợp với lực lượng kiểm lâm, chính quyền địa phương …").
  'lực lượng kiểm lâm', 'các lực lượng kiểm lâm', 'lực lượng công an', 'lực lượng quân đội', 'lực lượng dân quân', 'lực lượng dân quân tự vệ',
  'lực lượng biên phòng', 'lực lượng quản lý thị trường', 'lực lượng xung kích', 'các lực lượng',
  'lực lượng thực thi', 'các lực lượng thực thi', 'lực lượng thực thi pháp luật', 'các lực lượng thực thi pháp luật', 'lực lượng cảnh sát',
  'lực lượng hải quan', 'lực lượng y tế', 'lực lượng cứu hộ', 'lực lượng cứu hộ, cứu nạn', 'các lực lượng cứu hộ, cứu nạn', 'lực lượng tại chỗ',
  'đoàn thể', 'các đoàn thể', 'tổ chức chính trị - xã hội',
  'các hội, đoàn thể',
  // A district's offices as a group: FORMAT.md gives them no label, so they are unnamed doers.
  'các phòng, ban, ngành', 'các phòng, ban', 'các phòng ban', 'các phòng, ban chuyên môn', 'các phòng chuyên môn',
  // The press among named bodies ("Công an tỉnh, Sở X, các cơ quan truyền thông …").
  'các cơ quan truyền thông', 'các cơ quan thông tấn, báo chí', 'các cơ quan báo chí, truyền thông', 'các cơ quan thông tin, truyền thông',
  'các cơ quan báo chí', 'những người làm báo', 'người làm báo', 'các nhà báo'], INNER_PUNCT);

/** The end of unnamed doers listed from j ("các cấp ủy, tổ chức đảng, chỉ huy các cấp", "các đơn
 * vị"), else -1: doers the conventions give no label. */
export function unnamedDoersEnd(tokens: readonly Token[], j: number, b: number): number {
  let end = UNNAMED.matchAt(tokens, j, b);
  while (end > 0 && (tokens[end]?.text === ',' || tokens[end]?.l === 'và')) {
    const more = UNNAMED.matchAt(tokens, end + 1, b);
    if (more < 0) break;
    end = more;
  }
  return end;
}

// A national board with a board of the same kind in every province, which the province names by
// the national board's number: "Ban Chỉ đạo 389 tỉnh Lào Cai" is the province's, not the nation's.
const PROVINCIAL_COUNTERPART: Readonly<Record<string, string>> = {
  'Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả': 'Ban Chỉ đạo 389',
};

const PROVINCIAL = /^(?:Sở |Công an$|Thanh tra$|Ban Quản lý|Ban Chỉ đạo|Ban Chỉ huy|Các sở, ngành$|Ủy ban nhân dân các |Bộ Chỉ huy Quân sự$|Kho bạc Nhà nước$)/u;

// National bodies with a branch at each level: followed by "tỉnh" / "huyện", that branch.
const BRANCHED = /^(?:Viện kiểm sát nhân dân|Tòa án nhân dân|Kho bạc Nhà nước|Cục Thuế|Cục Hải quan|Cục Thống kê|Chi cục Thuế|Bảo hiểm xã hội|Liên đoàn Lao động|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban Mặt trận Tổ quốc|Liên minh Hợp tác xã|Hội Chữ thập đỏ|Đoàn Thanh niên Cộng sản Hồ Chí Minh)$/u;

const RELATED = new PhraseSet(['có liên quan', 'liên quan']);

// "Sở Xây dựng Hà Nội", "Công an Đà Nẵng": the press names a department or a police force with its
// province's bare name.
const NAMED_WITH_BARE_PLACE = /^(?:Sở |Công an$|Thanh tra$)/u;

/** "Công an Đà Nẵng", read whole by the open pattern: the force of that province, named in the
 * official form ("Công an thành phố Đà Nẵng"); null for any other name. */
function bodyWithBarePlace(p: PartyRef, asOf?: string): PartyRef | null {
  const m = /^(Công an|Thanh tra) (\p{Lu}.*)$/u.exec(p.name);
  if (!m) return null;
  const words = tokenize(m[2]);
  const place = provinceRow(words, 0, asOf);
  if (!place || place.end !== words.length) return null;
  const name = `${m[1]}${provinceSuffix(place.row)}`;
  return { ...p, name, key: fold(name) };
}

// "Chỉ thị yêu cầu các đơn vị thuộc Bộ, Giám đốc Sở …": the issuing ministry's own units, unnamed.
const OWN_UNITS = new PhraseSet(['các đơn vị thuộc Bộ', 'các đơn vị trực thuộc Bộ', 'các đơn vị thuộc và trực thuộc Bộ', 'các cơ quan, đơn vị thuộc Bộ'], INNER_PUNCT);

/** The end of "các đơn vị thuộc Bộ" naming no ministry after it, else -1. */
function ownUnitsAt(tokens: readonly Token[], at: number): number {
  const e = OWN_UNITS.matchAt(tokens, at);
  return e > 0 && !tokens[e]?.cap ? e : -1;
}

// "các Ban, Văn phòng Huyện ủy": a Party committee's departments and its office, one committee
// named after both.
const PARTY_COMMITTEE = /^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy$/u;

function partyOfficesAt(tokens: readonly Token[], i: number): LocalHit | null {
  if (tokens[i]?.l !== 'các' || tokens[i + 1]?.l !== 'ban') return null;
  let j = i + 2;
  const office = tokens[j]?.text === ',' && tokens[j + 1]?.l === 'văn' && tokens[j + 2]?.l === 'phòng';
  if (office) j += 3;
  const committee = tokens[j] && tokens[j + 1] ? `${tokens[j].text} ${tokens[j + 1].text}` : '';
  if (!PARTY_COMMITTEE.test(committee)) return null;
  const names = [`Các ban ${committee}`, ...(office ? [`Văn phòng ${committee}`] : [])];
  return { parties: names.map((name) => ({ name, kind: 'agency' as const, key: fold(name) })), end: j + 2, ruleId: 'party.party-offices' };
}

function placeAfter(tokens: readonly Token[], i: number, asOf?: string, bare = false): { row: AgencyRow; end: number } | null {
  // "Sở Y tế TP.HCM", "… TPHCM": the city spelled whole with its place word.
  const spelled = spelledCityAt(tokens, i, asOf);
  if (spelled) return spelled;
  let j = i;
  if (tokens[j]?.f === 'tinh' || tokens[j]?.f === 'tp') j++;
  else if (tokens[j]?.f === 'thanh' && tokens[j + 1]?.f === 'pho') j += 2;
  else if (!bare || !tokens[j]?.cap) return null;
  if (tokens[j]?.text === '.') j++;
  return provinceRow(tokens, j, asOf);
}

// "Cục Thuế các tỉnh, thành phố (trực thuộc Trung ương)": the provincial branches of a national
// body, named as one party the way the gold names it.
const BRANCH_HEADS = new PhraseSet(['Cục Thuế', 'Cục Hải quan', 'Kho bạc Nhà nước', 'Bảo hiểm xã hội', 'Cục Thống kê', 'Chi cục Thuế',
  'Ngân hàng Nhà nước chi nhánh', 'Cục Quản lý thị trường', 'Công an', 'Sở Tài chính', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ',
  'Sở Xây dựng', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường', 'Sở Tư pháp', 'Sở Khoa học và Công nghệ']);
const ALL_PROVINCES = [['cac', 'tinh', 'thanh', 'pho', 'truc', 'thuoc', 'trung', 'uong'], ['cac', 'tinh', 'va', 'thanh', 'pho', 'truc', 'thuoc', 'trung', 'uong'],
  ['cac', 'tinh', 'va', 'tp', 'truc', 'thuoc', 'trung', 'uong'], ['cac', 'tinh', 'tp', 'truc', 'thuoc', 'trung', 'uong'], ['cac', 'tinh', 'thanh', 'pho'],
  ['cac', 'tinh', 'va', 'thanh', 'pho'], ['cac', 'tinh', 'va', 'tp'], ['cac', 'tinh', 'thanh']];
// The national bodies whose branches "các <head>" names alone ("Các Cục Thuế rà soát …").
const PLURAL_BRANCHES = /^(?:Cục Thuế|Cục Hải quan|Kho bạc Nhà nước|Bảo hiểm xã hội|Cục Thống kê|Chi cục Thuế|Cục Quản lý thị trường)$/u;

function branchesAt(tokens: readonly Token[], i: number): { parties: PartyRef[]; end: number; ruleId: string } | null {
  // "các Cục Thuế" with no place after it: the branches of every province.
  if (tokens[i]?.l === 'các' && tokens[i + 1]?.cap) {
    const plural = BRANCH_HEADS.matchAt(tokens, i + 1);
    const head = plural > 0 ? joinedWords(tokens, i + 1, plural, 'text') : '';
    if (plural > 0 && PLURAL_BRANCHES.test(head) && !tokens[plural]?.cap && !/^(?:tỉnh|huyện|thành|tp)$/u.test(tokens[plural]?.l ?? '')) {
      const name = `${head} các tỉnh, thành phố trực thuộc Trung ương`;
      return { parties: [{ name, kind: 'agency', key: fold(name) }], end: plural, ruleId: 'party.provincial-branches' };
    }
  }
  let head = BRANCH_HEADS.matchAt(tokens, i);
  let headName = head > 0 ? joinedWords(tokens, i, head, 'text') : '';
  // "Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố": any department, by its ministry.
  if (head < 0 && tokens[i]?.l === 'sở') {
    const ministry = matchAgencyAt(tokens, i + 1, { prefix: ['bo'] });
    if (ministry?.row?.name.startsWith('Bộ ')) { head = ministry.to; headName = `Sở ${ministry.row.name.slice(3)}`; }
  }
  if (head < 0 || !tokens[i].cap) return null;
  for (const words of ALL_PROVINCES) {
    let e = head;
    for (const w of words) {
      while (tokens[e] && !tokens[e].word && INNER_PUNCT.has(tokens[e].text)) e++;
      if (tokens[e]?.f !== w) { e = -1; break; }
      e++;
    }
    if (e < 0) continue;
    const name = `${headName} các tỉnh, thành phố trực thuộc Trung ương`;
    return { parties: [{ name, kind: 'agency', key: fold(name) }], end: e, ruleId: 'party.provincial-branches' };
  }
  return null;
}

// Ministries a province has no department of: its own police and military command are no "Sở".
const NO_DEPARTMENT = /^Bộ (?:Công an|Quốc phòng|Ngoại giao)$/u;

/** A ministry's bare name right after a department ("Sở Y tế, Tài chính"): that department, or
 * null (not a body of the province's own: "Sở Y tế, Công an tỉnh"; not the start of a longer name). */
function elidedDepartmentAt(tokens: readonly Token[], i: number, asOf: string | undefined): { party: PartyRef; end: number } | null {
  if (!tokens[i]?.cap) return null;
  const hit = matchAgencyAt(tokens, i, { asOf, prefix: ['bo'] });
  const next = hit ? tokens[hit.to] : undefined;
  if (!hit?.row?.name.startsWith('Bộ ') || NO_DEPARTMENT.test(hit.row.name) || (next?.word && next.cap)) return null;
  const name = `Sở ${hit.row.name.slice(3)}`;
  return { party: { name, kind: 'agency', key: fold(name) }, end: hit.to };
}

const MINISTRIES: PartyRef = { name: GROUP_MINISTRIES, kind: 'group', key: fold(GROUP_MINISTRIES) };

/** "yêu cầu các bộ làm rõ trách nhiệm", "các Bộ thực hiện nghiêm …": "các bộ" alone, before the
 * duty or task verb of a doer, is the ministries; before a noun it counts sets ("các bộ hồ sơ",
 * "các bộ tiêu chí"), and before a colon it lists them by name ("các bộ: Tài chính, …"). */
function bareMinistriesAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.l !== 'các' || tokens[i + 1]?.l !== 'bộ') return false;
  const next = tokens[i + 2];
  return !!next?.word && !next.cap && MODALS.matchAt(tokens, i + 2) > 0;
}

// "Chính phủ yêu cầu 11 Bộ, cơ quan tập trung …": a number of them, unnamed, is the group.
const COUNTED_MINISTRIES = new PhraseSet(['bộ, ngành, địa phương', 'bộ, cơ quan, địa phương', 'bộ, cơ quan', 'bộ, ngành', 'bộ, cơ quan trung ương', 'bộ'], INNER_PUNCT);
const COUNTED_LOCALITIES = new PhraseSet(['tỉnh, thành phố', 'tỉnh, thành', 'tỉnh', 'địa phương'], INNER_PUNCT);

/** "<number> bộ, cơ quan" before its task verb or modal: the groups and the index after them. */
function countedGroupAt(tokens: readonly Token[], i: number): PartyRead | null {
  if (!/^\d{1,3}$/u.test(tokens[i]?.text ?? '')) return null;
  const ministries = COUNTED_MINISTRIES.matchAt(tokens, i + 1);
  const localities = ministries > 0 ? -1 : COUNTED_LOCALITIES.matchAt(tokens, i + 1);
  const end = Math.max(ministries, localities);
  if (end < 0 || !tokens[end]?.word || tokens[end].cap || MODALS.matchAt(tokens, end) < 0) return null;
  const both = ministries > 0 && tokens[end - 1]?.l === 'phương';
  const parties = ministries > 0 ? [MINISTRIES, ...(both ? [localitiesParty()] : [])] : [localitiesParty()];
  return { parties, end };
}

function add(out: PartyRef[], refs: readonly PartyRef[]): void {
  for (const r of refs) if (!out.some((p) => p.name === r.name)) out.push(r);
}

/** Reads the parties named from tokens[k]; `end` is the index after the last one read. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** The index after "(GTVT)" | "(Bộ KH&ĐT)" at i: an abbreviation in brackets, else -1. */
function bracketedAbbreviationEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(') return -1;
  for (let x = i + 1; x < Math.min(tokens.length, i + 6); x++) {
    const t = tokens[x];
    if (t.text === ')') return x > i + 1 && tokens.slice(i + 1, x).some((u) => ACRONYM.test(u.text)) ? x + 1 : -1;
    if (t.word && !t.cap) return -1;
  }
  return -1;
}

export function readParties(tokens: readonly Token[], k: number, env: PartyReadEnv): PartyRead {
  const read = partiesRead(tokens, k, env);
  return { parties: [...read.parties], end: read.end };
}

/** The memoised reading itself, for callers that only look at it (no copy to hand out). */
export function partiesRead(tokens: readonly Token[], k: number, env: PartyReadEnv): Readonly<PartyRead> {
  const byStart = readingsFor(tokens, env);
  let read = byStart.get(k);
  if (!read) { read = readPartiesAt(tokens, k, env); byStart.set(k, read); }
  return read;
}

function readPartiesAt(tokens: readonly Token[], k: number, env: PartyReadEnv): PartyRead {
  const counted = countedGroupAt(tokens, k);
  if (counted) return counted;
  const parties: PartyRef[] = [];
  let i = k;
  let end = k;
  let provinceLast: boolean = false;
  // "tất cả lãnh đạo …", "mọi cán bộ …": a quantifier before the first item.
  if (/^(?:tất|toàn|mọi)$/u.test(tokens[i]?.l ?? '')) { const f = FILLERS.matchAt(tokens, i); if (f > 0) i = f; }
  let departmentLast = false;
  for (let guard = 0; guard < 24 && i < tokens.length; guard++) {
    const afterProvince: boolean = provinceLast;
    provinceLast = false;
    // "phối hợp với Sở Tài nguyên và Môi trường, Tài chính, Xây dựng, Tư pháp": after a department,
    // a ministry's bare name is another department.
    const afterDepartment = departmentLast;
    departmentLast = false;
    const elided = afterDepartment ? elidedDepartmentAt(tokens, i, env.asOf) : null;
    if (elided) {
      add(parties, [elided.party]); i = end = elided.end; departmentLast = true;
      if (tokens[i]?.text === ',' || tokens[i]?.l === 'và') { i++; continue; }
      break;
    }
    const official = officialAt(tokens, i, env.occurrences);
    if (official) { add(parties, [official.ref]); i = end = official.end; }
    else {
      // "đồng chí Cục trưởng Cục Thuế …", "các đồng chí Ban Chỉ đạo", "từng đồng chí trong Ban
      // Thường vụ …", "các đồng chí lãnh đạo các địa phương": the honorific before a head or a body.
      const honorific = HONORIFICS.matchAt(tokens, i);
      if (honorific > 0 && (tokens[honorific]?.cap || HEADS.matchAt(tokens, honorific) > 0)) i = honorific;
      let head = HEADS.matchAt(tokens, i);
      // "Giám đốc, Thủ trưởng các sở, ban, ngành": heads joined before the bodies they head
      // ("Giám đốc/Thủ trưởng các sở, ban, ngành" too).
      for (let g = 0; head > 0 && g < 3 && (tokens[head]?.text === ',' || tokens[head]?.text === '/' || tokens[head]?.l === 'và'); g++) {
        const next = HEADS.matchAt(tokens, head + 1);
        if (next < 0) break;
        head = next;
      }
      const at = head > 0 && tokens[head]?.word ? head : i;
      // A province written bare is a doer where provinces are expected: first in a topic, or after
      // another province ("tỉnh Bắc Giang, Yên Bái").
      const bare: LocalHit | null = env.bareProvince || afterProvince ? bareProvinceAt(tokens, at, env.asOf) ?? (env.bareProvince ? bareDistrictAt(tokens, at, env.district) : null) : null;
      const local: LocalHit | null = withoutPersonalName(tokens, at, env, bare ?? localPartyAt(tokens, at, env.asOf, env.province, env.district)) ?? branchesAt(tokens, at) ?? partyOfficesAt(tokens, at);
      provinceLast = (local?.ruleId === 'party.province-doer' || local?.ruleId === 'party.bare-province');
      departmentLast = local !== null && local.parties.length === 1 && /^Sở \p{Lu}/u.test(local.parties[0].name);
      // After the province's departments ("các sở, ngành, đặc biệt là ngành nông nghiệp") a sector
      // is the province's own, not the ministry.
      const provincial = parties.some((p) => /^(?:Các sở, ngành|Sở )/u.test(p.name));
      const sector = local || provincial ? null : sectorMinistryAt(tokens, at, env.asOf);
      const ownUnits = local || sector ? -1 : ownUnitsAt(tokens, at);
      if (local) { add(parties, local.parties); i = end = local.end; }
      else if (sector) { add(parties, sector.parties); i = end = sector.end; }
      // "các cấp, các ngành" is a group the lexicon names, longer than the unnamed "các cấp".
      else if (ownUnits > 0) i = ownUnits;
      else if (UNNAMED.matchAt(tokens, at) > 0 && !((matchAgencyAt(tokens, at, { asOf: env.asOf })?.to ?? -1) > UNNAMED.matchAt(tokens, at))) {
        // A doer that names no party ("cán bộ, công chức"), then perhaps one that does ("cấp xã").
        // "các lãnh đạo cơ quan, địa phương": after a head, too.
        const partyCommittee = tokens[UNNAMED.matchAt(tokens, at) - 1]?.l === 'ủy';
        i = UNNAMED.matchAt(tokens, at);
        // "Các cấp ủy, chính quyền tăng cường …": committees and governments of every level are
        // the localities (FORMAT.md groups; dev: "cấp ủy, chính quyền các cấp").
        // "…, chính quyền" after a party committee: of every level, or of the province or city.
        const unit = partyCommittee && tokens[i]?.text === ',' && tokens[i + 1]?.l === 'chính' && tokens[i + 2]?.l === 'quyền' ? i + 3 : -1;
        const city = unit > 0 && tokens[unit]?.f === 'thanh' && tokens[unit + 1]?.f === 'pho';
        const ofUnit = city || (unit > 0 && tokens[unit]?.f === 'tinh');
        if (unit > 0 && !tokens[unit]?.cap && !ofUnit) {
          add(parties, [localitiesParty()]);
          i = end = i + 3;
          if (tokens[i]?.l === 'các' && tokens[i + 1]?.l === 'cấp') i = end = i + 2;
        }
        // "Cấp ủy, chính quyền Thành phố phải …": the party committee and the people's committee of
        // the report's province or city (FORMAT.md names both; "Thành ủy Đà Nẵng").
        else if (ofUnit) {
          const after = city ? unit + 2 : unit + 1;
          const named = provinceRow(tokens, after, env.asOf);
          const row = named?.row ?? env.province;
          if (row) {
            const bare = row.name.replace(/^Thành phố\s+/u, '');
            const partyName = `${isCentralCity(row) ? 'Thành ủy' : 'Tỉnh ủy'} ${bare}`;
            add(parties, [{ name: partyName, kind: 'agency', key: fold(partyName) }, { name: committeeOf(row), kind: 'agency', key: fold(committeeOf(row)) }]);
            i = end = named ? named.end : after;
          }
        }
        if (parties.length) end = i;
        // ("… đơn vị lực lượng vũ trang cấp tỉnh, UBND các huyện …": the units' level, no group.)
        if (tokens[i]?.f === 'cap' && tokens[i + 1]?.f === 'tinh') { i += 2; continue; }
        if (tokens[i]?.word && (tokens[i].f === 'cap' || tokens[i].f === 'cac')) continue;
        // "các đơn vị như Cổng thông tin điện tử Bộ Nội vụ, Báo Dân trí …": the named ones follow.
        if (tokens[i]?.l === 'như' && tokens[i + 1]?.cap) { i += 1; continue; }
        // "các cơ quan Viện kiểm sát, Tòa án": the kind, then the bodies named.
        if (tokens[i]?.cap && tokens[i].word && tokens[i - 1]?.word && readParties(tokens, i, env).parties.length) continue;
        // "phối hợp với các cơ quan chức năng của Bộ Công an", "… các đơn vị thuộc Bộ Quốc phòng":
        // as partners, the body named after its generic units. (As doers, "Các đơn vị thuộc Sở X"
        // are the issuer's own units in its letter, and stay unnamed.)
        if (env.partners) {
          const of = tokens[i]?.l === 'của' || tokens[i]?.l === 'thuộc' ? i + 1 : tokens[i]?.l === 'trực' && tokens[i + 1]?.l === 'thuộc' ? i + 2 : -1;
          if (of > 0 && tokens[of]?.cap) { i = of; continue; }
          if (tokens[i - 1]?.l === 'thuộc' && tokens[i]?.cap) continue;
        }
      }
      else if (bareMinistriesAt(tokens, i)) { add(parties, [MINISTRIES]); i = end = i + 2; }
      else {
        let list = parsePartyList(tokens, i, { asOf: env.asOf, province: env.province, recipients: env.recipients });
        // After a head the lexicon does not list with it ("Giám đốc Sở Y tế"), the body it heads.
        if ((!list.found || !list.parties.length) && at > i) list = parsePartyList(tokens, at, { asOf: env.asOf, province: env.province, recipients: env.recipients });
        // "các Sở Kiến trúc Quy hoạch Hà Nội và TP HCM": bodies named one by one after "các".
        if ((!list.found || !list.parties.length) && tokens[i].l === 'các' && tokens[i + 1]?.cap) {
          const named = parsePartyList(tokens, i + 1, { asOf: env.asOf, province: env.province, recipients: env.recipients });
          // "các Ban QLDA chuyên ngành tỉnh": one body named by pattern after "các" is a plural kind.
          if (named.parties.length === 1 && named.ruleIds.includes('agency.pattern') && !named.parties[0].name.startsWith('Các ')
            && (/ (?:tỉnh|huyện|thành phố)$/u.test(named.parties[0].name) || /^Ban [Qq]uản lý dự án \p{Ll}/u.test(named.parties[0].name))) {
            const name = `Các ${named.parties[0].name}`;
            named.parties = [{ ...named.parties[0], name, key: fold(name) }];
          }
          if (named.parties.length) list = named;
        }
        // ("Bí thư Huyện ủy Phan Công Vỹ": the body read up to the official's personal name.)
        const cut = list.found ? personalNameWithin(tokens, i, list.end, env.occurrences) : -1;
        if (cut >= 0) list = parsePartyList(tokens.slice(0, cut), i, { asOf: env.asOf, province: env.province, recipients: env.recipients });
        if (!list.found || list.end <= i) break;
        // "phối hợp với các Vụ, đơn vị, Cục thuế có liên quan": a branched body's bare name before
        // "(có) liên quan" is whichever branch the task concerns, a generic partner (FORMAT.md).
        const lastRead = list.parties[list.parties.length - 1];
        const concerned = lastRead && BRANCHED.test(lastRead.name) && RELATED.matchAt(tokens, list.end) > 0;
        add(parties, concerned ? list.parties.slice(0, -1) : list.parties);
        departmentLast = /^Sở \p{Lu}/u.test(list.parties[list.parties.length - 1]?.name ?? '');
        // The national reader steps over a trailing ":" or ","; the list ends before it.
        let e = list.end;
        // (nor a trailing "và": "Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên, các bộ …")
        while (e > i && (!tokens[e - 1].word || tokens[e - 1].l === 'và')) e--;
        i = end = e;
      }
    }
    // "Sở Xây dựng TP Cần Thơ", "Công an tỉnh Lâm Đồng": the place written after a provincial body.
    const lastParty = parties[parties.length - 1];
    const place = placeAfter(tokens, i, env.asOf, lastParty !== undefined && NAMED_WITH_BARE_PLACE.test(lastParty.name));
    const withBarePlace = lastParty && end === i ? bodyWithBarePlace(lastParty, env.asOf) : null;
    if (withBarePlace) parties[parties.length - 1] = withBarePlace;
    else if (place && lastParty && PROVINCIAL.test(lastParty.name) && !/ (?:tỉnh|thành phố|Thành phố) /u.test(lastParty.name)) {
      const name = `${PROVINCIAL_COUNTERPART[lastParty.name] ?? lastParty.name}${provinceSuffix(place.row)}`;
      parties[parties.length - 1] = { ...lastParty, name, key: fold(name) };
      i = end = place.end;
    }
    // "Trung tâm Văn hóa - Thể thao huyện …", "Bộ Chỉ huy Bộ đội Biên phòng thành phố …", "Kho bạc Nhà nước tỉnh": a body
    // named by pattern with its level, the district or province of the report.
    else if (lastParty && end === i && !/ (?:tỉnh|huyện|thành phố|Thành phố)(?: |$)/u.test(lastParty.name) && (/^(?:Các )?(?:Trung tâm|Phòng|Ban|Đội|Hạt|Bộ Chỉ huy|Chi cục|Đài) /u.test(lastParty.name) || BRANCHED.test(lastParty.name))) {
      const level = tokens[i]?.l === 'huyện' ? 'huyện' : tokens[i]?.l === 'tỉnh' ? 'tỉnh' : tokens[i]?.l === 'thành' && tokens[i + 1]?.l === 'phố' ? 'thành phố' : null;
      const after = level === 'thành phố' ? i + 2 : i + 1;
      if (level && !tokens[after]?.cap) {
        // Without the district's name in the text the body has no suffix (FORMAT.md, as "Sở Xây dựng").
        const name = level === 'huyện' ? (env.district ? `${lastParty.name} huyện ${env.district}` : lastParty.name) : `${lastParty.name} ${level}`;
        parties[parties.length - 1] = { ...lastParty, name, key: fold(name) };
        i = end = after;
      }
    }
    // "UBND xã Ea Bông, Bình Hòa, thị trấn Buôn Trấp": after a commune's or district's committee,
    // further names of the same unit, or "thị trấn / xã / phường X", are committees too.
    const unitOf = parties.length ? /^Ủy ban nhân dân (xã|phường|thị trấn|huyện|quận) /u.exec(parties[parties.length - 1].name) : null;
    let unit = unitOf?.[1];
    for (let guard = 0; unit && end === i && guard < 12 && (tokens[i]?.text === ',' || tokens[i]?.l === 'và'); guard++) {
      let x = i + 1;
      if (tokens[x]?.l === 'thị' && tokens[x + 1]?.l === 'trấn') { unit = 'thị trấn'; x += 2; }
      else if (tokens[x]?.l === 'xã' || tokens[x]?.l === 'phường' || tokens[x]?.l === 'quận') { unit = tokens[x].l; x += 1; }
      // ("UBND huyện Hoành Bồ, TCT Đông Bắc": an abbreviation opens a body, not a unit's name.)
      const named = (tokens[x]?.cap || (unit === 'quận' || unit === 'phường') && /^\d{1,2}$/u.test(tokens[x]?.text ?? '')) && !ACRONYM.test(tokens[x].text) && !matchAgencyAt(tokens, x, { asOf: env.asOf, placeAllowed: true }) ? placeName(tokens, x) : null;
      if (!named) break;
      add(parties, [{ name: `Ủy ban nhân dân ${unit} ${named.name}`, kind: 'agency', key: fold(`Ủy ban nhân dân ${unit} ${named.name}`) }]);
      i = end = named.end;
    }
    // "BTL Quân khu 3, 4, 5": bodies of one kind told apart by their numbers.
    const numbered = parties.length ? /^(.*\s)\d+$/u.exec(parties[parties.length - 1].name) : null;
    for (let guard = 0; numbered && end === i && guard < 12 && (tokens[i]?.text === ',' || tokens[i]?.l === 'và') && /^\d+$/u.test(tokens[i + 1]?.text ?? ''); guard++) {
      const name = `${numbered[1]}${tokens[i + 1].text}`;
      add(parties, [{ ...parties[parties.length - 1], name, key: fold(name) }]);
      i = end = i + 2;
    }
    // "Bộ Giao thông Vận tải (GTVT), …": the abbreviation the report will use, in brackets.
    if (parties.length && end === i) { const after = bracketedAbbreviationEnd(tokens, i); if (after > 0) i = end = after; }
    // "Chủ tịch UBND các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:
    // Đắk Lắk, Khánh Hòa …": the range says which localities; those it singles out are named too,
    // their committees (whose chairs are asked).
    if (lastParty?.name === localitiesParty().name && end === i && committeeHeadBefore(tokens, k, i)) {
      const range = rangeOfProvincesEnd(tokens, i, env.asOf);
      if (range > 0) i = end = range;
      const marker = tokens[i]?.text === ',' ? SINGLED_OUT.matchAt(tokens, i + 1) : -1;
      const plural = marker > 0 && tokens[marker]?.l === 'các' ? marker + 1 : marker;
      const named = plural > 0 ? namedProvinceCommittees(tokens, plural, env.asOf) : null;
      if (named) { add(parties, named.parties); i = end = named.end; }
    }
    // Another item follows only after a separator: ", Bộ Y tế", "và UBND tỉnh …".
    let j = i;
    let separated = false;
    for (let g = 0; g < 3 && j < tokens.length; g++) {
      // ";" separates addressees only in a list that party-list-join.ts has joined.
      if (!tokens[j].word && (tokens[j].text === ',' || tokens[j].text === '&' || tokens[j].text === ';')) { j++; separated = true; continue; }
      const f = FILLERS.matchAt(tokens, j);
      if (f > 0 && tokens[j].l !== 'các') { j = f; separated = true; continue; }
      break;
    }
    if (!separated) break;
    i = j;
  }
  return { parties, end };
}

// What singles out some of the localities just named ("…, trong đó trọng tâm là các tỉnh: …").
const SINGLED_OUT = new PhraseSet(['trong đó trọng tâm là', 'trọng tâm là', 'trong đó nhất là', 'nhất là', 'đặc biệt là', 'trong đó có', 'trong đó']);

/** A people's committee ("UBND", "Ủy ban nhân dân") among tokens [k, i): the localities read there are committees. */
function committeeHeadBefore(tokens: readonly Token[], k: number, i: number): boolean {
  for (let x = k; x < i; x++) if (tokens[x].f === 'ubnd' || (tokens[x].f === 'uy' && tokens[x + 1]?.f === 'ban' && tokens[x + 2]?.f === 'nhan')) return true;
  return false;
}

/** The end of "từ <province> đến <province>" at i, else -1. */
function rangeOfProvincesEnd(tokens: readonly Token[], i: number, asOf: string | undefined): number {
  if (tokens[i]?.l !== 'từ') return -1;
  const from = provinceRow(tokens, i + 1, asOf);
  if (!from || tokens[from.end]?.l !== 'đến') return -1;
  const to = provinceRow(tokens, from.end + 1, asOf);
  return to ? to.end : -1;
}

/** "Phó Chủ tịch UBND tỉnh Trần Phước Hiền": a reading of a local body that took an official's
 * personal name for its place is read again up to the name ("UBND tỉnh", the report's province). */
function withoutPersonalName(tokens: readonly Token[], at: number, env: PartyReadEnv, hit: LocalHit | null): LocalHit | null {
  const cut = hit ? personalNameWithin(tokens, at, hit.end, env.occurrences) : -1;
  if (cut < 0) return hit;
  return cut > at ? localPartyAt(tokens.slice(0, cut), at, env.asOf, env.province, env.district) : null;
}

/** The index of the token where an official's personal name starts after tokens[k] and before
 * `end`, else -1: a reading that runs into it is read again up to it. */
function personalNameWithin(tokens: readonly Token[], k: number, end: number, occurrences: readonly OfficialOccurrence[]): number {
  const from = tokens[k].start;
  const to = tokens[end - 1].end;
  const named = occurrences.find((o) => o.nameSpan.start > from && o.nameSpan.start < to);
  if (!named) return -1;
  let cut = k;
  while (cut < end && tokens[cut].start < named.nameSpan.start) cut++;
  return cut;
}
