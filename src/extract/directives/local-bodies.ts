// Bodies of a province or a district named with their level: the departments of a province as a
// group ("các sở, ban, ngành"), the bodies a province has of its own ("Công an tỉnh", "Thanh tra
// tỉnh") and their district counterparts ("Công an huyện Đức Trọng", "Chi cục Thuế thành phố").
import type { Token } from '../document/tokens';
import { fold } from '../../text/fold';
import { localAgency as agency, placeName, provinceRow, spelledCityAt, UNIT_NAMES, wordsAt, type LocalHit } from './local-places';

// The provincial departments as one group: "các sở, ban, ngành, đoàn thể, đơn vị cấp tỉnh",
// "Giám đốc các sở, Thủ trưởng các ban, ngành" (each head acts for the bodies that follow it).
const DEPARTMENT_WORDS = [['ban'], ['nganh'], ['doan', 'the'], ['don', 'vi'], ['co', 'quan']];
const DEPARTMENT_HEADS = [['thu', 'truong'], ['giam', 'doc'], ['truong'], ['lanh', 'dao']];

/** End of "sở, ban, ngành …" from the "sở" at j (at least one more body word), or -1. */
export function departmentsEnd(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.f !== 'so' || tokens[j + 1]?.cap) return -1;
  let end = -1;
  let e = j + 1;
  for (let guard = 0; guard < 8; guard++) {
    let x = e;
    while (tokens[x] && !tokens[x].word && /^[,\-–]$/.test(tokens[x].text)) x++;
    if (tokens[x]?.f === 'va') x++;
    for (const head of DEPARTMENT_HEADS) { const h = wordsAt(tokens, x, head); if (h > 0) { x = h; break; } }
    if (tokens[x]?.f === 'cac') x++;
    const unit = DEPARTMENT_WORDS.map((w) => wordsAt(tokens, x, w)).find((n) => n > 0);
    // "cơ quan liên quan" is a generic partner, not one of the departments.
    if (!unit || (tokens[x].f === 'co' && tokens[unit]?.f === 'lien')) break;
    e = end = unit;
  }
  return end;
}

/** Bodies a province has of its own, named "<body> tỉnh <Province>" ("Công an tỉnh Lâm Đồng"). */
export const PROVINCIAL_BODIES: readonly string[] = ['Công an', 'Thanh tra', 'Kho bạc', 'Bảo hiểm xã hội', 'Cục Thuế', 'Bộ Chỉ huy Quân sự',
  'Bộ CHQS', 'Ban Dân tộc', 'Văn phòng Ủy ban nhân dân', 'Ban An toàn giao thông'];
// The military commands as the press abbreviates them ("Bộ CHQS tỉnh", "Ban CHQS huyện").
const SPELLED_OUT: Readonly<Record<string, string>> = { 'Bộ CHQS': 'Bộ Chỉ huy Quân sự', 'Ban CHQS': 'Ban Chỉ huy Quân sự' };

/** A body's name as written, its abbreviation spelled out. */
export function spelledBody(written: string): string {
  return SPELLED_OUT[written] ?? written;
}
export const PROVINCIAL_BODY_WORDS = PROVINCIAL_BODIES.map((name) => fold(name).split(' '));
export const PROVINCIAL_BODY_FIRST = new Set(PROVINCIAL_BODY_WORDS.map((w) => w[0]));
// The same bodies of a district, town or provincial city ("Công an huyện Đức Trọng", "Ban Chỉ huy
// Quân sự huyện", "Chi cục Thuế thành phố Bảo Lộc").
const DISTRICT_BODIES: readonly string[] = [...PROVINCIAL_BODIES.filter((b) => !b.startsWith('Bộ ') && b !== 'Cục Thuế'), 'Ban Chỉ huy Quân sự', 'Ban CHQS', 'Chi cục Thuế'];
export const DISTRICT_BODY_WORDS = DISTRICT_BODIES.map((name) => fold(name).split(' '));
export const DISTRICT_UNITS: readonly (readonly string[])[] = [['huyen'], ['quan'], ['thi', 'xa'], ['tx'], ['thanh', 'pho'], ['tp']];

/** "Công an huyện Đức Trọng", "Công an huyện" (the report's district), or null. */
export function districtBodyAt(tokens: readonly Token[], k: number, asOf: string | undefined, district: string | null | undefined): LocalHit | null {
  for (let h = 0; h < DISTRICT_BODY_WORDS.length; h++) {
    const e = wordsAt(tokens, k, DISTRICT_BODY_WORDS[h]);
    if (e < 0) continue;
    // (The body's own spelling: "Ban Chỉ huy quân sự xã" is "Ban Chỉ huy Quân sự xã".)
    const body = spelledBody(DISTRICT_BODIES[h]);
    // "Công an TP.HCM": the centrally-run city spelled whole is the provincial body's.
    const spelled = spelledCityAt(tokens, e, asOf);
    if (spelled) return { parties: [agency(`${body}${/^Thành phố /u.test(spelled.row.name) ? ` ${spelled.row.name}` : ` thành phố ${spelled.row.name}`}`)], end: spelled.end, ruleId: 'party.provincial-body' };
    for (const w of DISTRICT_UNITS) {
      let u = wordsAt(tokens, e, w);
      if (u < 0) continue;
      if (tokens[u]?.text === '.' && w[0].length === 2) u++;
      const unit = UNIT_NAMES[w.join(' ')];
      const named = placeName(tokens, u);
      // A province or centrally-run city after the unit is the provincial body, read elsewhere.
      if (named && !provinceRow(tokens, u, asOf)) return { parties: [agency(`${body} ${unit} ${named.name}`)], end: named.end, ruleId: 'party.district-body' };
      if (!named && w[0] === 'huyen') return { parties: [agency(district ? `${body} huyện ${district}` : body)], end: u, ruleId: 'party.district-body' };
      return null;
    }
    // "Ban Chỉ huy quân sự xã", "Công an xã Tú Trĩ": a commune's own force, as a district's.
    if (COMMUNE_FORCES.has(body)) {
      for (const w of COMMUNE_LEVEL) {
        const u = wordsAt(tokens, e, w);
        if (u < 0) continue;
        const named = placeName(tokens, u);
        const unit = UNIT_NAMES[w.join(' ')];
        return { parties: [agency(named ? `${body} ${unit} ${named.name}` : `${body} ${unit}`)], end: named ? named.end : u, ruleId: 'party.commune-body' };
      }
    }
  }
  return null;
}
const COMMUNE_FORCES = new Set(['Công an', 'Ban Chỉ huy Quân sự']);
const COMMUNE_LEVEL: readonly (readonly string[])[] = [['xa'], ['phuong'], ['thi', 'tran']];
