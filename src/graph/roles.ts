// Posts an official held, read from the titles written at a meeting. Questions name posts
// ("PM", "Thủ tướng", "Deputy PM"), so the ISSUED edge records them as of that meeting.
import { fold } from '../text/fold';
import type { OfficialRole } from './model';

interface RoleRule {
  role: OfficialRole;
  /** Matches a folded title. */
  pattern: RegExp;
}

// Order matters only for the output order; every rule is tested against every title.
// Each pattern is anchored on the folded title so "Phó Thủ tướng" never reads as "Thủ tướng".
const ROLE_RULES: readonly RoleRule[] = [
  // Thủ tướng | Thủ tướng Chính phủ
  { role: 'PRIME_MINISTER', pattern: /^thu tuong( chinh phu)?$/ },
  // Phó Thủ tướng Thường trực (Chính phủ)
  { role: 'PERMANENT_DEPUTY_PRIME_MINISTER', pattern: /^pho thu tuong thuong truc( chinh phu)?$/ },
  // Phó Thủ tướng | Phó Thủ tướng Chính phủ | Phó Thủ tướng Thường trực …
  { role: 'DEPUTY_PRIME_MINISTER', pattern: /^pho thu tuong( thuong truc)?( chinh phu)?$/ },
  // Tổng Bí thư
  { role: 'GENERAL_SECRETARY', pattern: /^tong bi thu$/ },
  // Chủ tịch nước | Chủ tịch Nước Cộng hòa …
  { role: 'PRESIDENT', pattern: /^chu tich nuoc( .*)?$/ },
  // Chủ tịch Quốc hội
  { role: 'NA_CHAIR', pattern: /^chu tich quoc hoi$/ },
  // Bộ trưởng | Bộ trưởng Bộ Y tế | Bộ trưởng Công an (not "Thứ trưởng")
  { role: 'MINISTER', pattern: /^bo truong( .*)?$/ },
  // Thứ trưởng | Thứ trưởng Bộ …
  { role: 'DEPUTY_MINISTER', pattern: /^thu truong( .*)?$/ },
  // Chủ tịch UBND tỉnh X | Chủ tịch Ủy ban nhân dân tỉnh/thành phố X | Chủ tịch UBND TP …
  { role: 'PROVINCIAL_CHAIR', pattern: /^chu tich (ubnd|uy ban nhan dan)( (tinh|thanh pho|tp))?( .*)?$/ },
  // Phó Chủ tịch UBND tỉnh X | Phó Chủ tịch Thường trực UBND …
  { role: 'PROVINCIAL_VICE_CHAIR', pattern: /^pho chu tich( thuong truc)? (ubnd|uy ban nhan dan)( .*)?$/ },
  // Bí thư Tỉnh ủy | Bí thư Thành ủy (not "Tổng Bí thư", not "Bí thư Trung ương Đảng")
  { role: 'PARTY_SECRETARY', pattern: /^bi thu (tinh uy|thanh uy)( .*)?$/ },
];

/** Every post a title can name, in the order above. */
export const OFFICIAL_ROLES: readonly OfficialRole[] = ROLE_RULES.map((rule) => rule.role);

/** The posts named by a title chain, in a fixed order, without duplicates. */
export function rolesFromTitles(titles: readonly string[]): OfficialRole[] {
  const folded = titles.map((t) => fold(t));
  return ROLE_RULES.filter((rule) => folded.some((t) => rule.pattern.test(t))).map((rule) => rule.role);
}
