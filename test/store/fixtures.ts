// Three seed reports read by hand, as ExtractionResults with real spans, and the graph
// batches built from them. Shared by the graph tests and by every store adapter's contract run.
import type { ExtractionResult } from '../../src/extract/types';
import { buildGraphBatch } from '../../src/graph/build-batch';
import { agencyId, directiveId, documentId, meetingId, officialId } from '../../src/graph/ids';
import type { GraphBatch } from '../../src/graph/model';
import type { CurationRecord } from '../../src/store/port';
import { agency, buildExtraction, group, readSeed } from './fixture-kit';

export const PM = 'Phạm Minh Chính';
export const PERMANENT_DEPUTY_PM = 'Nguyễn Hòa Bình';

/** 2025-02-06: the PM's conclusions at the 10th session of the National Committee on DX. */
export const REPORT_001: ExtractionResult = buildExtraction({
  file: '001_83451dbc79f63736.txt',
  meeting: { date: '2025-02-06', title: 'Phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số', kind: 'PHIEN_HOP' },
  chairs: [{ name: PM, titles: ['Thủ tướng', 'Chủ tịch Ủy ban Quốc gia về chuyển đổi số'] }],
  officials: [],
  agencies: [
    ['Ủy ban Quốc gia về chuyển đổi số', 'Ủy ban Quốc gia về chuyển đổi số', 'committee'],
    ['Bộ Thông tin và Truyền thông', 'Bộ Thông tin và Truyền thông', 'ministry'],
  ],
  directives: [
    {
      clause: 'Ông giao Bộ Nội vụ nghiên cứu phát động phong trào thi đua toàn quốc về phát triển khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số',
      assigner: PM,
      assignees: [agency('Bộ Nội vụ')],
    },
    {
      clause: 'Ông yêu cầu đến tháng 6, tất cả lãnh đạo bộ, ngành, UBND cấp tỉnh phải chỉ đạo, điều hành, xử lý công việc trên môi trường mạng và ký số',
      assigner: PM,
      assignees: [group('các bộ, ngành'), group('các địa phương')],
      deadline: { phrase: 'đến tháng 6', date: '2025-06-30', precision: 'MONTH', yearImplied: true },
    },
    {
      clause: 'Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử trong 6 tháng đầu năm',
      assigner: PM,
      assignees: [agency('Bộ Y tế')],
      deadline: { phrase: 'trong 6 tháng đầu năm', date: '2025-06-30', precision: 'HALF', relation: 'WITHIN', yearImplied: true },
    },
    {
      clause: 'triển khai Bệnh án điện tử tại tất cả bệnh viện trên toàn quốc trong tháng 9',
      assigner: PM,
      assignees: [agency('Bộ Y tế')],
      deadline: { phrase: 'trong tháng 9', date: '2025-09-30', precision: 'MONTH', relation: 'WITHIN', yearImplied: true },
    },
    {
      clause: 'Thủ tướng giao Bộ Công an chủ trì, phối hợp để đánh giá, hướng dẫn, giám sát, bảo vệ hệ thống thông tin, cơ sở dữ liệu quốc gia, chuyên ngành',
      assigner: PM,
      assignees: [agency('Bộ Công an')],
    },
  ],
});

/** 2024-11-14: the Permanent Deputy PM at the Project 06 conference of 12 provinces. */
export const REPORT_002: ExtractionResult = buildExtraction({
  file: '002_a156b8f7daaba70e.txt',
  meeting: { date: '2024-11-14', title: 'Hội nghị thúc đẩy các nhiệm vụ Đề án 06 tại 12 tỉnh, thành phố trực thuộc Trung ương', kind: 'HOI_NGHI' },
  chairs: [{ name: PERMANENT_DEPUTY_PM, titles: ['Ủy viên Bộ Chính trị', 'Phó Thủ tướng Thường trực Chính phủ'] }],
  officials: [
    { name: 'Nguyễn Văn Nên', titles: ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy TP.HCM'] },
    { name: 'Phan Văn Mãi', titles: ['Ủy viên Trung ương Đảng', 'Phó Bí thư Thành ủy', 'Chủ tịch UBND TP.HCM'] },
  ],
  agencies: [],
  directives: [
    {
      clause: 'Đối với các bộ, ngành, cần tăng cường hoàn thiện hệ thống pháp luật, hướng dẫn tập huấn, công bố các danh mục, các tiêu chí, các chuẩn mực pháp lý thuộc lĩnh vực quản lý của mình',
      assigner: PERMANENT_DEPUTY_PM,
      assignees: [group('các bộ, ngành')],
    },
    {
      clause: 'Các địa phương cũng phải thực hiện đủ kế hoạch của Đề án cộng với những nhiệm vụ chuyển đổi số khác',
      assigner: PERMANENT_DEPUTY_PM,
      assignees: [group('các địa phương')],
    },
  ],
});

/** 2023-12-21: the PM's two-year review of Project 06 (ministries since merged into others). */
export const REPORT_003: ExtractionResult = buildExtraction({
  file: '003_1124ccc02856cf27.txt',
  meeting: { date: '2023-12-21', title: 'Hội nghị trực tuyến toàn quốc đánh giá tình hình hai năm triển khai thực hiện Đề án 06', kind: 'HOI_NGHI' },
  chairs: [{ name: PM, titles: ['Thủ tướng Chính phủ', 'Chủ tịch Ủy ban Quốc gia về chuyển đổi số'] }],
  officials: [
    { name: 'Tô Lâm', titles: ['Đại tướng', 'Ủy viên Bộ Chính trị', 'Bộ trưởng Công an', 'Tổ trưởng Tổ công tác triển khai Đề án 06'] },
    { name: 'Trần Lưu Quang', titles: ['Phó Thủ tướng Chính phủ', 'Phó Chủ tịch Thường trực Ủy ban'] },
  ],
  agencies: [],
  directives: [
    {
      clause: 'Bộ LĐTB&XH đôn đốc 12 địa phương chưa thực hiện chi trả an sinh xã hội bằng hình thức không dùng tiền mặt phải khẩn trương áp dụng ngay trong dịp Tết Nguyên đán 2024',
      assigner: PM,
      assignees: [agency('Bộ Lao động - Thương binh và Xã hội')],
      deadline: { phrase: 'trong dịp Tết Nguyên đán 2024', date: '2024-02-10', precision: 'DAY', relation: 'WITHIN' },
    },
    {
      clause: 'phối hợp với Bộ Công an triển khai giải pháp chi trả an sinh xã hội qua VNeID tại sáu địa phương thí điểm',
      assigner: PM,
      assignees: [agency('Bộ Lao động - Thương binh và Xã hội')],
      coordinators: [agency('Bộ Công an')],
      deadline: { phrase: 'trong tháng 01/2024', date: '2024-01-31', precision: 'MONTH', relation: 'WITHIN' },
    },
    {
      clause: 'Giao Bộ Tài chính chủ trì phối hợp với các bộ, ngành có liên quan trình cấp có thẩm quyền bố trí kinh phí để mua sắm, hiện đại hóa trang thiết bị',
      assigner: PM,
      assignees: [agency('Bộ Tài chính')],
      coordinators: [group('các bộ, ngành')],
    },
    {
      clause: 'Văn phòng Chính phủ chủ trì, phối hợp Bộ KH&ĐT hướng dẫn các bộ, ngành, địa phương thực hiện tích hợp, kết nối và chia sẻ dữ liệu doanh nghiệp',
      assigner: PM,
      assignees: [agency('Văn phòng Chính phủ')],
      coordinators: [agency('Bộ Kế hoạch và Đầu tư')],
    },
  ],
});

export const META_001 = { title: 'Thủ tướng kết luận phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số', publisher: null, published: '2025-02-06', language: 'vi', source: '001_83451dbc79f63736.txt' };
export const META_002 = { title: 'Hội nghị thúc đẩy các nhiệm vụ Đề án 06 tại 12 tỉnh, thành phố trực thuộc Trung ương', publisher: 'HTV', published: '2024-11-14', language: 'vi', source: '002_a156b8f7daaba70e.txt' };
export const META_003 = { title: 'Hoàn thiện thể chế hạ tầng công nghệ phục vụ Chính phủ số, kinh tế số, xã hội số', publisher: null, published: '2023-12-21', language: 'vi', source: '003_1124ccc02856cf27.txt' };

export function batch001(): GraphBatch {
  return buildGraphBatch(META_001, REPORT_001);
}
export function batch002(): GraphBatch {
  return buildGraphBatch(META_002, REPORT_002);
}
export function batch003(): GraphBatch {
  return buildGraphBatch(META_003, REPORT_003);
}

/** The three batches, oldest meeting first. */
export function allBatches(): GraphBatch[] {
  return [batch003(), batch002(), batch001()];
}

export { readSeed };

/** Ids of the fixture graph that the contract suite asks about. */
export const IDS = {
  pm: officialId(PM),
  permanentDeputyPm: officialId(PERMANENT_DEPUTY_PM),
  toLam: officialId('Tô Lâm'),
  moh: agencyId('Bộ Y tế'),
  moha: agencyId('Bộ Nội vụ'),
  molisa: agencyId('Bộ Lao động - Thương binh và Xã hội'),
  mps: agencyId('Bộ Công an'),
  mof: agencyId('Bộ Tài chính'),
  mpi: agencyId('Bộ Kế hoạch và Đầu tư'),
  ministries: agencyId('các bộ, ngành'),
  localities: agencyId('các địa phương'),
  doc001: documentId(REPORT_001.text),
  doc002: documentId(REPORT_002.text),
  doc003: documentId(REPORT_003.text),
  meeting001: meetingId(documentId(REPORT_001.text)),
  meeting002: meetingId(documentId(REPORT_002.text)),
  meeting003: meetingId(documentId(REPORT_003.text)),
};

/** The id of the fixture directive whose clause starts with `prefix` (fails loudly otherwise). */
export function directiveIdOf(prefix: string): string {
  const reports = [REPORT_001, REPORT_002, REPORT_003];
  for (const report of reports) {
    const found = report.directives.find((d) => d.text.startsWith(prefix));
    if (found !== undefined) return directiveId(documentId(report.text), found.span.start, found.span.end);
  }
  throw new Error(`no fixture directive starts with "${prefix}"`);
}

/** Named directives of the fixtures (deadlines in brackets). */
export const DIR = {
  /** 001, Bộ Nội vụ lead, no deadline. */
  moha: directiveIdOf('Ông giao Bộ Nội vụ'),
  /** 001, groups lead, [2025-06-30]. */
  allLeaders: directiveIdOf('Ông yêu cầu đến tháng 6'),
  /** 001, Bộ Y tế lead, [2025-06-30]. */
  mohRecords: directiveIdOf('Bộ Y tế được giao'),
  /** 001, Bộ Y tế lead, [2025-09-30]. */
  mohHospitals: directiveIdOf('triển khai Bệnh án điện tử'),
  /** 001, Bộ Công an lead, no deadline. */
  mpsSecurity: directiveIdOf('Thủ tướng giao Bộ Công an'),
  /** 002, các bộ, ngành lead. */
  ministriesLaw: directiveIdOf('Đối với các bộ, ngành'),
  /** 002, các địa phương lead. */
  localitiesPlan: directiveIdOf('Các địa phương cũng phải'),
  /** 003, Bộ LĐTB&XH lead, [2024-02-10]. */
  molisaTet: directiveIdOf('Bộ LĐTB&XH đôn đốc'),
  /** 003, Bộ LĐTB&XH lead, Bộ Công an coordinator, [2024-01-31]. */
  molisaVneid: directiveIdOf('phối hợp với Bộ Công an'),
  /** 003, Bộ Tài chính lead, các bộ, ngành coordinator. */
  mofBudget: directiveIdOf('Giao Bộ Tài chính'),
  /** 003, Văn phòng Chính phủ lead, Bộ KH&ĐT coordinator. */
  govOffice: directiveIdOf('Văn phòng Chính phủ chủ trì'),
};

/** A curator marking the labour ministry's Tết directive done, as the disk tests record it. */
export function doneCuration(id: string, curator = 'Lan'): CurationRecord {
  return {
    id,
    directiveId: DIR.molisaTet,
    kind: 'STATUS',
    value: 'DONE',
    effectiveDate: '2024-02-08',
    note: null,
    evidenceUrl: null,
    reason: null,
    curator,
    recordedAt: '2024-02-09T00:00:00.000Z',
  };
}
