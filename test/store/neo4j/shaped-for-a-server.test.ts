// What keeps the adapter's Cypher cheap on a real server, checked with no database: writes
// and pages never test membership in a list property (no index serves that, so it reads every
// node), ownership hangs off the document's own :Ingest node, shared nodes are merged without
// dropping what another report gave them, and search asks the full-text index first.
import { openNeo4jStore } from '../../../src/store/neo4j/index';
import { luceneContainsQuery } from '../../../src/store/neo4j/lucene-query';
import { allStatements } from '../../../src/store/neo4j/queries/catalog';
import type { GraphBatch } from '../../../src/graph/model';
import { batch001, batch003 } from '../fixtures';
import { RecordingDriver } from './fake/recording-driver';
import { isReadStatement } from './fake/recording-driver';

const statements = allStatements();
const pageOrWrite = statements.filter((q) => !isReadStatement(q.id) || /^(findDirectives|countDirectives|listNodes|listEdges)/.test(q.id));

describe('no write or page reads a list property of every node', () => {
  test.each(pageOrWrite.map((q) => [q.id, q.text] as const))('%s', (_id, text) => {
    // `$param IN n.prop` (membership in a stored list) and the old carrier list are what no index serves.
    expect(text).not.toMatch(/\$\w+\s+IN\s+\w+\.\w+/);
    expect(text).not.toContain('carriedBy');
    // Pages are cut in Cypher (ORDER BY … LIMIT), never collected and sliced.
    expect(text).not.toMatch(/collect\(\{/);
    expect(text).not.toMatch(/\[0\.\.\$limit\]/);
  });

  test('every statement of a write starts from an indexed key', () => {
    const writes = statements.filter((q) => !isReadStatement(q.id) && !q.id.startsWith('schema.') && q.id !== 'clearDatabase');
    for (const q of writes) {
      const first = q.text.split('\n')[1];
      expect([q.id, /\{(documentId|ownerDocumentId|id|directiveId): \$\w+\}|^UNWIND \$rows|^CALL \(\) \{ MATCH \(\)-\[r:\w+ \{documentId: \$documentId\}\]/.test(first)]).toEqual([q.id, true]);
    }
  });
});

/** batch003 with one of batch001's agencies in it, as a report naming it without its English name would. */
function withAgencyLackingEnglishName(agencyId: string): GraphBatch {
  const source = batch001().nodes.find((n) => n.id === agencyId);
  if (!source || source.label !== 'Agency') throw new Error(`batch001 has no agency ${agencyId}`);
  const batch = batch003();
  return { ...batch, nodes: [...batch.nodes.filter((n) => n.id !== agencyId), { ...source, nameEn: null }] };
}

describe('ownership on a recording driver', () => {
  test('a shared node keeps a property another report gave it when a later report lacks it (SET +=)', async () => {
    const driver = new RecordingDriver();
    const store = await openNeo4jStore({ uri: 'bolt://recording.test:7687', user: 'neo4j', password: 'x', driver });
    await store.writeDocument(batch001());
    await store.writeDocument(withAgencyLackingEnglishName('agy:bo-y-te'));
    const [moh] = await store.getNodes(['agy:bo-y-te']);
    expect(moh).toMatchObject({ label: 'Agency', name: 'Bộ Y tế', nameEn: 'Ministry of Health' });
  });

  test('a shared node goes when the last report carrying it is rewritten without it, not before', async () => {
    const driver = new RecordingDriver();
    const store = await openNeo4jStore({ uri: 'bolt://recording.test:7687', user: 'neo4j', password: 'x', driver });
    const both = withAgencyLackingEnglishName('agy:bo-y-te');
    await store.writeDocument(batch001());
    await store.writeDocument(both);
    const carriers = () => driver.graph.rels.filter((r) => r.type === 'CARRIES' && r.end === 'agy:bo-y-te').length;
    expect(carriers()).toBe(2);
    await store.writeDocument({ ...both, nodes: both.nodes.filter((n) => n.id !== 'agy:bo-y-te') });
    expect(carriers()).toBe(1);
    expect((await store.getNodes(['agy:bo-y-te']))[0]).not.toBeNull();
    const first = batch001();
    const referencing = new Set(first.edges.filter((e) => e.to === 'agy:bo-y-te' || e.from === 'agy:bo-y-te').map((e) => e.id));
    await store.writeDocument({ ...first, nodes: first.nodes.filter((n) => n.id !== 'agy:bo-y-te'), edges: first.edges.filter((e) => !referencing.has(e.id)) });
    expect(carriers()).toBe(0);
    expect(await store.getNodes(['agy:bo-y-te'])).toEqual([null]);
  });
});

describe('the full-text query that finds search candidates (a superset of the substring matches)', () => {
  test.each([
    [['y te'], '*y AND te*'],
    [['bo y te', 'bộ y tế'], '(*bo AND y AND te*) OR (*bộ AND y AND tế*)'],
    [['moh'], '*moh*'],
    [['kh&dt'], '*kh\\&dt*'],
    [['a (b) c:d'], '*a AND \\(b\\) AND c\\:d*'],
    [['x', 'x'], '*x*'],
    [[' '], null],
  ])('%j → %s', (variants, expected) => {
    expect(luceneContainsQuery(variants)).toBe(expected);
  });
});
