// What only the Neo4j adapter must do, checked on the recording driver: transaction
// discipline, one round trip per batch read, driver types converted at the boundary, a failed
// write leaves nothing behind, and failures reported as typed errors naming the URI.
import neo4j from 'neo4j-driver';
import { StoreError } from '../../../src/store/errors';
import { mapNeo4jError } from '../../../src/store/neo4j/errors';
import { openNeo4jStore } from '../../../src/store/neo4j/index';
import { fromNeo4j, toNeo4jDate } from '../../../src/store/neo4j/values';
import type { StorePort } from '../../../src/store/port';
import { batch001, batch003, allBatches } from '../fixtures';
import { FakeNeo4jError } from './fake/reference-graph';
import { RecordingDriver } from './fake/recording-driver';

const URI = 'bolt://graph.example.org:7687';

async function open(driver = new RecordingDriver()): Promise<{ driver: RecordingDriver; store: StorePort }> {
  const store = await openNeo4jStore({ uri: URI, user: 'neo4j', password: 'secret', driver });
  return { driver, store };
}

/** Any neo4j Integer, Date or other driver object left in a value. */
function driverTypesIn(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (neo4j.isInt(value) || neo4j.isDate(value as object) || neo4j.isDateTime(value as object)) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => driverTypesIn(v, `${path}[${i}]`));
  return Object.entries(value).flatMap(([k, v]) => driverTypesIn(v, `${path}.${k}`));
}

describe('start-up', () => {
  test('constraints and indexes are created outside transactions, and again harmlessly on the next start', async () => {
    const { driver } = await open();
    const schema = driver.units.filter((u) => u.kind === 'auto').map((u) => u.statements[0].id);
    expect(schema).toContain('schema.unique.Entity');
    expect(schema).toContain('schema.fulltext.names');
    expect(driver.statements().every((s) => s.text.includes('IF NOT EXISTS'))).toBe(true);
    const again = new RecordingDriver();
    again.graph = driver.graph;
    await expect(open(again)).resolves.toBeDefined();
  });

  test.each([
    ['an unreachable server', new FakeNeo4jError('ServiceUnavailable', 'Failed to connect to server.\nPlease ensure ...'), `Neo4j at ${URI} is unreachable (Failed to connect to server). Is the server running?`],
    ['wrong credentials', new FakeNeo4jError('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.'), `Neo4j at ${URI} refused the credentials of user "neo4j"`],
    ['a missing database', new FakeNeo4jError('Neo.ClientError.Database.DatabaseNotFound', 'Database does not exist.'), `Neo4j at ${URI} has no database "neo4j"`],
  ])('%s fails fast with STORE_UNAVAILABLE naming the URI', async (_case, error, message) => {
    const driver = new RecordingDriver();
    driver.connectError = error;
    const failure = openNeo4jStore({ uri: URI, user: 'neo4j', password: 'x', driver });
    await expect(failure).rejects.toMatchObject({ name: 'StoreError', code: 'STORE_UNAVAILABLE', target: URI });
    await expect(failure).rejects.toThrow(message);
    expect(driver.closed).toBe(true);
    expect(driver.units).toEqual([]);
  });

  test('the real neo4j-driver against a port nobody listens on: STORE_UNAVAILABLE with the URI, no stack trace', async () => {
    const uri = 'bolt://127.0.0.1:9';
    const failure = openNeo4jStore({ uri, user: 'neo4j', password: 'x', connectTimeoutMs: 2000 });
    await expect(failure).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', target: uri });
    const message = await failure.catch((e: Error) => e.message);
    expect(message).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:9 is unreachable \(connect ECONNREFUSED 127\.0\.0\.1:9\)\. Is the server running\?/);
    expect(message).not.toMatch(/\n\s+at /);
  });

  test('a malformed URI is reported the same way', async () => {
    await expect(openNeo4jStore({ uri: 'http//nowhere', user: 'neo4j', password: 'x' })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', target: 'http//nowhere' });
  });
});

describe('transaction discipline', () => {
  test('writeDocument is one write transaction: delete what the document owns, write nodes, merge edges, mark', async () => {
    const { driver, store } = await open();
    driver.units.length = 0;
    await store.writeDocument(batch001());
    expect(driver.units.map((u) => u.kind)).toEqual(['write']);
    const ids = driver.units[0].statements.map((s) => s.id);
    expect(ids.slice(0, 5)).toEqual(['readIngestHash', 'deleteOwnedNodes', 'deleteOwnedEdges', 'releaseSharedEdges', 'releaseSharedNodes']);
    expect(ids[ids.length - 1]).toBe('markIngested');
    expect(ids.filter((id) => id.startsWith('writeNodes.'))).toEqual(['writeNodes.Document', 'writeNodes.Meeting', 'writeNodes.Official', 'writeNodes.Agency', 'writeNodes.Directive', 'writeNodes.Deadline']);
    // One UNWIND batch per label and type, however many nodes the document has.
    const batch = batch001();
    const directiveRows = driver.units[0].statements.find((s) => s.id === 'writeNodes.Directive')?.params.rows as unknown[];
    expect(directiveRows).toHaveLength(batch.nodes.filter((n) => n.label === 'Directive').length);
  });

  test('rewriting an unchanged document reads its hash and writes nothing', async () => {
    const { driver, store } = await open();
    await store.writeDocument(batch001());
    driver.units.length = 0;
    await expect(store.writeDocument(batch001())).resolves.toMatchObject({ changed: false });
    expect(driver.units).toEqual([{ kind: 'write', statements: [expect.objectContaining({ id: 'readIngestHash' })] }]);
  });

  test('reads run in read transactions, one statement per batch of keys', async () => {
    const { driver, store } = await open();
    for (const b of allBatches()) await store.writeDocument(b);
    driver.units.length = 0;
    const ids = batch001().nodes.slice(0, 20).map((n) => n.id);
    await store.getNodes(ids);
    await store.getEdges(ids.map((nodeId) => ({ nodeId, type: 'ASSIGNED_TO' as const, direction: 'out' as const })));
    await store.findDirectives({ assignedTo: ['agy:bo-y-te'], followSuccession: true }, { first: 5 });
    await store.search({ text: 'MOH', first: 3 });
    await store.stats(3);
    expect(driver.units.every((u) => u.kind === 'read')).toBe(true);
    expect(driver.units.map((u) => u.statements.map((s) => s.id))).toEqual([
      ['getNodes'],
      ['getEdges'],
      ['predecessors', 'directiveCandidates.assigned', 'countDirectives.candidates', 'findDirectives.candidates'],
      ['search'],
      ['stats.nodes', 'stats.edges', 'stats.topAssignees', 'stats.directivesPerMeeting'],
    ]);
    expect(driver.units[0].statements[0].params).toEqual({ ids });
    // Every session shares one bookmark manager: reads follow this process's writes on a cluster.
    expect(driver.unchainedSessions).toBe(0);
  });

  test('a failure inside the write transaction leaves the previous version whole, as a typed error', async () => {
    const { driver, store } = await open();
    await store.writeDocument(batch003());
    const before = await store.stats(10);
    driver.failOn = { queryId: 'mergeEdges.ASSIGNED_TO', error: new FakeNeo4jError('Neo.TransientError.Transaction.DeadlockDetected', 'deadlock') };
    await expect(store.writeDocument(batch001())).rejects.toMatchObject({ name: 'StoreError', code: 'STORE_UNAVAILABLE', target: URI });
    driver.failOn = null;
    expect(await store.stats(10)).toEqual(before);
    await expect(store.writeDocument(batch001())).resolves.toMatchObject({ changed: true });
  });
});

describe('driver types stop at the boundary', () => {
  test('Integers and Dates the driver returns come out as numbers and YYYY-MM-DD strings', async () => {
    const { driver, store } = await open();
    for (const b of allBatches()) await store.writeDocument(b);
    const stored = [...driver.graph.nodes.values()].find((n) => n.labels.has('Deadline'));
    expect(neo4j.isDate(stored?.props.date as object)).toBe(true);
    const batch = batch001();
    const nodes = await store.getNodes(batch.nodes.map((n) => n.id));
    expect(nodes).toEqual(batch.nodes);
    const results = [
      nodes,
      await store.getEdges(batch.nodes.map((n) => ({ nodeId: n.id, type: 'DUE_BY' as const, direction: 'out' as const }))),
      await store.findDirectives({ hasDeadline: true, orderBy: { field: 'DEADLINE', direction: 'ASC' } }, { first: 50 }),
      await store.listNodes('Deadline', { first: 50 }),
      await store.stats(5),
      await store.search({ text: 'bo', first: 5 }),
    ];
    expect(driverTypesIn(results)).toEqual([]);
  });
});

describe('one mapping from driver failures to store errors', () => {
  const target = { uri: URI, user: 'neo4j' };
  test.each([
    ['ServiceUnavailable', 'STORE_UNAVAILABLE', `Neo4j at ${URI} is unreachable`],
    ['SessionExpired', 'STORE_UNAVAILABLE', `Neo4j at ${URI} is unreachable`],
    ['Neo.TransientError.General.DatabaseUnavailable', 'STORE_UNAVAILABLE', `Neo4j at ${URI} is unreachable`],
    ['Neo.ClientError.Security.Unauthorized', 'STORE_UNAVAILABLE', 'refused the credentials of user "neo4j"'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'STORE_UNAVAILABLE', 'refused the credentials'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'STORE_UNAVAILABLE', 'has no database'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'STORE_BAD_INPUT', 'rejected the write'],
    ['Neo.DatabaseError.General.UnknownError', 'STORE_UNAVAILABLE', '(Neo.DatabaseError.General.UnknownError)'],
  ])('%s → %s', (code, storeCode, message) => {
    const mapped = mapNeo4jError(new FakeNeo4jError(code, 'first line\nsecond line'), target);
    expect(mapped).toMatchObject({ name: 'StoreError', code: storeCode, target: URI });
    expect(mapped.message).toContain(message);
    expect(mapped.message).not.toContain('second line');
  });

  test('a StoreError passes through unchanged', () => {
    const original = new StoreError('STORE_BAD_INPUT', 'bad cursor');
    expect(mapNeo4jError(original, target)).toBe(original);
  });
});

describe('values at the boundary', () => {
  test.each([
    ['2025-06-30', true],
    ['2024-02-29', true],
    ['2025-02-30', false],
    ['2025-Q3', false],
  ])('%s is sent as a DATE: %s', (value, isDate) => {
    expect(neo4j.isDate(toNeo4jDate(value) as object)).toBe(isDate);
  });

  test('fromNeo4j converts nested Integers and Dates', () => {
    expect(fromNeo4j({ a: [neo4j.int(3), new neo4j.types.Date(2025, 6, 30)], b: null, c: 'x' })).toEqual({ a: [3, '2025-06-30'], b: null, c: 'x' });
  });
});
