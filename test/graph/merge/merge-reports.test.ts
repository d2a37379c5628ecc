// Two outlets report one meeting: their reports join one meeting, the task both give is one
// directive with both sources, the others are united; a third report of another meeting on the
// same day stays apart; and the result is the same whatever order the reports come in.
import { prepareDocument } from '../../../src/ingest/prepare-document';
import type { GraphBatch } from '../../../src/graph/model';
import { matchReports, MEETING_MATCH_THRESHOLD } from '../../../src/graph/merge/match-reports';
import { mergeReports } from '../../../src/graph/merge/merge-reports';
import { summariseReport } from '../../../src/graph/merge/report-summary';

const OUTLET_A = [
  'Thủ tướng chủ trì phiên họp về chuyển đổi số',
  'Chiều 6/2/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số.',
  'Thủ tướng giao Bộ Y tế hoàn thành triển khai bệnh án điện tử tại tất cả bệnh viện trên toàn quốc trong tháng 9 năm 2025.',
  'Thủ tướng giao Bộ Công an hoàn thiện cơ sở dữ liệu quốc gia về dân cư trước ngày 30/6/2025.',
].join('\n');

const OUTLET_B = [
  'Ủy ban Quốc gia về chuyển đổi số họp phiên thứ 10',
  'Ngày 6/2/2025, Thủ tướng Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số, đã chủ trì phiên họp lần thứ 10 của Ủy ban.',
  'Thủ tướng giao Bộ Y tế hoàn thành việc triển khai bệnh án điện tử tại tất cả các bệnh viện trong tháng 9 năm 2025.',
  'Thủ tướng yêu cầu Bộ Giáo dục và Đào tạo xây dựng học bạ số trong năm 2025.',
].join('\n');

const OTHER_MEETING = [
  'Phó Thủ tướng họp về thị trường bất động sản',
  'Chiều 6/2/2025, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về thị trường bất động sản.',
  'Phó Thủ tướng giao Bộ Xây dựng hoàn thiện dự thảo Nghị định trong tháng 5 năm 2025.',
].join('\n');

// The Prime Minister at two online conferences with the provinces the same day: same chair,
// same organiser, titles the extractor reads alike ("Hội nghị trực tuyến Chính phủ …"), no
// task in common. Two meetings (the synthetic corpus joined such pairs before tasks counted).
const CONFERENCE_ENERGY = [
  'Hội nghị trực tuyến Chính phủ với địa phương về bảo đảm an ninh năng lượng',
  'Sáng 6/2/2025, Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến Chính phủ với địa phương về bảo đảm an ninh năng lượng.',
  'Thủ tướng giao Bộ Công Thương xây dựng kế hoạch cung ứng xăng dầu trong quý II/2025.',
].join('\n');
const CONFERENCE_TRAFFIC = [
  'Hội nghị trực tuyến Chính phủ với địa phương về trật tự an toàn giao thông',
  'Chiều 6/2/2025, Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến Chính phủ với địa phương về bảo đảm trật tự an toàn giao thông.',
  'Thủ tướng giao Bộ Công an tăng cường tuần tra kiểm soát trên các tuyến quốc lộ trong tháng 3/2025.',
].join('\n');

async function batchOf(text: string): Promise<GraphBatch> {
  const prepared = await prepareDocument(Buffer.from(text), { published: '2025-02-06' }, null);
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared.batch;
}

let a: GraphBatch;
let b: GraphBatch;
let other: GraphBatch;
beforeAll(async () => {
  [a, b, other] = await Promise.all([batchOf(OUTLET_A), batchOf(OUTLET_B), batchOf(OTHER_MEETING)]);
});

describe('matchReports', () => {
  test('two outlets of one meeting match, with the reasons listed, in either order', () => {
    const [sa, sb] = [summariseReport(a)!, summariseReport(b)!];
    const ab = matchReports(sa, sb);
    expect(ab.same).toBe(true);
    expect(ab.score).toBeGreaterThanOrEqual(MEETING_MATCH_THRESHOLD);
    expect(ab.signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['same-date', 'same-chair', 'shared-directives']));
    const ba = matchReports(sb, sa);
    expect(ba.score).toBe(ab.score);
    expect(ba.directivePairs.map(([x, y]) => [y, x])).toEqual(ab.directivePairs);
  });

  test('two meetings one chair held the same day, alike titles, no task in common: apart', async () => {
    const [x, y] = await Promise.all([batchOf(CONFERENCE_ENERGY), batchOf(CONFERENCE_TRAFFIC)]);
    const match = matchReports(summariseReport(x)!, summariseReport(y)!);
    expect(match.same).toBe(false);
    expect(match.signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['same-chair', 'no-shared-directives']));
  });

  test('another meeting on the same day does not match: same date alone is no evidence', () => {
    const match = matchReports(summariseReport(a)!, summariseReport(other)!);
    expect(match).toMatchObject({ same: false, directivePairs: [] });
    expect(match.score).toBeLessThan(MEETING_MATCH_THRESHOLD);
  });
});

describe('mergeReports', () => {
  const directiveText = (batches: GraphBatch[], id: string) =>
    batches.flatMap((x) => x.nodes).find((n) => n.id === id && n.label === 'Directive');

  test('one meeting with both documents; the shared task once with both sources; the rest united', () => {
    const merged = mergeReports([a, b, other]);
    expect(merged).toHaveLength(2);
    const joint = merged.find((m) => m.documentIds.length === 2)!;
    expect(joint.documentIds).toEqual([a.documentId, b.documentId].sort());
    expect(joint.directives).toHaveLength(3);
    const shared = joint.directives.filter((d) => d.provenance.length === 2);
    expect(shared).toHaveLength(1);
    expect(shared[0].provenance.map((p) => p.documentId)).toEqual([a.documentId, b.documentId].sort());
    expect(shared[0].provenance.map((p) => p.sentence)).toEqual(expect.arrayContaining([
      'Thủ tướng giao Bộ Y tế hoàn thành triển khai bệnh án điện tử tại tất cả bệnh viện trên toàn quốc trong tháng 9 năm 2025.',
      'Thủ tướng giao Bộ Y tế hoàn thành việc triển khai bệnh án điện tử tại tất cả các bệnh viện trong tháng 9 năm 2025.',
    ]));
    expect(directiveText([a, b], shared[0].id)).toBeDefined();
    const alone = merged.find((m) => m.documentIds.length === 1)!;
    expect(alone.documentIds).toEqual([other.documentId]);
  });

  test('any order of the reports gives the same result', () => {
    const reference = mergeReports([a, b, other]);
    for (const order of [[b, a, other], [other, b, a], [a, other, b]]) expect(mergeReports(order)).toEqual(reference);
  });

  test('without one report, the other keeps all of its own facts', () => {
    const [onlyB] = mergeReports([b]);
    expect(onlyB.documentIds).toEqual([b.documentId]);
    expect(onlyB.directives.map((d) => d.directiveIds)).toEqual(
      b.nodes.filter((n) => n.label === 'Directive').map((n) => [n.id]).sort((x, y) => x[0].localeCompare(y[0])),
    );
  });
});
