// Parties below the national level, named the way FORMAT.md's conventions name them: the people's
// committee of a named place ("UBND huyện Vân Canh" → "Ủy ban nhân dân huyện Vân Canh", "UBND tỉnh
// Sơn La" → "Ủy ban nhân dân tỉnh Sơn La"), the committees of a whole level ("UBND các huyện,
// thành phố", "UBND cấp xã"), the departments of a province as a group ("các sở, ban, ngành"), a
// province or city that is itself the doer ("tỉnh Bắc Giang", "Thành phố"), and the provincial
// bodies read with "tỉnh" ("Công an tỉnh", "Thanh tra tỉnh"). Places and committees of a named
// province are read in local-places.ts, bodies named with their level in local-bodies.ts. The
// province suffix is added later (province-names.ts), once the report's province is known.
import type { PartyRef } from '../types';
import type { AgencyRow } from '../lexicon/agency-row';
import { agencyKey } from '../lexicon/gazetteer';
import { INNER_PUNCT, matchWords, PhraseSet, type Token } from '../document/tokens';
import { committeeOf, isCentralCity, localAgency as agency, placeName, provinceRow, spelledCityAt, unitName, UNIT_NAMES, wordsAt, type LocalHit } from './local-places';
import { departmentsEnd, DISTRICT_BODY_WORDS, districtBodyAt, DISTRICT_UNITS, PROVINCIAL_BODY_FIRST, PROVINCIAL_BODY_WORDS, spelledBody } from './local-bodies';
import { GROUP_LOCALITIES } from '../lexicon/groups';
import { fold } from '../../text/fold';
import { joinedWords } from '../document/joined-words';

/** The localities group ("Các địa phương"), a fresh party each time. */
export const localitiesParty = (): PartyRef => ({ name: GROUP_LOCALITIES, kind: 'group', key: fold(GROUP_LOCALITIES) });

// Levels of local government as written, folded, and the level they stand for.
// The press's one-letter abbreviations of the lower units, before a unit's name ("UBND H.Bắc Bình").
const PRESS_UNIT_LETTERS: Readonly<Record<string, string>> = { H: 'huyện', P: 'phường', X: 'xã' };
const LEVELS: Readonly<Record<string, 'district' | 'commune' | 'urban-district' | 'province'>> = {
  huyen: 'district', thi: 'district', tx: 'district', 'thi xa': 'district', thanh: 'district', 'thanh pho': 'district', quan: 'urban-district',
  xa: 'commune', phuong: 'commune', 'thi tran': 'commune', 'dac khu': 'commune', tinh: 'province',
};
const LEVEL_LABEL = {
  district: 'Ủy ban nhân dân các huyện, thành phố',
  'urban-district': 'Ủy ban nhân dân các quận, huyện',
  commune: 'Ủy ban nhân dân các phường, xã',
} as const;
// Words of a named unit: "huyện Vân Canh", "thị xã An Nhơn", "thành phố Đà Lạt", "xã Hùng Sơn".
const UNIT_WORDS: readonly (readonly string[])[] = [['thi', 'xa'], ['thanh', 'pho'], ['thi', 'tran'], ['dac', 'khu'], ['huyen'], ['quan'], ['xa'], ['phuong'], ['tp'], ['tx'], ['tinh'], ['thanh'], ['thi']];

const CENTRAL_BODIES = new PhraseSet(['các cơ quan Trung ương đóng trên địa bàn', 'các cơ quan Trung ương trên địa bàn', 'các cơ quan Trung ương đóng chân trên địa bàn',
  'các cơ quan, đơn vị Trung ương trên địa bàn', 'các cơ quan, đơn vị Trung ương đóng trên địa bàn', 'các cơ quan ngành dọc Trung ương trên địa bàn'], INNER_PUNCT);
const COMMUNE_UNITS: readonly (readonly string[])[] = [['xa'], ['phuong'], ['thi', 'tran']];
const COMMUNE_DUTY = new PhraseSet(['cần', 'phải', 'cần phải', 'tiếp tục', 'khẩn trương', 'chủ động', 'tập trung', 'có trách nhiệm']);
const VILLAGES = new PhraseSet(['các thôn, bản', 'các thôn, tổ dân phố', 'các ấp', 'các thôn', 'các bản', 'các tổ dân phố', 'các khu phố', 'các buôn', 'các làng'], INNER_PUNCT);

function ubndAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.f === 'ubnd') return k + 1;
  const full = wordsAt(tokens, k, ['uy', 'ban', 'nhan', 'dan']);
  if (full > 0) return full;
  // "chính quyền huyện Lý Sơn": the government of a unit the text names is its people's committee.
  const government = wordsAt(tokens, k, ['chinh', 'quyen']);
  const unit = government > 0 ? unitAt(tokens, government) : null;
  return unit && tokens[unit.e]?.cap ? government : -1;
}

function unitAt(tokens: readonly Token[], j: number): { w: readonly string[]; e: number } | null {
  for (const w of UNIT_WORDS) {
    const e = wordsAt(tokens, j, w);
    if (e > 0) return { w, e };
  }
  return null;
}

/** "các huyện, thành phố" | "cấp xã" after UBND: the level label, else null. */
const CITY_UNITS = new Set(['thanh pho', 'thi xa', 'tp', 'tx']);
const TOWN_UNITS = new Set(['thi xa', 'tx']);
const DISTRICTS_AND_TOWNS = 'Ủy ban nhân dân các huyện, thị xã, thành phố';
const DISTRICTS_TOWNS_ONLY = 'Ủy ban nhân dân các huyện, thị xã';
// The labels of the district level, with or without its towns.
const DISTRICT_LABELS = new Set<string>([LEVEL_LABEL.district, DISTRICTS_AND_TOWNS, DISTRICTS_TOWNS_ONLY]);

function levelGroup(tokens: readonly Token[], k: number, asOf?: string): { label: string; end: number } | null {
  let j = k;
  let lastUnit: string | null = null;
  if (tokens[j]?.f === 'cap') {
    const unit = unitAt(tokens, j + 1);
    if (!unit) return null;
    const level = LEVELS[unit.w.join(' ')];
    return level && level !== 'province' ? { label: LEVEL_LABEL[level], end: unit.e } : null;
  }
  // "các huyện, thành phố"; "xã, phường" (two units or more need no "các").
  const plural = tokens[j]?.f === 'cac';
  if (plural) j++;
  const seen = new Set<string>();
  let towns = false;
  let cities = false;
  let end = -1;
  for (let guard = 0; guard < 8; guard++) {
    const unit = unitAt(tokens, j);
    if (!unit) break;
    const words = unit.w.join(' ');
    const level = LEVELS[words];
    if (level) seen.add(level);
    if (TOWN_UNITS.has(words)) towns = true;
    else if (words === 'thanh pho' || words === 'tp') cities = true;
    end = unit.e;
    lastUnit = words;
    j = unit.e;
    if (tokens[j] && (tokens[j].text === ',' || tokens[j].text === '-' || tokens[j].l === 'và')) j++;
    else break;
  }
  if (end < 0 || seen.has('province') || (!plural && seen.size + (end - k > 2 ? 1 : 0) < 2)) return null;
  const level = seen.has('commune') ? 'commune' : seen.has('urban-district') ? 'urban-district' : 'district';
  // ("UBND các huyện, thị xã, thành phố": the towns listed with the districts stay in the label.)
  const label = level === 'district' && towns ? (cities ? DISTRICTS_AND_TOWNS : DISTRICTS_TOWNS_ONLY) : LEVEL_LABEL[level];
  // "UBND các huyện, thị xã, thành phố Tam Kỳ": the last unit of the list is the province's one
  // city, named; the list is still every unit of the level (not a province: "… thành phố Hà Nội").
  if (plural && lastUnit && CITY_UNITS.has(lastUnit) && tokens[end - lastUnit.split(' ').length - 1]?.text === ',') {
    const named = placeName(tokens, end);
    if (named && !provinceRow(tokens, end, asOf)) return { label, end: named.end };
  }
  return { label, end: plural ? afterQualifier(tokens, end) : end };
}

// "các huyện ven biển", "các xã vùng cao": which of the units, still the level's group.
const UNIT_QUALIFIERS = ['ven biển', 'ven sông', 'miền núi', 'biên giới', 'vùng cao', 'vùng sâu', 'vùng trũng',
  'trọng điểm', 'đồng bằng', 'vùng đồng bào dân tộc thiểu số'].map((p) => p.split(' '));

function afterQualifier(tokens: readonly Token[], end: number): number {
  for (const words of UNIT_QUALIFIERS) {
    const e = matchWords(tokens, end, words);
    if (e > 0) return e;
  }
  return end;
}

const LISTED_UNITS: Readonly<Record<string, string>> = { huyen: 'huyện', quan: 'quận', xa: 'xã', phuong: 'phường' };

/** "UBND các huyện: A, B và C" / "UBND các xã A, B": one committee per unit named. */
function listedUnits(tokens: readonly Token[], u: number): LocalHit | null {
  const unit = tokens[u]?.f === 'cac' ? LISTED_UNITS[tokens[u + 1]?.f ?? ''] : undefined;
  if (!unit) return null;
  let e = u + 2;
  if (tokens[e]?.text === ':') e++;
  const committees: PartyRef[] = [];
  for (let guard = 0; guard < 16; guard++) {
    const named = unitName(tokens, e);
    // ("UBND các quận Thành phố Hồ Chí Minh": the city of the level, not a unit's name.)
    if (!named || /^(?:Thành phố|Tỉnh|TP|Thủ đô)(?:\s|$)/u.test(named.name)) break;
    committees.push(agency(`Ủy ban nhân dân ${unit} ${named.name}`));
    e = named.end;
    if (tokens[e] && (tokens[e].text === ',' || tokens[e].l === 'và') && tokens[e + 1]?.cap) e++;
    else break;
  }
  return committees.length ? { parties: committees, end: e, ruleId: 'party.listed-units' } : null;
}

/** "Công an các huyện, thị xã, thành phố", "Ban An toàn giao thông các huyện": a district body of
 * every district, labelled by the level as the committees are ("Công an các huyện, thành phố"). */
function districtBodiesAt(tokens: readonly Token[], k: number): LocalHit | null {
  for (const head of DISTRICT_BODY_WORDS) {
    const e = wordsAt(tokens, k, head);
    if (e < 0 || tokens[e]?.f !== 'cac') continue;
    const group = levelGroup(tokens, e);
    if (!group) return null;
    const body = joinedWords(tokens, k, e, 'text');
    return { parties: [agency(`${body} ${group.label.replace(/^Ủy ban nhân dân /u, '')}`)], end: group.end, ruleId: 'party.district-bodies' };
  }
  return null;
}

// Words after an unnamed district committee that make it the issuer, not a doer.
// "Giao / yêu cầu / đề nghị UBND huyện …": the committee named right after the verb is asked.
const ASKED_BEFORE = new PhraseSet(['giao', 'giao cho', 'yêu cầu', 'đề nghị']);
const ISSUER_NEXT = new Set(['chỉ', 'yêu', 'giao', 'đề', 'vừa', 'đã', 'có', 'ban', 'ra', 'thông', 'gửi', 'phát', 'quyết', 'kết', 'lưu', 'nhấn', 'đồng', 'cũng']);

// Every reading below starts with one of these words: the rest are rejected at once.
const FIRST_WORDS = new Set(['so', 'tung', 'moi', 'xa', 'phuong', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi', ...Array.from({ length: 99 }, (_, n) => String(n + 1)), 'cac', 'ubnd', 'uy', 'chinh', 'doan', 'huyen', 'quan', 'thi', 'thanh', 'tp', 'tx', 'tinh', ...PROVINCIAL_BODY_WORDS.map((w) => w[0]), ...DISTRICT_BODY_WORDS.map((w) => w[0])]);

// The words that name a province before its name: "tỉnh Bắc Giang", "thành phố Đà Nẵng", "TP Đà Nẵng".
const PROVINCE_WORDS: readonly (readonly string[])[] = [['tinh'], ['thanh', 'pho'], ['tp']];

/**
 * "tỉnh Hà Tĩnh, Quảng Trị", "tỉnh, thành phố: Quảng Ninh, Hải Phòng và Thái Bình" at n, after the
 * committees' "UBND (các)" or their chairs': one committee for each province or city named.
 */
export function namedProvinceCommittees(tokens: readonly Token[], n: number, asOf: string | undefined): LocalHit | null {
  let e = tokens[n]?.f === 'tinh' ? n + 1 : wordsAt(tokens, n, ['thanh', 'pho']);
  if (e < 0) return null;
  // (The list after a colon: "các tỉnh, thành phố: …", "các tỉnh: …".)
  const both = tokens[e]?.text === ',' ? wordsAt(tokens, e + 1, ['thanh', 'pho']) : -1;
  if (both > 0 && (tokens[both]?.text === ':' || provinceRow(tokens, both, asOf))) e = both;
  if (tokens[e]?.text === ':' && provinceRow(tokens, e + 1, asOf)) e++;
  const committees: PartyRef[] = [];
  for (let guard = 0; guard < 40; guard++) {
    const prov = provinceRow(tokens, e, asOf);
    if (!prov) break;
    committees.push(agency(committeeOf(prov.row)));
    e = prov.end;
    if (tokens[e] && (tokens[e].text === ',' || tokens[e].l === 'và') && provinceRow(tokens, e + 1, asOf)) e++;
    else break;
  }
  return committees.length ? { parties: committees, end: e, ruleId: 'party.provincial-committees' } : null;
}

/** A party below the national level starting at tokens[k], or null. */
export function localPartyAt(tokens: readonly Token[], k: number, asOf: string | undefined, province: AgencyRow | null, district?: string | null): LocalHit | null {
  const t = tokens[k];
  if (!t || !t.word || !FIRST_WORDS.has(t.f)) return null;
  // "(Thủ trưởng / lãnh đạo) các sở, ban, ngành (, đoàn thể) (cấp tỉnh)"
  let j = k;
  // ("Từng sở, ngành cần …", "mỗi sở, ngành": each of them, the same group.)
  if (tokens[j]?.f === 'cac' || ((tokens[j]?.f === 'tung' || tokens[j]?.f === 'moi') && tokens[j + 1]?.f === 'so')) j++;
  // ("Sở, ban, ngành liên quan" as a list's heading: the group without its "các".)
  // ("phối hợp với sở, ngành, các địa phương": in lower case too.)
  let e = j > k || (t.l === 'sở' && tokens[k + 1]?.text === ',') ? departmentsEnd(tokens, j) : -1;
  // ("yêu cầu các ban, ngành thành phố tiếp tục …": the departments, named by "ban, ngành".)
  if (e < 0 && tokens[k]?.f === 'cac' && tokens[k + 1]?.f === 'ban' && tokens[k + 2]?.text === ',' && tokens[k + 3]?.f === 'nganh' && !tokens[k + 1].cap) {
    e = k + 4;
    // ("các ban, ngành, đoàn thể cấp tỉnh": the mass organisations listed with them.)
    if (tokens[e]?.text === ',' && wordsAt(tokens, e + 1, ['doan', 'the']) > 0) e += 3;
  }
  // ("Chủ tịch UBND tỉnh yêu cầu các sở rà soát …": the departments, without "ngành"; also
  // as one addressee of a list, "Giám đốc các Sở; Thủ trưởng các ban, ngành …".)
  const after = tokens[j + 1];
  if (e < 0 && tokens[k]?.f === 'cac' && j === k + 1 && tokens[j]?.f === 'so' && after && (after.word ? !after.cap : /^[;,.]$/u.test(after.text))) e = j + 1;
  if (e > 0) {
    if (wordsAt(tokens, e, ['cap', 'tinh']) > 0) e += 2;
    else if (tokens[e]?.f === 'tinh' && !tokens[e + 1]?.cap) e += 1; // "các sở, ngành tỉnh;"
    else if (tokens[e]?.f === 'thanh' && tokens[e + 1]?.f === 'pho' && !tokens[e + 2]?.cap) e += 2; // "các sở, ngành Thành phố tăng cường …"
    // "Các Sở, ban, ngành (trực) thuộc tỉnh, Công an tỉnh, …": the address line of a provincial
    // letter names the departments by whom they belong to.
    else if (tokens[e]?.f === 'thuoc' || (tokens[e]?.f === 'truc' && tokens[e + 1]?.f === 'thuoc')) {
      const of = tokens[e].f === 'truc' ? e + 2 : e + 1;
      const under = wordsAt(tokens, of, ['uy', 'ban', 'nhan', 'dan']) > 0 ? of + 4 : tokens[of]?.f === 'ubnd' ? of + 1 : of;
      if (tokens[under]?.f === 'tinh' && !tokens[under + 1]?.cap) e = under + 1;
      else if (tokens[under]?.f === 'thanh' && tokens[under + 1]?.f === 'pho' && !tokens[under + 2]?.cap) e = under + 2;
    }
    // "các sở ngành địa phương liên quan" (no comma): the departments and the localities.
    const localities = wordsAt(tokens, e, ['dia', 'phuong']) > 0;
    if (localities) e += 2;
    // "các sở, ngành liên quan (của tỉnh)" still names the departments, as "các địa phương liên quan" does.
    if (wordsAt(tokens, e, ['lien', 'quan']) > 0) e += 2;
    else if (wordsAt(tokens, e, ['co', 'lien', 'quan']) > 0) e += 3;
    if (wordsAt(tokens, e, ['cua', 'tinh']) > 0) e += 2;
    return { parties: localities ? [agency('Các sở, ngành'), localitiesParty()] : [agency('Các sở, ngành')], end: e, ruleId: 'party.provincial-departments' };
  }
  // "UBND các huyện, thành phố" | "UBND cấp xã" | "UBND huyện Vân Canh" | "UBND tỉnh Sơn La"
  let u = ubndAt(tokens, k);
  // "Chủ tịch Ủy ban nhân dân kiêm Trưởng Ban An toàn giao thông tỉnh Sơn La": the second post
  // sits between the committee and its province.
  if (u > 0 && tokens[u]?.f === 'kiem') {
    for (let x = u + 1; x < Math.min(tokens.length, u + 12) && tokens[x].word; x++) {
      if (tokens[x].f === 'tinh' && provinceRow(tokens, x + 1, asOf)) { u = x; break; }
    }
  }
  if (u > 0) {
    // "UBND (các) tỉnh thành phố" written without its comma: the provinces and cities, the localities.
    const pl = tokens[u]?.f === 'cac' ? u + 1 : u;
    // ("UBND tỉnh, thành phố nuôi cá tra vùng …": with its comma, and a qualifier after it.)
    const comma = tokens[pl + 1]?.text === ',' ? 1 : 0;
    if (tokens[pl]?.f === 'tinh' && tokens[pl + 1 + comma]?.f === 'thanh' && tokens[pl + 2 + comma]?.f === 'pho' && !tokens[pl + 3 + comma]?.cap && tokens[pl + 3 + comma]?.text !== ':') {
      return { parties: [localitiesParty()], end: pl + 3 + comma, ruleId: 'party.local-level' };
    }
    // "Ủy ban nhân dân các cấp": every level's committee, the localities (as "chính quyền các cấp").
    if (tokens[u]?.f === 'cac' && tokens[u + 1]?.f === 'cap') {
      return { parties: [localitiesParty()], end: u + 2, ruleId: 'party.local-level' };
    }
    // "UBND các huyện: Krông Pắc, Ea Kar, Cư M'gar": the districts listed, one committee each.
    const listed = listedUnits(tokens, u);
    if (listed) return listed;
    const level = levelGroup(tokens, u, asOf);
    if (level) return { parties: [agency(level.label)], end: level.end, ruleId: 'party.local-level' };
    // "UBND 2 tỉnh Bắc Ninh và Bắc Giang", "UBND các tỉnh Hà Tĩnh, Quảng Trị": one committee each.
    let n = u;
    const counted = /^\d{1,2}$|^hai$|^ba$|^bon$/u.test(tokens[n]?.f ?? '');
    if (tokens[n]?.f === 'cac' || counted) n++;
    if (n > u && (tokens[n]?.f === 'tinh' || wordsAt(tokens, n, ['thanh', 'pho']) > 0)) {
      const named = namedProvinceCommittees(tokens, n, asOf);
      if (named) return named;
      // "UBND 4 tỉnh (nêu trên) khẩn trương …": provinces counted, not named here: the localities.
      if (counted && tokens[n].f === 'tinh') return { parties: [localitiesParty()], end: n + 1, ruleId: 'party.local-level' };
    }
    if (tokens[u]?.f === 'cac') return null;
    // "UBND TP.HCM", "UBND TPHCM": the city spelled whole, its abbreviation with its place word.
    const spelled = spelledCityAt(tokens, u, asOf);
    if (spelled) return { parties: [agency(committeeOf(spelled.row))], end: spelled.end, ruleId: 'party.provincial-committee' };
    // "UBND Bình Thuận chỉ đạo …": the province named without its "tỉnh".
    const bareProvince = tokens[u]?.cap ? provinceRow(tokens, u, asOf) : null;
    if (bareProvince) return { parties: [agency(committeeOf(bareProvince.row))], end: bareProvince.end, ruleId: 'party.provincial-committee' };
    // "UBND H.Bắc Bình", "UBND P.Cao Lãnh", "UBND X.Tân Hòa": the press's "H.", "P.", "X." for
    // "huyện", "phường", "xã", before the unit's name.
    const short = PRESS_UNIT_LETTERS[tokens[u]?.text ?? ''];
    if (short && tokens[u + 1]?.text === '.' && tokens[u + 2]?.cap) {
      const named = placeName(tokens, u + 2);
      if (named && !provinceRow(tokens, u + 2, asOf)) return { parties: [agency(`Ủy ban nhân dân ${short} ${named.name}`)], end: named.end, ruleId: 'party.local-committee' };
    }
    for (const w of UNIT_WORDS) {
      let e = wordsAt(tokens, u, w);
      if (e < 0) continue;
      if (tokens[e]?.text === '.' && (w[0] === 'tp' || w[0] === 'tx')) e++; // "UBND TP. Đà Lạt"
      const prov = provinceRow(tokens, e, asOf);
      // "UBND TP. Thái Nguyên" in Thái Nguyên province is the committee of the provincial city.
      // (Never after "huyện": a district may bear a province's name.)
      const cityOfProvince = prov && w[0] !== 'tinh' && w[0] !== 'huyen' && prov.row.kind === 'province' && !/^Thành phố /u.test(prov.row.name);
      if (prov && cityOfProvince) {
        return { parties: [agency(`Ủy ban nhân dân thành phố ${prov.row.name}`)], end: prov.end, ruleId: 'party.local-committee' };
      }
      if (prov && (w[0] === 'tinh' || w[0] === 'tp' || w.join(' ') === 'thanh pho')) {
        return { parties: [agency(committeeOf(prov.row))], end: prov.end, ruleId: 'party.provincial-committee' };
      }
      const named = placeName(tokens, e);
      if (named && !/^(?:UBND|Ủy|Sở)$/u.test(named.name)) {
        return { parties: [agency(`Ủy ban nhân dân ${UNIT_NAMES[w.join(' ')]} ${named.name}`)], end: named.end, ruleId: 'party.local-committee' };
      }
      if (w[0] === 'tinh' || w[0] === 'tp' || w.join(' ') === 'thanh pho') {
        // "UBND tỉnh" with no name: the province of the report, else as written. "UBND thành phố"
        // is the report's city where the report is about a centrally-run city; in a province's
        // report, its city's committee (unnamed: a province's capital may bear another name).
        const city = w[0] !== 'tinh';
        const ownCity = province !== null && isCentralCity(province);
        if (city && !ownCity) return { parties: [agency('Ủy ban nhân dân thành phố')], end: e, ruleId: 'party.context-city' };
        return { parties: [agency(province ? committeeOf(province) : 'Ủy ban nhân dân tỉnh')], end: e, ruleId: 'party.context-committee' };
      }
      // "UBND huyện" with no name: the report's district, else as written (FORMAT.md: no suffix
      // where the text never names it).
      // (Not as the issuer: "UBND huyện chỉ đạo …", "Chủ tịch UBND huyện vừa có công văn …".)
      // (As the object of an instruction it is the one asked: "Giao UBND huyện yêu cầu chủ đầu tư …".)
      if (w[0] === 'huyen' && !tokens[e]?.cap && (!ISSUER_NEXT.has(tokens[e]?.l ?? '') || ASKED_BEFORE.endingAt(tokens, Math.max(0, k - 3), k) >= 0)) {
        return { parties: [agency(district ? `Ủy ban nhân dân huyện ${district}` : 'Ủy ban nhân dân huyện')], end: e, ruleId: 'party.context-committee' };
      }
    }
    return null;
  }
  // "chính quyền cấp huyện, cấp xã": the government of a level is its people's committees.
  const government = wordsAt(tokens, k, ['chinh', 'quyen']);
  if (government > 0 && tokens[government]?.f === 'cap') {
    const parties: PartyRef[] = [];
    let e = government;
    for (let lvl = levelGroup(tokens, e); lvl; lvl = levelGroup(tokens, e)) {
      if (!parties.some((p) => p.name === lvl!.label)) parties.push(agency(lvl.label));
      e = lvl.end;
      const sep = tokens[e] && (tokens[e].text === ',' || tokens[e].l === 'và') ? e + 1 : -1;
      if (sep < 0 || tokens[sep]?.f !== 'cap') break;
      e = sep;
    }
    if (parties.length) return { parties, end: e, ruleId: 'party.local-level' };
  }
  // "Đối với 4 tỉnh, …", "hai tỉnh": provinces counted, not named, are the localities too.
  if (/^(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)$/u.test(t.l) && tokens[k + 1]?.f === 'tinh' && !tokens[k + 2]?.cap) {
    return { parties: [localitiesParty()], end: k + 2, ruleId: 'party.provinces-unnamed' };
  }
  // "Các tỉnh tiếp tục thực hiện …": the provinces, unnamed, are the localities ("các tỉnh Đồng Nai,
  // Bình Dương" names them one by one, read elsewhere).
  if (t.f === 'cac' && tokens[k + 1]?.f === 'tinh' && tokens[k + 2]?.word && !tokens[k + 2].cap && !provinceRow(tokens, k + 2, asOf)) {
    return { parties: [localitiesParty()], end: k + 2, ruleId: 'party.provinces-unnamed' };
  }
  // "các cơ quan Trung ương (đóng) trên địa bàn tỉnh": FORMAT.md's group of the central bodies
  // in a province (the province's name is added with the other provincial labels).
  const central = CENTRAL_BODIES.matchAt(tokens, k);
  if (central > 0) {
    let e = central;
    let level = 'tỉnh';
    if (tokens[e]?.f === 'tinh' && !tokens[e + 1]?.cap) e++;
    else if (tokens[e]?.f === 'thanh' && tokens[e + 1]?.f === 'pho' && !tokens[e + 2]?.cap) { e += 2; level = 'thành phố'; }
    // (FORMAT.md's label keeps its level, "… trên địa bàn tỉnh"; the province's name follows it.)
    return { parties: [agency(`Các cơ quan trung ương trên địa bàn ${level}`)], end: e, ruleId: 'party.central-bodies' };
  }
  // "đề nghị các ấp phải báo cáo …": the villages below a commune, a group named as written.
  const villages = VILLAGES.matchAt(tokens, k);
  if (villages > 0 && !tokens[villages]?.cap) {
    const name = joinedWords(tokens, k, villages, 'text').replace(/ ,/gu, ',');
    return { parties: [agency(name.charAt(0).toUpperCase() + name.slice(1))], end: villages, ruleId: 'party.villages' };
  }
  // "cấp xã", "các xã, phường" without UBND: the level itself.
  const level = levelGroup(tokens, k, asOf);
  // ("Lãnh đạo xã, phường phải …": two units of the commune level need no "các".)
  const communes = level?.label === LEVEL_LABEL.commune && level.end - k >= 3;
  if (level && (tokens[k].f === 'cac' || communes) && (!DISTRICT_LABELS.has(level.label) || tokens[k + 1]?.f === 'huyen' || tokens[k + 1]?.f === 'quan')) {
    return { parties: [agency(level.label)], end: level.end, ruleId: 'party.local-level' };
  }
  // "chính quyền các cấp tỉnh Quảng Nam": the authorities of every level of a province named are
  // the province itself as doer.
  const everyLevel = wordsAt(tokens, k, ['chinh', 'quyen', 'cac', 'cap']);
  if (everyLevel > 0) {
    const province = localPartyAt(tokens, everyLevel, asOf, null);
    return province?.ruleId === 'party.province-doer' ? { ...province, ruleId: 'party.province-authorities' } : null;
  }
  const youth = youthUnionAt(tokens, k, asOf);
  if (youth) return youth;
  // "tỉnh Bắc Giang", "thành phố Đà Nẵng", "TP Đà Nẵng", "TP.HCM": the province itself is the doer.
  const spelled = spelledCityAt(tokens, k, asOf);
  if (spelled && /^Thành phố /u.test(spelled.row.name)) return { parties: [{ name: spelled.row.name, kind: 'agency', key: agencyKey(spelled.row) }], end: spelled.end, ruleId: 'party.province-doer' };
  for (const w of PROVINCE_WORDS) {
    let e = wordsAt(tokens, k, w);
    if (e < 0) continue;
    if (tokens[e]?.text === '.' && w[0] === 'tp') e++;
    const prov = provinceRow(tokens, e, asOf);
    // "TP. Thái Nguyên" in Thái Nguyên province is the provincial city, not the province.
    if (prov && w[0] !== 'tinh' && prov.row.kind === 'province' && !/^Thành phố /u.test(prov.row.name)) return null;
    if (prov) return { parties: [{ name: prov.row.name, kind: 'agency', key: agencyKey(prov.row) }], end: prov.end, ruleId: 'party.province-doer' };
    // "Thành phố chủ động …", "Tỉnh cần …": the report's own province.
    if (province && tokens[e]?.word && !tokens[e].cap && e === k + w.length && !/^(?:này|đó|nhà|trực|thuộc|mới|cũ|lớn|và|ủy|uỷ|đoàn|đội)$/u.test(tokens[e].l)) {
      return { parties: [{ name: province.name, kind: 'agency', key: agencyKey(province) }], end: e, ruleId: 'party.context-province' };
    }
  }
  // "yêu cầu huyện Vân Canh tập trung …": a district named as the doer is its people's committee
  // (FORMAT.md: "Ủy ban nhân dân huyện Vân Canh"). Communes are left out: "xã X" is far more often
  // where something is than who does it.
  for (const w of DISTRICT_UNITS) {
    let e = wordsAt(tokens, k, w);
    if (e < 0) continue;
    if (w[0] === 'huyen' && tokens[e]?.l === 'đảo') e++; // "huyện đảo Cồn Cỏ"
    if (tokens[e]?.text === '.' && w.length === 1 && w[0].length === 2) e++;
    const named = placeName(tokens, e);
    if (named && !/^(?:UBND|Ủy|Sở|Hồ|Hà Nội)$/u.test(named.name) && !provinceRow(tokens, e, asOf)) {
      return { parties: [agency(`Ủy ban nhân dân ${UNIT_NAMES[w.join(' ')]} ${named.name}`)], end: named.end, ruleId: 'party.district-doer' };
    }
  }
  // "xã Tú Trĩ cần tiếp tục …": a commune is a doer only as the subject of a duty, its people's
  // committee as a district's is (FORMAT.md: "Ủy ban nhân dân huyện Vân Canh").
  for (const w of COMMUNE_UNITS) {
    const e = wordsAt(tokens, k, w);
    if (e < 0) continue;
    const named = placeName(tokens, e);
    if (named && !provinceRow(tokens, e, asOf) && COMMUNE_DUTY.matchAt(tokens, named.end) > 0) {
      return { parties: [agency(`Ủy ban nhân dân ${UNIT_NAMES[w.join(' ')]} ${named.name}`)], end: named.end, ruleId: 'party.commune-doer' };
    }
  }
  // "huyện cần rà soát …", "lãnh đạo huyện phải …": in a report about one district, that district.
  if (district && t.f === 'huyen' && tokens[k + 1]?.word && !tokens[k + 1].cap && !/^(?:và|ủy|nào|này|đó|xã|lỵ)$/u.test(tokens[k + 1].l)) {
    return { parties: [agency(`Ủy ban nhân dân huyện ${district}`)], end: k + 1, ruleId: 'party.context-district' };
  }
  if (t.cap) {
    const bodies = districtBodiesAt(tokens, k);
    if (bodies) return bodies;
    const body = districtBodyAt(tokens, k, asOf, district);
    if (body) return body;
  }
  // "Công an tỉnh", "Thanh tra tỉnh", "Ban Quản lý dự án … tỉnh": bodies of the province.
  // (Only a capital that opens one of the bodies' names can start one: most tokens stop here.)
  if (!t.cap || !PROVINCIAL_BODY_FIRST.has(t.f)) return null;
  for (const head of PROVINCIAL_BODY_WORDS) {
    const e = wordsAt(tokens, k, head);
    if (e < 0 || !t.cap) continue;
    const words = spelledBody(tokens.slice(k, e).map((x) => x.text).join(' '));
    if (tokens[e]?.f === 'tinh' || wordsAt(tokens, e, ['thanh', 'pho']) > 0) {
      const after = tokens[e].f === 'tinh' ? e + 1 : e + 2;
      const prov = provinceRow(tokens, after, asOf);
      if (prov) return { parties: [agency(`${words} ${tokens[e].f === 'tinh' ? 'tỉnh' : 'thành phố'} ${prov.row.name.replace(/^Thành phố\s+/u, '')}`)], end: prov.end, ruleId: 'party.provincial-body' };
      return { parties: [agency(`${words} ${tokens[e].f === 'tinh' ? 'tỉnh' : 'thành phố'}`)], end: after, ruleId: 'party.provincial-body' };
    }
    if (head[0] === 'cong' && (tokens[e]?.f === 'cac' || tokens[e]?.f === 'xa' || tokens[e]?.f === 'huyen')) return null;
  }
  return null;
}

// The Youth Union below the national level, in its full name as FORMAT.md writes bodies:
// "Tỉnh đoàn" / "Thành đoàn" is the union of the province or city ("Đoàn Thanh niên Cộng sản Hồ
// Chí Minh tỉnh Kiên Giang"); "đoàn thanh niên các cấp" is the union at every level of it, a
// group that takes the province's name as "Các sở, ngành" does.
const YOUTH_UNION = 'Đoàn Thanh niên Cộng sản Hồ Chí Minh';
const YOUTH_UNION_WORDS: readonly (readonly string[])[] = [['doan', 'thanh', 'nien', 'cong', 'san', 'ho', 'chi', 'minh'], ['doan', 'tncs', 'ho', 'chi', 'minh'], ['doan', 'thanh', 'nien']];

function youthUnionAt(tokens: readonly Token[], k: number, asOf: string | undefined): LocalHit | null {
  const t = tokens[k];
  if (t.cap && (t.f === 'tinh' || t.f === 'thanh') && tokens[k + 1]?.f === 'doan' && tokens[k + 2]?.l !== 'kết') {
    const level = t.f === 'tinh' ? 'tỉnh' : 'thành phố';
    const prov = provinceRow(tokens, k + 2, asOf);
    if (prov) return { parties: [agency(`${YOUTH_UNION}${/^Thành phố /u.test(prov.row.name) ? ` ${prov.row.name}` : ` ${level} ${prov.row.name}`}`)], end: prov.end, ruleId: 'party.youth-union' };
    return { parties: [agency(`${YOUTH_UNION} ${level}`)], end: k + 2, ruleId: 'party.youth-union' };
  }
  if (t.f !== 'doan') return null;
  for (const w of YOUTH_UNION_WORDS) {
    const e = wordsAt(tokens, k, w);
    if (e > 0 && wordsAt(tokens, e, ['cac', 'cap']) > 0) return { parties: [agency(`${YOUTH_UNION} các cấp`)], end: e + 2, ruleId: 'party.youth-union' };
  }
  return null;
}
