// Posts from titles (pure): "Bộ trưởng Bộ Công an" is a minister's post at Bộ Công an, "Chủ tịch
// Ủy ban Quốc gia về chuyển đổi số" a chair's post at that committee. A title is a position
// word followed by an agency the gazetteer knows by any spelling; for ministers and deputy
// ministers the word "Bộ" may be left out ("Bộ trưởng Công an" → Bộ Công an). Titles that name
// no known agency ("Đại tướng", "Tổ trưởng Tổ công tác …") give no post.
import { fold } from '../text/fold';
import { agencyNodeFromRow, type Gazetteer } from './gazetteer';
import type { AgencyRow } from '../extract/lexicon/agency-row';

/** Positions, folded, longest first so "pho thu tuong thuong truc" wins over "pho thu tuong". */
const POSITIONS = [
  'pho thu tuong thuong truc', 'pho chu tich thuong truc', 'pho thu tuong', 'thu tuong', 'tong bi thu', 'pho bi thu', 'bi thu',
  'bo truong', 'thu truong', 'pho chu tich', 'chu tich', 'pho chu nhiem', 'chu nhiem', 'tong cuc truong', 'cuc truong',
  'pho giam doc', 'giam doc', 'pho truong ban', 'truong ban', 'uy vien', 'pho chanh van phong', 'chanh van phong', 'tong thu ky',
  'pho thong doc', 'thong doc', 'chanh an', 'vien truong', 'tong kiem toan', 'tong thanh tra', 'truong doan',
].sort((a, b) => b.length - a.length);

/** Positions whose ministry may be named without "Bộ". */
const MINISTERIAL = new Set(['bo truong', 'thu truong']);

export interface PostReading {
  title: string;
  row: AgencyRow;
}

const INDEXES = new WeakMap<Gazetteer, ReadonlyMap<string, AgencyRow>>();

// Posts at bodies that carry tasks. Not at groups (nobody holds a post at "các bộ, ngành"), nor
// at the Government or Party bodies: "Ủy viên Bộ Chính trị" and "Phó Thủ tướng Chính phủ" are
// ranks every leader shares, and as edges they would join every leader to every other.
const POST_KINDS = new Set(['ministry', 'ministry-level', 'committee', 'province', 'city']);

/** Every spelling of every agency a post can be at. */
function spellings(gazetteer: Gazetteer): ReadonlyMap<string, AgencyRow> {
  let index = INDEXES.get(gazetteer);
  if (index === undefined) {
    const map = new Map<string, AgencyRow>();
    for (const row of gazetteer.values()) {
      if (!POST_KINDS.has(String(row.kind))) continue;
      for (const key of agencyNodeFromRow(row).searchKeys) if (!map.has(key)) map.set(key, row);
    }
    INDEXES.set(gazetteer, (index = map));
  }
  return index;
}

/** The post a title names, or null. */
export function postOfTitle(title: string, gazetteer: Gazetteer): PostReading | null {
  const folded = fold(title);
  const position = POSITIONS.find((p) => folded.startsWith(p + ' '));
  if (position === undefined) return null;
  const rest = folded.slice(position.length + 1);
  const index = spellings(gazetteer);
  const row = index.get(rest) ?? (MINISTERIAL.has(position) ? index.get('bo ' + rest) : undefined);
  return row === undefined ? null : { title, row };
}

/** The posts of one official's titles, one per agency and title. */
export function postsOfTitles(titles: readonly string[], gazetteer: Gazetteer): PostReading[] {
  return titles.map((t) => postOfTitle(t, gazetteer)).filter((p): p is PostReading => p !== null);
}
