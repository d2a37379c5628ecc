// Titles, honorifics and surnames: the vocabulary of official mentions. A title chain is a run
// of comma- or dash-separated phrases, each opening with a title head, next to a personal name
// (2–4 capitalised syllables, first of them a Vietnamese surname).

export interface TitleHead {
  id: string;
  /** Written with its usual capitals; compared after folding. */
  head: string;
  /** The head names the Prime Minister / a Deputy Prime Minister (for coreference). */
  role?: 'PM' | 'DPM';
}

// Longest heads first so "Phó Thủ tướng" wins over "Thủ tướng".
export const TITLE_HEADS: readonly TitleHead[] = [
  { id: 'title.dpm', head: 'Phó Thủ tướng', role: 'DPM' },
  { id: 'title.pm', head: 'Thủ tướng', role: 'PM' },
  { id: 'title.general-secretary', head: 'Tổng Bí thư' },
  { id: 'title.deputy-secretary', head: 'Phó Bí thư' },
  { id: 'title.secretary', head: 'Bí thư' },
  { id: 'title.member', head: 'Ủy viên' },
  // "Lê Hồng Thắm - Tỉnh ủy viên, Phó trưởng Ban Dân vận Tỉnh ủy": a member of the party committee.
  { id: 'title.committee-member', head: 'Tỉnh ủy viên' },
  { id: 'title.city-committee-member', head: 'Thành ủy viên' },
  { id: 'title.district-committee-member', head: 'Huyện ủy viên' },
  { id: 'title.standing', head: 'Thường trực Ban Bí thư' },
  { id: 'title.vice-chair', head: 'Phó Chủ tịch' },
  { id: 'title.chair', head: 'Chủ tịch' },
  { id: 'title.secretary-general', head: 'Tổng Thư ký' },
  { id: 'title.deputy-minister', head: 'Thứ trưởng' },
  { id: 'title.acting-minister', head: 'Quyền Bộ trưởng' },
  { id: 'title.minister', head: 'Bộ trưởng' },
  { id: 'title.deputy-governor', head: 'Phó Thống đốc' },
  { id: 'title.governor', head: 'Thống đốc' },
  { id: 'title.deputy-inspector', head: 'Phó Tổng Thanh tra' },
  { id: 'title.inspector', head: 'Tổng Thanh tra' },
  { id: 'title.vice-head-office', head: 'Phó Chủ nhiệm' },
  { id: 'title.head-office', head: 'Chủ nhiệm' },
  { id: 'title.vice-head', head: 'Phó Trưởng ban' },
  { id: 'title.head', head: 'Trưởng ban' },
  { id: 'title.deputy-team-head', head: 'Tổ phó' },
  { id: 'title.team-head', head: 'Tổ trưởng' },
  { id: 'title.director-general', head: 'Tổng cục trưởng' },
  { id: 'title.department-director', head: 'Cục trưởng' },
  { id: 'title.division-director', head: 'Vụ trưởng' },
  { id: 'title.deputy-director', head: 'Phó Giám đốc' },
  { id: 'title.director', head: 'Giám đốc' },
  { id: 'title.general-director', head: 'Tổng Giám đốc' },
  { id: 'title.state-auditor', head: 'Tổng Kiểm toán' },
  { id: 'title.chief-justice', head: 'Chánh án' },
  { id: 'title.procurator', head: 'Viện trưởng' },
  { id: 'title.permanent-member', head: 'Thành viên' },
  { id: 'title.deputy-head', head: 'Phó Trưởng' },
  { id: 'title.head-generic', head: 'Trưởng' },
  { id: 'title.spokesperson', head: 'Người phát ngôn' },
  { id: 'title.delegate', head: 'Đại biểu Quốc hội' },
  { id: 'title.army-general', head: 'Đại tướng' },
  { id: 'title.colonel-general', head: 'Thượng tướng' },
  { id: 'title.lieutenant-general', head: 'Trung tướng' },
  { id: 'title.major-general', head: 'Thiếu tướng' },
  { id: 'title.senior-colonel', head: 'Đại tá' },
  { id: 'title.professor', head: 'GS.TS' },
  { id: 'title.doctor', head: 'TS' },
];

/** Honorific prefixes: "đồng chí Nguyễn Văn A", "ông B", "bà C". */
export const HONORIFICS: readonly string[] = ['đồng chí', 'ông', 'bà'];

/**
 * Common Vietnamese surnames (folded). A name candidate must open with one of these, which
 * keeps place names ("Quảng Ninh", "Điện Biên") and agency words out of the officials list.
 */
// Vietnamese surnames as written, with their diacritics: "Trưởng" (a title word), "Làm" (a verb)
// and "Tổng" (a title word) fold to the surnames Trương, Lâm and Tống, so the folded form alone
// would take "Trưởng Ban An toàn …" or "Làm việc với Thành …" for names. ("Ông" is left out: in
// reports it is the honorific.)
const SURNAMES_WRITTEN = ('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lí Đinh Đào Lương Trương Mai Tô Hà '
  + 'Lâm Cao Trịnh Đoàn Vương Lưu Thái Tạ Châu Kiều Quách Từ La Lã Chu Triệu Tăng Lò Hầu Giang Thạch Danh Sơn Nông Lại Khuất Mạc '
  + 'Lăng Tống Kha Ninh Văn Diệp Quan Bạch Phùng An Giáp Cù Tiêu Nghiêm Âu Hứa Lữ Lư Y Đàm Khổng Phí Thân Tôn Lục Mẫn Giàng '
  + 'Sùng Vàng Thào Lầu Mùa Bế Lường Quàng Cầm Vi Đồng Khúc Đậu Cung Lạc Kim Nhữ Vòng Hứa Mông Ksor Rah Siu H Nay Rơ').split(' ');

/** Lower-case surnames with their diacritics. */
export const SURNAMES_LOWER: ReadonlySet<string> = new Set(SURNAMES_WRITTEN.map((n) => n.toLowerCase()));

/** Folded surnames, for text written without diacritics ("Nguyen Van A"). */
export const SURNAMES: ReadonlySet<string> = new Set(SURNAMES_WRITTEN.map((n) => n.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')));

/** Words after a place prefix: a capitalised run after these is a place, never a person. */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(
  ['tinh', 'thanh pho', 'tp', 'huyen', 'xa', 'quan', 'phuong', 'thi xa', 'thi tran', 'diem cau', 'tai', 'o', 'vung', 'song', 'dao'],
);
