// Provincial parties carry the province the report names, in the official form of FORMAT.md:
// "<agency> tỉnh <Province>" or, for a centrally-run city, "<agency> thành phố <City>" ("Sở Xây
// dựng" in a report about Cần Thơ → "Sở Xây dựng thành phố Cần Thơ"). Where the text never names
// the province the name stays as written ("Sở Xây dựng", "Thanh tra tỉnh").
import type { PartyRef } from '../types';
import type { AgencyRow } from '../lexicon/agency-row';
import { fold } from '../../text/fold';
import { committeeOf, isCentralCity, provinceRow } from './local-places';
import { PROVINCIAL_BODIES } from './local-bodies';
import { tokenize } from '../document/tokens';

/** " tỉnh Lâm Đồng" | " thành phố Cần Thơ" | " Thành phố Hồ Chí Minh". */
export function provinceSuffix(row: AgencyRow): string {
  if (/^Thành phố /u.test(row.name)) return ` ${row.name}`;
  return row.kind === 'city' ? ` thành phố ${row.name}` : ` tỉnh ${row.name}`;
}

// ("Công an các huyện, thành phố": a district body of every district, as the committees are.)
const NEEDS_SUFFIX = /^(?:Sở |Các sở, ngành$|Ủy ban nhân dân các |.+ các (?:huyện, thành phố|huyện, thị xã(?:, thành phố)?|quận, huyện|phường, xã)$|Ban [Qq]uản lý (?:các )?[Kk]hu [\p{Ll} ,]+(?<! tỉnh| thành phố)$|Các cơ quan trung ương trên địa bàn$|Các Ban Hội đồng nhân dân$|Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp$|Các Ban [Qq]uản lý dự án \p{Ll}[^\p{Lu}]*(?<! tỉnh| thành phố)$)/u;
// ("Các Ban Hội đồng nhân dân Thành phố": the level capitalised, as a city's council writes it.)
const ENDS_WITH_LEVEL = /^(.+?) (?:tỉnh|[Tt]hành phố)$/u;
const NAMES_A_PLACE = / (?:tỉnh|thành phố|Thành phố|TP|huyện|quận|thị xã) \p{Lu}/u;

/** "Sở Kiến trúc Quy hoạch Hà Nội": the name carries a province of its own. */
function namesAProvince(name: string): boolean {
  const tokens = tokenize(name);
  for (let k = 1; k < tokens.length; k++) if (tokens[k].cap && provinceRow(tokens, k)) return true;
  return false;
}

// A district's offices and bodies: "Phòng Tài nguyên và Môi trường", "Công an huyện".
const DISTRICT_OFFICE = /^Phòng \p{Lu}/u;

/** The party named with the report's one district ("… huyện Đức Trọng"), when it is a district
 * office without a place of its own. */
function withDistrict(p: PartyRef, district: string | null | undefined): PartyRef | null {
  if (!district || p.kind === 'official') return null;
  if (DISTRICT_OFFICE.test(p.name) && !NAMES_A_PLACE.test(p.name) && !/ (?:huyện|quận|tỉnh)$/u.test(p.name)) {
    const name = `${p.name} huyện ${district}`;
    return { ...p, name, key: fold(name) };
  }
  return null;
}

/** The party named with the report's province, when it is a provincial body without one, or with
 * the report's district, when it is a district office. */
export function withProvince(p: PartyRef, province: AgencyRow | null, district?: string | null): PartyRef {
  const local = withDistrict(p, district);
  if (local) return local;
  if (!province || p.kind === 'official') return p;
  let name = p.name;
  if (name === 'Ủy ban nhân dân tỉnh') name = committeeOf(province);
  // (A province's "UBND thành phố" is its city's committee: no province after it.)
  else if (name === 'Ủy ban nhân dân thành phố' && !isCentralCity(province)) return p;
  else if (NAMES_A_PLACE.test(name) || / các tỉnh\b/u.test(name) || namesAProvince(name)) return p;
  else if (NEEDS_SUFFIX.test(name)) name = `${name}${provinceSuffix(province)}`;
  else if (/(?:Tỉnh|Thành) ủy$/u.test(name)) name = `${name} ${province.name.replace(/^Thành phố\s+/u, '')}`;
  else {
    const m = ENDS_WITH_LEVEL.exec(name);
    // Any body named "… tỉnh" is the province's ("Ban Quản lý các Khu công nghiệp tỉnh").
    if (!m) return p;
    name = `${m[1]}${provinceSuffix(province)}`;
  }
  return name === p.name ? p : { ...p, name, key: fold(name) };
}

/** parties.map((p) => withProvince(p, province, district)), leaving out each whose name, the
 * province added, is the name of one of `except`. By index: the lists start empty or not, and
 * the inlined map, filter and some sent the discourse pass (find-directives.ts) back to be
 * compiled again each time they met the other kind of array. */
export function withProvinces(parties: readonly PartyRef[], province: AgencyRow | null, district: string | null | undefined, except?: readonly PartyRef[]): PartyRef[] {
  const out: PartyRef[] = [];
  for (let n = 0; n < parties.length; n++) {
    const placed = withProvince(parties[n], province, district);
    if (except && namedIn(except, placed.name)) continue;
    out.push(placed);
  }
  return out;
}

function namedIn(parties: readonly PartyRef[], name: string): boolean {
  for (let n = 0; n < parties.length; n++) if (parties[n].name === name) return true;
  return false;
}
