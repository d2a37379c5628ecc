// A fourth hand-read report for tests that need a bridge-point chair: seed 004 (2022-04-27),
// the PM chairing at the central point and Lê Thành Đô at the Điện Biên bridge point.
import { buildGraphBatch } from '../../../src/graph/build-batch';
import type { GraphBatch } from '../../../src/graph/model';
import { PM } from '../../store/fixtures';
import { buildExtraction, group } from '../../store/fixture-kit';

export const BRIDGE_CHAIR = 'Lê Thành Đô';

export function bridgeReportBatch(): GraphBatch {
  const report = buildExtraction({
    file: '004_582f45e862c6e7f9.txt',
    meeting: { date: '2022-04-27', title: 'Phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số', kind: 'PHIEN_HOP' },
    chairs: [
      { name: PM, titles: ['Thủ tướng Chính phủ', 'Chủ tịch Ủy ban Quốc gia về chuyển đổi số'] },
      { name: BRIDGE_CHAIR, titles: ['Chủ tịch UBND tỉnh'], role: 'BRIDGE', location: 'Điện Biên' },
    ],
    officials: [],
    agencies: [],
    directives: [
      {
        clause: 'khẩn trương quyết liệt triển khai các nhiệm vụ kế hoạch được giao về chuyển đổi số',
        assigner: PM,
        assignees: [group('các bộ, ngành, địa phương')],
      },
    ],
  });
  const meta = { title: 'Phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số', publisher: 'Báo Điện Biên Phủ', published: '2022-04-27', language: 'vi', source: '004_582f45e862c6e7f9.txt' };
  return buildGraphBatch(meta, report);
}
