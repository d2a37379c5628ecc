// Group parties: phrases that name a class of bodies rather than one agency. The scorer (and
// the graph) know exactly two group labels; every group phrase maps onto one or both of them,
// or onto none when it is a generic partner ("các cơ quan liên quan") that names nobody.

export const GROUP_MINISTRIES = 'Các bộ, ngành';
export const GROUP_LOCALITIES = 'Các địa phương';
export type GroupLabel = typeof GROUP_MINISTRIES | typeof GROUP_LOCALITIES;

export interface GroupCue {
  id: string;
  /** Phrases as written; matched after folding (case, diacritics and punctuation ignored). */
  phrases: string[];
  labels: GroupLabel[];
  reason: string;
}

/** Group rows of the reference TSV (by canonical name) → the labels they stand for. */
export const TSV_GROUP_LABELS: Readonly<Record<string, GroupLabel[]>> = {
  'các bộ, ngành, địa phương': [GROUP_MINISTRIES, GROUP_LOCALITIES],
  'các bộ, ngành': [GROUP_MINISTRIES],
  'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ': [GROUP_MINISTRIES],
  'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương': [GROUP_LOCALITIES],
  'các địa phương': [GROUP_LOCALITIES],
  // Generic partner: never listed as an agency (FORMAT.md).
  'các cơ quan liên quan': [],
  'các thành viên Chính phủ': [GROUP_MINISTRIES],
  'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương':
    [GROUP_MINISTRIES, GROUP_LOCALITIES],
  // State-owned groups are neither ministries nor localities, and FORMAT.md knows only the two
  // labels: the phrase is recognised (so it is not mistaken for anything else) but names no party.
  'các tập đoàn, tổng công ty nhà nước': [],
};

// The regions whose provinces a national text addresses together ("các tỉnh Đồng bằng sông Cửu Long").
const REGIONS = ['Đồng bằng sông Cửu Long', 'Đồng bằng sông Hồng', 'Tây Nguyên', 'Tây Bắc', 'Đông Bắc', 'Bắc Trung Bộ', 'Nam Trung Bộ',
  'Duyên hải Nam Trung Bộ', 'Duyên hải miền Trung', 'Bắc Trung Bộ và Duyên hải miền Trung', 'Bắc Bộ', 'Bắc Trung Bộ và Bắc Bộ', 'Đông Nam Bộ', 'Tây Nam Bộ', 'Nam Bộ', 'Trung Bộ',
  'miền Trung', 'miền Bắc', 'miền Nam', 'miền Trung - Tây Nguyên', 'miền núi phía Bắc', 'Trung du và miền núi phía Bắc', 'phía Bắc', 'phía Nam'];
const REGION_HEADS = ['các tỉnh', 'các tỉnh, thành phố', 'các tỉnh, thành', 'các địa phương', 'UBND các tỉnh', 'Ủy ban nhân dân các tỉnh',
  'UBND các tỉnh, thành phố', 'Ủy ban nhân dân các tỉnh, thành phố'];
const REGION_LINKS = ['', 'vùng ', 'khu vực ', 'thuộc ', 'trong vùng ', 'ở '];

/** Further group phrases of administrative prose that the reference table does not list. */
export const GROUP_CUES: readonly GroupCue[] = [
  {
    id: 'group.region-provinces',
    phrases: REGION_HEADS.flatMap((h) => REGION_LINKS.flatMap((l) => REGIONS.map((r) => `${h} ${l}${r}`))),
    labels: [GROUP_LOCALITIES],
    reason: 'The provinces of a region, addressed together, are the localities.',
  },
  {
    id: 'group.ministry-leaders',
    phrases: ['Bộ trưởng, trưởng ngành', 'các Bộ trưởng, trưởng ngành', 'các Bộ trưởng', 'các Bộ trưởng, Thủ trưởng cơ quan ngang bộ', 'Bộ trưởng các Bộ, trưởng ngành', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ', 'lãnh đạo bộ, ngành', 'lãnh đạo các bộ, ngành',
      'các bộ, ngành Trung ương', 'các Bộ, các ngành', 'các bộ liên quan', 'các bộ có liên quan', 'các bộ, các ngành', 'các bộ, ngành có liên quan', 'các Bộ, ngành liên quan', 'các bộ quản lý ngành, lĩnh vực', 'Bộ trưởng các Bộ', 'Bộ trưởng các bộ, Thủ trưởng các cơ quan ngang bộ', 'Thủ trưởng các cơ quan ngang bộ',
      'Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 'Thủ trưởng cơ quan thuộc Chính phủ', 'các cơ quan ngang bộ', 'cơ quan ngang bộ',
      'các cơ quan thuộc Chính phủ', 'cơ quan thuộc Chính phủ', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ',
      'cơ quan ngang bộ, cơ quan trực thuộc Chính phủ', 'các cơ quan trực thuộc Chính phủ', 'cơ quan trực thuộc Chính phủ', 'các Bộ, cơ quan ngang Bộ', 'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'các bộ quản lý ngành', 'các bộ chuyên ngành', 'bộ, ngành Trung ương', 'các Bộ, cơ quan', 'các bộ ngành', 'các cấp, các ngành', 'các ngành, các cấp', 'các cấp, ngành', 'các ngành, cấp',
      'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ',
      'Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, các cơ quan thuộc Chính phủ',
      'Bộ trưởng các bộ, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      'cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'cơ quan thuộc Chính phủ', 'Thủ trưởng cơ quan thuộc Chính phủ', 'Thủ trưởng các cơ quan thuộc Chính phủ',
      // "Sở X, các ngành, địa phương …": the sectors (a province's departments where a province
      // instructs: post/provincial-sectors.ts).
      'các ngành',
      // "các bộ, cơ quan trung ương": the ministries and the agencies of the central level.
      'các bộ, cơ quan trung ương', 'bộ, cơ quan trung ương',
      // "yêu cầu các bộ liên quan, các địa phương …": ministries, as a group.
      'các bộ liên quan', 'các bộ có liên quan'],
    labels: [GROUP_MINISTRIES],
    reason: 'Heads of ministries and sectors act for their ministries: the task falls on the ministries as a group.',
  },
  {
    id: 'group.ministries-and-localities',
    phrases: ['các bộ ngành, địa phương', 'các bộ, địa phương', 'các bộ, các địa phương', 'các bộ và địa phương', 'các bộ, ngành và địa phương', 'bộ, ngành và địa phương', 'các bộ, ngành, các địa phương',
      'các bộ, ngành, cơ quan, địa phương', 'lãnh đạo các bộ, ngành, địa phương',
      // ("các ngành, địa phương": the sectors and the localities; a province's departments where a
      // province instructs, post/provincial-sectors.ts.)
      'các ngành, địa phương', 'các ngành, các địa phương',
      'các bộ và các địa phương', 'các bộ và địa phương liên quan', 'các bộ và các địa phương liên quan', 'các bộ, các địa phương liên quan',
      // The central agencies beside the ministries, then the localities.
      'các bộ, cơ quan trung ương và địa phương', 'các bộ, cơ quan trung ương, địa phương', 'các bộ, cơ quan trung ương và các địa phương',
      'bộ, cơ quan trung ương và địa phương', 'các bộ, cơ quan Trung ương và địa phương', 'các bộ, cơ quan trung ương và địa phương liên quan'],
    labels: [GROUP_MINISTRIES, GROUP_LOCALITIES],
    reason: 'Spelling variants of "các bộ, ngành, địa phương".',
  },
  {
    id: 'group.local-levels',
    phrases: ['cấp xã, huyện, tỉnh', 'cấp tỉnh, huyện, xã', 'cấp tỉnh, cấp huyện, cấp xã', 'cấp tỉnh', 'cấp huyện', 'cấp xã',
      'UBND cấp tỉnh', 'Ủy ban nhân dân cấp tỉnh', 'chính quyền địa phương', 'chính quyền các cấp', 'chính quyền cơ sở',
      'chủ tịch UBND tỉnh, thành phố', 'chủ tịch UBND các tỉnh, thành phố', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố',
      'chủ tịch UBND tỉnh thành phố', 'chủ tịch UBND các tỉnh thành phố', 'UBND tỉnh thành phố', 'UBND các tỉnh thành phố', 'Ủy ban nhân dân các tỉnh thành phố',
      'UBND tỉnh, thành phố', 'Ủy ban nhân dân tỉnh, thành phố', 'UBND các tỉnh', 'Ủy ban nhân dân các tỉnh', 'các tỉnh, thành phố trực thuộc Trung ương',
      'UBND các địa phương', 'lãnh đạo các địa phương', 'các tỉnh, thành', 'các tỉnh, thành phố',
      'Bí thư Tỉnh ủy, Thành ủy', 'Bí thư các Tỉnh ủy, Thành ủy', 'Bí thư tỉnh ủy, thành ủy',
      'UBND các huyện, thành phố', 'UBND các huyện, thị xã, thành phố', 'Ủy ban nhân dân các huyện, thành phố', 'UBND cấp huyện', 'UBND cấp xã',
      'Ủy ban nhân dân các tỉnh, thành phố',
      // Administrative units of any level ("các đơn vị hành chính, sở, ngành phải …").
      'các đơn vị hành chính', 'đơn vị hành chính các cấp', 'các đơn vị hành chính cấp xã', 'các đơn vị hành chính cấp huyện'],
    labels: [GROUP_LOCALITIES],
    reason: 'Provincial, district and commune levels of government, and their leaders, stand for the localities.',
  },
];
