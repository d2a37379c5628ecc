// "TCK" tests in the manner of the Neo4j GraphQL Library: each builder's Cypher and
// parameters, snapshotted with no database. A change to any statement shows up here as a
// diff to review (and the lint test checks the new text).
import neo4j from 'neo4j-driver';
import { encodeCuration, encodeEdgeProps, encodeNode } from '../../../src/store/neo4j/codec';
import { directiveParams } from '../../../src/store/neo4j/find-directives';
import { allStatements } from '../../../src/store/neo4j/queries/catalog';
import { buildAddCuration } from '../../../src/store/neo4j/queries/curation';
import { buildFindDirectives, buildPredecessors } from '../../../src/store/neo4j/queries/directives';
import { buildGetEdges } from '../../../src/store/neo4j/queries/edges';
import { luceneContainsQuery } from '../../../src/store/neo4j/lucene-query';
import { buildSearch } from '../../../src/store/neo4j/queries/search';
import { buildMergeEdges, buildWriteNodes } from '../../../src/store/neo4j/queries/write';
import { batch001 } from '../fixtures';
import { returnColumns } from './fake/return-columns';

expect.addSnapshotSerializer({
  test: (v) => neo4j.isInt(v) || (v !== null && typeof v === 'object' && neo4j.isDate(v)),
  serialize: (v) => (neo4j.isInt(v) ? `Integer(${v.toString()})` : `Date(${String(v)})`),
});

describe('every statement variant, as text and parameters', () => {
  test.each(allStatements().map((q) => [q.id, q] as const))('%s', (_id, q) => {
    expect({ mode: q.mode, text: q.text, params: q.params }).toMatchSnapshot();
  });
});

describe('builders with real inputs', () => {
  const batch = batch001();
  const agency = batch.nodes.find((n) => n.label === 'Agency' && n.name === 'Bộ Y tế');
  const deadline = batch.nodes.find((n) => n.label === 'Deadline');
  const directive = batch.nodes.find((n) => n.label === 'Directive');
  const assigned = batch.edges.find((e) => e.type === 'ASSIGNED_TO');
  if (!agency || !deadline || !directive || !assigned) throw new Error('fixture batch001 lacks an agency, deadline, directive or assignment');

  test('a shared Agency is merged with its properties; dates as DATE, no nulls sent', () => {
    const q = buildWriteNodes('Agency', batch.documentId, [{ id: agency.id, props: encodeNode(agency, null) }]);
    expect(q.params).toMatchSnapshot();
    expect(JSON.stringify(q.params)).not.toContain('null');
  });

  test('an owned Deadline is created with its owner; DATE and Integer typed', () => {
    const q = buildWriteNodes('Deadline', batch.documentId, [{ id: deadline.id, props: encodeNode(deadline, batch.documentId) }]);
    const props = (q.params.rows as { props: Record<string, unknown> }[])[0].props;
    expect(neo4j.isDate(props.date as object)).toBe(true);
    expect(neo4j.isInt(props.start)).toBe(true);
    expect(props.ownerDocumentId).toBe(batch.documentId);
    expect(q.params).toMatchSnapshot();
  });

  test('a Directive flattens its provenance', () => {
    const props = encodeNode(directive, batch.documentId);
    expect(props).toMatchObject({ provenanceDocumentId: batch.documentId, provenanceSentence: directive.provenance.sentence });
    expect(Object.values(props).some((v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !neo4j.isInt(v))).toBe(false);
  });

  test('an edge carries its props as JSON and promoted for filtering', () => {
    expect(buildMergeEdges('ASSIGNED_TO', batch.documentId, [{ id: assigned.id, from: assigned.from, to: assigned.to, shared: false, props: encodeEdgeProps(assigned) }])).toMatchSnapshot();
  });

  test('findDirectives for "the PM assigned to Bộ Y tế, due before 2025-07-01", latest deadline first, second page', () => {
    const params = directiveParams({ assignedTo: [agency.id], issuedByRole: ['PRIME_MINISTER'], dueBefore: '2025-07-01', text: 'Bệnh án' }, []);
    const q = buildFindDirectives({ field: 'DEADLINE', direction: 'DESC' }, params, { afterSortKey: '2025-09-30', afterTieKey: directive.id, limit: 11 });
    expect(q.params).toMatchSnapshot();
    expect(q.params).toMatchObject({ role: 'LEAD', coordinatedBy: null, textFolded: 'benh an', limit: neo4j.int(11) });
  });

  test('adjacency, succession, search and curation parameters', () => {
    expect(buildGetEdges([{ nodeId: agency.id, type: 'ASSIGNED_TO', direction: 'in' }, { nodeId: directive.id, type: 'DUE_BY', direction: 'out' }]).params).toMatchSnapshot();
    expect(buildPredecessors([agency.id]).params).toEqual({ ids: [agency.id] });
    const lucene = luceneContainsQuery(['bo y te', 'bộ y tế']);
    expect(lucene).toBe('(*bo AND y AND te*) OR (*bộ AND y AND tế*)');
    expect(buildSearch({ queries: ['bo y te', 'bộ y tế'], labels: ['Agency'], exact: true, lucene: lucene as string }).params).toEqual({ queries: ['bo y te', 'bộ y tế'], labels: ['Agency'], exact: true, lucene });
    const record = { id: 'cur-1', directiveId: directive.id, kind: 'STATUS' as const, value: 'DONE', effectiveDate: '2025-07-01', note: null, evidenceUrl: null, reason: null, curator: 'ana', recordedAt: '2025-07-02T08:00:00.000Z' };
    expect(buildAddCuration(record.id, record.directiveId, encodeCuration(record)).params).toMatchSnapshot();
  });
});

describe('the columns each statement returns (what the recording driver holds intents to)', () => {
  const byId = new Map(allStatements().map((q) => [q.id, q.text]));
  test.each([
    ['getNodes', ['id', 'labels', 'props']],
    ['getEdges', ['keyIndex', 'id', 'type', 'from', 'to', 'propsJson', 'documentId']],
    ['findDirectives', ['id', 'inherited', 'sortKey', 'tieKey']],
    ['countDirectives', ['totalCount']],
    ['search', ['id', 'label', 'score', 'matched', 'name']],
    ['shortestPath.6', ['id', 'type', 'from', 'to', 'propsJson', 'documentId']],
    ['stats.topAssignees', ['agencyId', 'lead', 'coordinator']],
    ['writeNodes.Agency', ['written']],
    ['deleteOwnedNodes', []],
    ['getCurations', ['directiveId', 'props', 'seq']],
  ])('%s returns %j', (id, columns) => {
    expect(returnColumns(byId.get(id) ?? '')).toEqual(columns);
  });
});
