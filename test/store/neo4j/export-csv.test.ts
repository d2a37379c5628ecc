// neo4j-admin import files written from a store and read back: every node and edge once, the
// typed headers neo4j-admin expects, values that survive the trip (quotes, commas, newlines in
// the report text, arrays, dates), and the command line that loads them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openEmbeddedStore } from '../../../src/store/embedded/index';
import { writeNeo4jImportCsv } from '../../../src/store/neo4j/export-csv';
import { parseCsv } from '../../../src/store/neo4j/csv';
import type { StorePort } from '../../../src/store/port';
import { ReportJoiner } from '../../../src/ingest/join-reports';
import { batchOf, OUTLET_A, OUTLET_B } from '../../ingest/support/two-outlets';
import { allBatches, batch001 } from '../fixtures';

let dir: string;
let store: StorePort;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mg-neo4j-csv-'));
  store = await openEmbeddedStore({ dir: join(dir, 'data') });
  for (const b of allBatches()) await store.writeDocument(b);
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** header file + data file → objects keyed by header column. */
function readTable(out: string, name: string): { header: string[]; rows: Record<string, string>[] } {
  const [header] = parseCsv(readFileSync(join(out, `${name}.header.csv`), 'utf8'));
  const rows = parseCsv(readFileSync(join(out, `${name}.csv`), 'utf8')).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
  return { header, rows };
}

test('every node and edge of the store is written once, with counts that match the store', async () => {
  const out = join(dir, 'csv');
  const result = await writeNeo4jImportCsv(store, out);
  const stats = await store.stats(0);
  expect(result.nodes).toBe(stats.nodes.reduce((s, c) => s + c.count, 0));
  expect(result.edges).toBe(stats.edges.reduce((s, c) => s + c.count, 0));
  for (const { key, count } of stats.nodes.filter((c) => c.count > 0)) expect(readTable(out, `nodes-${key}`).rows).toHaveLength(count);
  for (const { key, count } of stats.edges.filter((c) => c.count > 0)) expect(readTable(out, `relationships-${key}`).rows).toHaveLength(count);
  const command = readFileSync(join(out, 'import-command.txt'), 'utf8');
  expect(command).toContain('neo4j-admin database import full');
  expect(command).toContain('--array-delimiter=";" --multiline-fields=true');
  for (const file of result.files.filter((f) => f.endsWith('.csv') && !f.endsWith('.header.csv'))) expect(command).toContain(`${basename(file, '.csv')}.header.csv,${basename(file)}`);
});

test('headers carry neo4j-admin types; values read back equal the store', async () => {
  const out = join(dir, 'csv');
  await writeNeo4jImportCsv(store, out);
  const agencies = readTable(out, 'nodes-Agency');
  expect(agencies.header.slice(0, 2)).toEqual(['id:ID(Entity)', ':LABEL']);
  expect(agencies.header).toEqual(expect.arrayContaining(['name', 'nameEn', 'abbreviations:string[]', 'searchKeys:string[]']));
  const moh = agencies.rows.find((r) => r['id:ID(Entity)'] === 'agy:bo-y-te');
  expect(moh).toMatchObject({ ':LABEL': 'Entity;Agency', name: 'Bộ Y tế', nameEn: 'Ministry of Health', 'abbreviations:string[]': 'BYT;MOH' });
  // Which reports carry a shared node, so a re-ingest after the import can release it: an
  // :Ingest node per report, CARRIES to the shared nodes its edges touch.
  expect(agencies.header).not.toContain('carriedBy:string[]');
  const ingest = readTable(out, 'nodes-Ingest');
  expect(ingest.header).toEqual(['documentId:ID(Ingest)', ':LABEL']);
  expect(ingest.rows.map((r) => r['documentId:ID(Ingest)']).sort()).toEqual(allBatches().map((b) => b.documentId).sort());
  const carries = readTable(out, 'relationships-CARRIES');
  expect(carries.header).toEqual([':START_ID(Ingest)', ':END_ID(Entity)', ':TYPE']);
  expect(carries.rows.filter((r) => r[':END_ID(Entity)'] === 'agy:bo-y-te').map((r) => r[':START_ID(Ingest)'])).toEqual([batch001().documentId]);

  const deadlines = readTable(out, 'nodes-Deadline');
  expect(deadlines.header).toEqual(expect.arrayContaining(['date:date', 'start:long', 'end:long', 'yearImplied:boolean', 'ownerDocumentId']));
  const batch = batch001();
  const deadline = batch.nodes.find((n) => n.label === 'Deadline');
  const row = deadlines.rows.find((r) => r['id:ID(Entity)'] === deadline?.id);
  expect(row).toMatchObject({ 'date:date': deadline?.label === 'Deadline' ? deadline.date : '', ownerDocumentId: batch.documentId });

  // The report text keeps its newlines, quotes and commas through the multi-line CSV.
  const documents = readTable(out, 'nodes-Document');
  const document = batch.nodes.find((n) => n.label === 'Document');
  expect(documents.rows.find((r) => r['id:ID(Entity)'] === batch.documentId)?.text).toBe(document?.label === 'Document' ? document.text : '');

  const assigned = readTable(out, 'relationships-ASSIGNED_TO');
  expect(assigned.header.slice(0, 3)).toEqual([':START_ID(Entity)', ':END_ID(Entity)', ':TYPE']);
  const edges = (await store.listEdges('ASSIGNED_TO', { first: 500 })).items.map((i) => i.value);
  for (const edge of edges) {
    const r = assigned.rows.find((x) => x.id === edge.id);
    expect(r).toMatchObject({ ':START_ID(Entity)': edge.from, ':END_ID(Entity)': edge.to, ':TYPE': 'ASSIGNED_TO', role: String(edge.props.role) });
    expect(JSON.parse(r?.propsJson ?? 'null')).toEqual(edge.props);
  }
});

test('curation records are exported as :Curation nodes in their order', async () => {
  const directive = batch001().nodes.find((n) => n.label === 'Directive');
  if (!directive) throw new Error('no directive in batch001');
  const base = { directiveId: directive.id, kind: 'STATUS' as const, effectiveDate: null, note: 'họp ngày 1/7, "xong"', evidenceUrl: null, reason: null, curator: 'ana' };
  await store.addCuration({ ...base, id: 'c1', value: 'IN_PROGRESS', recordedAt: '2025-07-01T00:00:00Z' });
  await store.addCuration({ ...base, id: 'c2', value: 'DONE', recordedAt: '2025-07-02T00:00:00Z' });
  const out = join(dir, 'csv');
  await writeNeo4jImportCsv(store, out);
  const { header, rows } = readTable(out, 'nodes-Curation');
  expect(header).toEqual(expect.arrayContaining([':LABEL', 'id', 'directiveId', 'seq:long']));
  expect(rows.map((r) => [r.id, r.value, r['seq:long'], r.note])).toEqual([
    ['c1', 'IN_PROGRESS', '0', base.note],
    ['c2', 'DONE', '1', base.note],
  ]);
});

test('a meeting two reports give and the task both give are carried by both reports, owned by neither', async () => {
  const [a, b] = await Promise.all([batchOf(OUTLET_A, 'outlet-a'), batchOf(OUTLET_B, 'outlet-b')]);
  const joiner = new ReportJoiner(store);
  await joiner.write(a);
  await joiner.write(b);
  const out = join(dir, 'csv');
  await writeNeo4jImportCsv(store, out);
  const both = [a.documentId, b.documentId].sort();
  const meeting = readTable(out, 'nodes-Meeting').rows.find((r) => r['date:date'] === '2025-03-20');
  expect(meeting?.ownerDocumentId ?? '').toBe('');
  const carries = readTable(out, 'relationships-CARRIES').rows;
  const carriersOf = (id: string) => carries.filter((r) => r[':END_ID(Entity)'] === id).map((r) => r[':START_ID(Ingest)']).sort();
  expect(carriersOf(meeting?.['id:ID(Entity)'] ?? '')).toEqual(both);
  const directives = readTable(out, 'nodes-Directive').rows.filter((r) => r.sourcesJson !== undefined && r.sourcesJson !== '');
  expect(directives).toHaveLength(2);
  for (const d of directives) {
    expect(d.ownerDocumentId ?? '').toBe('');
    expect(carriersOf(d['id:ID(Entity)'])).toEqual(both);
  }
});
