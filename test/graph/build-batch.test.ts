import { buildGraphBatch } from '../../src/graph/build-batch';
import { agencyId, documentId, meetingId, officialId } from '../../src/graph/ids';
import type { AgencyNode, DeadlineNode, DirectiveNode, GraphBatch, GraphEdge, GraphNode } from '../../src/graph/model';
import { META_001, META_002, META_003, REPORT_001, REPORT_002, REPORT_003, batch001, batch002, batch003 } from '../store/fixtures';

const nodesOf = <L extends GraphNode['label']>(batch: GraphBatch, label: L) =>
  batch.nodes.filter((n): n is Extract<GraphNode, { label: L }> => n.label === label);
const edgesOf = (batch: GraphBatch, type: GraphEdge['type']) => batch.edges.filter((e) => e.type === type);
const MOH = agencyId('Bộ Y tế');

describe('buildGraphBatch: report 001 (2025-02-06)', () => {
  const batch = batch001();
  const docId = documentId(REPORT_001.text);
  const mtgId = meetingId(docId);

  test('the document, its meeting and the chair', () => {
    expect(batch.documentId).toBe(docId);
    const [doc] = nodesOf(batch, 'Document');
    expect(doc).toMatchObject({ id: docId, published: '2025-02-06', source: '001_83451dbc79f63736.txt', language: 'vi' });
    expect(doc.text).toBe(REPORT_001.text);
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(nodesOf(batch, 'Meeting')).toEqual([
      expect.objectContaining({ id: mtgId, date: '2025-02-06', title: 'Phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số', documentId: docId }),
    ]);
    expect(edgesOf(batch, 'REPORTED_IN')).toEqual([expect.objectContaining({ from: mtgId, to: docId, documentId: docId })]);
    expect(edgesOf(batch, 'CHAIRED')).toEqual([
      expect.objectContaining({
        from: officialId('Phạm Minh Chính'),
        to: mtgId,
        props: { role: 'MAIN', titles: ['Thủ tướng', 'Chủ tịch Ủy ban Quốc gia về chuyển đổi số'] },
      }),
    ]);
  });

  test('the two Ministry of Health directives with provenance and deadlines', () => {
    const mohDirectiveIds = edgesOf(batch, 'ASSIGNED_TO').filter((e) => e.to === MOH).map((e) => e.from);
    const directives = nodesOf(batch, 'Directive').filter((d) => mohDirectiveIds.includes(d.id));
    expect(directives.map((d) => d.text)).toEqual([
      'Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử trong 6 tháng đầu năm',
      'triển khai Bệnh án điện tử tại tất cả bệnh viện trên toàn quốc trong tháng 9',
    ]);
    const first = directives[0];
    expect(REPORT_001.text.slice(first.provenance.start, first.provenance.end)).toBe(first.text);
    expect(first.provenance.sentence).toBe(
      'Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử trong 6 tháng đầu năm; triển khai Bệnh án điện tử tại tất cả bệnh viện trên toàn quốc trong tháng 9.',
    );
    expect(first).toMatchObject({ documentId: docId, meetingId: mtgId, assignerName: 'Phạm Minh Chính', ordinal: 2 });
    expect(first.textFolded).toBe('bo y te duoc giao hoan thanh cac cong viec de trien khai benh an dien tu trong 6 thang dau nam');
    expect(first.provenance.ruleIds).toEqual(['fixture.directive']);
    const deadlines = directives.map((d) => {
      const due = edgesOf(batch, 'DUE_BY').find((e) => e.from === d.id);
      return nodesOf(batch, 'Deadline').find((n) => n.id === due?.to) as DeadlineNode;
    });
    expect(deadlines.map((d) => [d.date, d.precision, d.phrase])).toEqual([
      ['2025-06-30', 'HALF', 'trong 6 tháng đầu năm'],
      ['2025-09-30', 'MONTH', 'trong tháng 9'],
    ]);
  });

  test('ISSUED carries the posts the issuer held at the meeting', () => {
    const issued = edgesOf(batch, 'ISSUED');
    expect(issued).toHaveLength(5);
    for (const edge of issued) {
      expect(edge.from).toBe(officialId('Phạm Minh Chính'));
      expect(edge.props.roles).toEqual(['PRIME_MINISTER']);
    }
  });

  test('agencies come from the gazetteer with their English names, abbreviations and successors', () => {
    const agencies = new Map(nodesOf(batch, 'Agency').map((a) => [a.id, a]));
    expect(agencies.get(MOH)).toMatchObject({ name: 'Bộ Y tế', nameEn: 'Ministry of Health', abbreviations: ['BYT', 'MOH'], kind: 'ministry' });
    expect(agencies.get(MOH)?.searchKeys).toEqual(['bo y te', 'byt', 'moh', 'ministry of health']);
    const groups = [...agencies.values()].filter((a) => a.kind === 'group').map((a) => a.name);
    expect(groups.sort()).toEqual(['Các bộ, ngành', 'Các địa phương']);
    // Bộ Thông tin và Truyền thông merged into Bộ Khoa học và Công nghệ on 1 March 2025.
    const mic = agencyId('Bộ Thông tin và Truyền thông');
    const most = agencyId('Bộ Khoa học và Công nghệ');
    expect(agencies.get(most)?.name).toBe('Bộ Khoa học và Công nghệ');
    expect(edgesOf(batch, 'SUCCEEDED_BY')).toContainEqual(
      expect.objectContaining({ from: mic, to: most, props: { effective: '2025-03-01' }, documentId: null }),
    );
  });

  test('never invents an agency the extraction did not name', () => {
    const named = new Set(['Bộ Nội vụ', 'Bộ Y tế', 'Bộ Công an', 'Các bộ, ngành', 'Các địa phương', 'Ủy ban Quốc gia về chuyển đổi số', 'Bộ Thông tin và Truyền thông']);
    const successorIds = new Set(edgesOf(batch, 'SUCCEEDED_BY').map((e) => e.to));
    for (const agency of nodesOf(batch, 'Agency') as AgencyNode[]) {
      expect(named.has(agency.name) || successorIds.has(agency.id)).toBe(true);
    }
  });

  test('same input → identical batch; file name and title do not change ids', () => {
    expect(JSON.stringify(buildGraphBatch(META_001, REPORT_001))).toBe(JSON.stringify(batch));
    const renamed = buildGraphBatch({ ...META_001, source: 'copy.txt', title: 'Other' }, REPORT_001);
    expect(renamed.nodes.map((n) => n.id)).toEqual(batch.nodes.map((n) => n.id));
    expect(renamed.edges.map((e) => e.id)).toEqual(batch.edges.map((e) => e.id));
  });

  test('every edge id is unique and every edge end is a node of the batch', () => {
    const ids = new Set(batch.nodes.map((n) => n.id));
    expect(new Set(batch.edges.map((e) => e.id)).size).toBe(batch.edges.length);
    for (const edge of batch.edges) {
      expect(ids.has(edge.from)).toBe(true);
      expect(ids.has(edge.to)).toBe(true);
    }
  });
});

describe('buildGraphBatch: reports 002 and 003', () => {
  test('the Permanent Deputy PM issues as both PERMANENT_DEPUTY_PRIME_MINISTER and DEPUTY_PRIME_MINISTER', () => {
    const batch = batch002();
    expect(edgesOf(batch, 'ISSUED').map((e) => e.props.roles)).toEqual([
      ['PERMANENT_DEPUTY_PRIME_MINISTER', 'DEPUTY_PRIME_MINISTER'],
      ['PERMANENT_DEPUTY_PRIME_MINISTER', 'DEPUTY_PRIME_MINISTER'],
    ]);
    const attended = edgesOf(batch, 'ATTENDED');
    expect(attended.map((e) => [e.from, e.props.titles])).toEqual([
      [officialId('Nguyễn Văn Nên'), ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy TP.HCM']],
      [officialId('Phan Văn Mãi'), ['Ủy viên Trung ương Đảng', 'Phó Bí thư Thành ủy', 'Chủ tịch UBND TP.HCM']],
    ]);
    expect(META_002.publisher).toBe('HTV');
  });

  test('leads, coordinators and the succession of merged ministries', () => {
    const batch = batch003();
    const roles = edgesOf(batch, 'ASSIGNED_TO').map((e) => [e.to, e.props.role]);
    expect(roles).toEqual([
      [agencyId('Bộ Lao động - Thương binh và Xã hội'), 'LEAD'],
      [agencyId('Bộ Lao động - Thương binh và Xã hội'), 'LEAD'],
      [agencyId('Bộ Công an'), 'COORDINATOR'],
      [agencyId('Bộ Tài chính'), 'LEAD'],
      [agencyId('các bộ, ngành'), 'COORDINATOR'],
      [agencyId('Văn phòng Chính phủ'), 'LEAD'],
      [agencyId('Bộ Kế hoạch và Đầu tư'), 'COORDINATOR'],
    ]);
    const succession = edgesOf(batch, 'SUCCEEDED_BY').map((e) => [e.from, e.to, e.props.effective]);
    expect(succession).toEqual(
      expect.arrayContaining([
        [agencyId('Bộ Lao động - Thương binh và Xã hội'), agencyId('Bộ Nội vụ'), '2025-03-01'],
        [agencyId('Bộ Kế hoạch và Đầu tư'), agencyId('Bộ Tài chính'), '2025-03-01'],
      ]),
    );
    const directives = nodesOf(batch, 'Directive') as DirectiveNode[];
    expect(directives.map((d) => d.ordinal)).toEqual([0, 1, 2, 3]);
    expect(buildGraphBatch(META_003, REPORT_003)).toEqual(batch);
  });

  test('an official named as assignee links to an Official node, not an agency', () => {
    const result = {
      ...REPORT_002,
      directives: [{ ...REPORT_002.directives[0], assignees: [{ name: 'Phan Văn Mãi', kind: 'official' as const }] }],
    };
    const batch = buildGraphBatch(META_002, result);
    expect(edgesOf(batch, 'ASSIGNED_TO')).toEqual([expect.objectContaining({ to: officialId('Phan Văn Mãi'), props: { role: 'LEAD' } })]);
    expect(nodesOf(batch, 'Agency')).toEqual([]);
  });
});
