// The graph built from the real extraction of report 001 (not a hand-written reading):
// the headline question must be answerable from it.
import { extract } from '../../src/extract/pipeline';
import { buildGraphBatch } from '../../src/graph/build-batch';
import { agencyId, officialId } from '../../src/graph/ids';
import type { GraphNode } from '../../src/graph/model';
import { META_001, readSeed } from '../store/fixtures';

describe('graph batch from extract() of report 001', () => {
  const result = extract({ text: readSeed('001_83451dbc79f63736.txt'), published: '2025-02-06' });
  const batch = buildGraphBatch(META_001, result);
  const nodes = new Map<string, GraphNode>(batch.nodes.map((n) => [n.id, n]));

  test('the PM issued exactly two directives to Bộ Y tế, due 2025-06-30 and 2025-09-30', () => {
    const moh = batch.edges.filter((e) => e.type === 'ASSIGNED_TO' && e.to === agencyId('Bộ Y tế') && e.props.role === 'LEAD');
    expect(moh).toHaveLength(2);
    const deadlines = moh.map((edge) => {
      const issued = batch.edges.find((e) => e.type === 'ISSUED' && e.to === edge.from);
      expect(issued).toMatchObject({ from: officialId('Phạm Minh Chính') });
      expect(issued?.props.roles).toContain('PRIME_MINISTER');
      const due = batch.edges.find((e) => e.type === 'DUE_BY' && e.from === edge.from);
      const deadline = due === undefined ? null : nodes.get(due.to);
      return deadline?.label === 'Deadline' ? deadline.date : null;
    });
    expect(deadlines.sort()).toEqual(['2025-06-30', '2025-09-30']);
  });

  test('every directive keeps provenance that indexes the document text', () => {
    const directives = batch.nodes.filter((n): n is Extract<GraphNode, { label: 'Directive' }> => n.label === 'Directive');
    expect(directives.length).toBeGreaterThanOrEqual(5);
    for (const directive of directives) {
      expect(result.text.slice(directive.provenance.start, directive.provenance.end)).toBe(directive.text);
      expect(directive.provenance.sentence).toContain(directive.text.slice(0, 20));
      expect(directive.provenance.ruleIds.length).toBeGreaterThan(0);
    }
  });

  test('every edge links nodes of the batch, and the build is deterministic', () => {
    for (const edge of batch.edges) {
      expect(nodes.has(edge.from)).toBe(true);
      expect(nodes.has(edge.to)).toBe(true);
    }
    expect(buildGraphBatch(META_001, extract({ text: readSeed('001_83451dbc79f63736.txt'), published: '2025-02-06' }))).toEqual(batch);
  });
});
