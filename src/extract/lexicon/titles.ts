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
  { id: 'title.standing', head: 'Thường trực Ban Bí thư' },
  { id: 'title.vice-chair', head: 'Phó Chủ tịch' },
  { id: 'title.chair', head: 'Chủ tịch' },
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
export const SURNAMES: ReadonlySet<string> = new Set(
  ('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao luong truong mai to ha lam cao trinh doan '
    + 'vuong luu thai ta chau kieu quach tu la chu trieu tang lo hau giang thach danh son nong lai khuat mac lang tong '
    + 'kha ninh van dieu quan bach phung an giap cu tieu nghiem thang au hua lu y ksor rah siu h').split(' '),
);

/** Words after a place prefix: a capitalised run after these is a place, never a person. */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(
  ['tinh', 'thanh pho', 'tp', 'huyen', 'xa', 'quan', 'phuong', 'thi xa', 'thi tran', 'diem cau', 'tai', 'o', 'vung', 'song', 'dao'],
);
