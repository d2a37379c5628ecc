// The download routes on the real server (GraphQL, page and exports on one port) over the
// seeded store: each format arrives with its type and file name and reads back whole.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportRoute } from '../../src/http/export-handler';
import { parseCsv } from '../export/csv-parse';
import { validatePopolo } from '../export/popolo-shape';
import { openSeededStore, type SeededStore } from '../export/seeded-store';
import { storeCounts, type StoreCounts } from '../export/store-counts';
import { rawRequest } from './http-get';
import { startTestServer, type RunningServer } from './test-server';

describe('exportRoute', () => {
  test.each([
    ['/export/gexf', { kind: 'single', format: 'gexf' }],
    ['/export/graphml', { kind: 'single', format: 'graphml' }],
    ['/export/popolo', { kind: 'single', format: 'popolo' }],
    ['/export/csv', { kind: 'csv-tar' }],
    ['/export/csv/nodes-Agency.csv', { kind: 'csv-file', name: 'nodes-Agency.csv' }],
    ['/export/neo4j-csv', { kind: 'neo4j-tar' }],
    ['/export/csv/../../package.json', null],
    ['/export/csv/nodes-Secret.csv', null],
    ['/export/xlsx', null],
    ['/export/', null],
    ['/exports/gexf', null],
  ])('%s → %j', (path, expected) => {
    expect(exportRoute(path)).toEqual(expected);
  });
});

describe('GET /export/* on the running server', () => {
  let seeded: SeededStore;
  let server: RunningServer;
  let counts: StoreCounts;
  const scratch = mkdtempSync(join(tmpdir(), 'export-http-'));

  beforeAll(async () => {
    seeded = await openSeededStore();
    counts = await storeCounts(seeded.store);
    server = await startTestServer(seeded.store, { webRoot: join(scratch, 'no-page'), now: new Date('2025-07-01T00:00:00Z') });
  });
  afterAll(async () => {
    await server.close();
    await seeded.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  test.each([
    ['/export/gexf', 'application/gexf+xml; charset=utf-8', 'minutes-graph.gexf', (t: string) => parseGexf(Graph, t)],
    ['/export/graphml', 'application/graphml+xml; charset=utf-8', 'minutes-graph.graphml', (t: string) => parseGraphml(Graph, t)],
  ])('%s is a %s download with every node and edge', async (path, type, fileName, parse) => {
    const res = await rawRequest(server.port, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${fileName}"`);
    const graph = parse(res.body.toString('utf8'));
    expect([graph.order, graph.size]).toEqual([counts.nodes, counts.edges]);
  });

  test('/export/popolo is valid Popolo-style JSON', async () => {
    const res = await rawRequest(server.port, '/export/popolo');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(validatePopolo(JSON.parse(res.body.toString('utf8')))).toEqual([]);
  });

  test('/export/csv is a tar of the sixteen CSV files; one CSV can be fetched alone', async () => {
    const tar = await rawRequest(server.port, '/export/csv');
    expect(tar.headers['content-type']).toBe('application/x-tar');
    const file = join(scratch, 'csv.tar');
    writeFileSync(file, tar.body);
    const names = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(names).toHaveLength(16);
    expect(names).toContain('minutes-graph-csv/nodes-Agency.csv');
    const single = await rawRequest(server.port, '/export/csv/nodes-Agency.csv');
    expect(single.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(single.body.toString('utf8')).toBe(execFileSync('tar', ['-xOf', file, 'minutes-graph-csv/nodes-Agency.csv'], { encoding: 'utf8' }));
    expect(parseCsv(single.body.toString('utf8'))).toHaveLength(counts.byLabel.Agency + 1);
  });

  test('/export/csv/directives.csv?bom=1 starts with a byte-order mark for Excel; without it, none', async () => {
    const withBom = await rawRequest(server.port, '/export/csv/directives.csv?bom=1');
    expect(withBom.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const plain = await rawRequest(server.port, '/export/csv/directives.csv');
    expect(plain.body.toString('utf8')).toMatch(/^id,text,lead,coordinators,issued_by,deadline,precision,/);
  });

  test('/export/neo4j-csv is a tar of the neo4j-admin files with the import command', async () => {
    const res = await rawRequest(server.port, '/export/neo4j-csv');
    const file = join(scratch, 'neo4j.tar');
    writeFileSync(file, res.body);
    const names = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(names).toContain('minutes-graph-neo4j-csv/import-command.txt');
    expect(names).toContain('minutes-graph-neo4j-csv/nodes-Agency.csv');
  });

  test('unknown export paths are 404 from the server; POST is refused', async () => {
    expect((await rawRequest(server.port, '/export/xlsx')).status).toBe(404);
    expect((await rawRequest(server.port, '/export/gexf', 'POST')).status).toBe(405);
  });
});
