// The CSV set over the five seeds: one RFC 4180 file per node label and edge type, a row per
// store record, every field read back as written.
import { edgeCsvName, nodeCsvName, toCsvFiles, type CsvFile } from '../../src/export/csv';
import { readSnapshot } from '../../src/export/snapshot';
import { EDGE_TYPES, NODE_LABELS } from '../../src/graph/model';
import { parseCsv } from './csv-parse';
import { openSeededStore, type SeededStore } from './seeded-store';
import { storeCounts, type StoreCounts } from './store-counts';

let seeded: SeededStore;
let files: CsvFile[];
let counts: StoreCounts;

beforeAll(async () => {
  seeded = await openSeededStore();
  files = toCsvFiles(await readSnapshot(seeded.store));
  counts = await storeCounts(seeded.store);
});
afterAll(() => seeded.dispose());

function table(name: string): Record<string, string>[] {
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(`no ${name}`);
  const [header, ...rows] = parseCsv(file.content);
  return rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]])));
}

test('one file per node label and per edge type', () => {
  expect(files.map((f) => f.name)).toEqual([...NODE_LABELS.map(nodeCsvName), ...EDGE_TYPES.map(edgeCsvName)]);
});

test.each(NODE_LABELS)('nodes-%s.csv has one row per node of that label in the store', (label) => {
  const rows = table(nodeCsvName(label));
  expect(rows).toHaveLength(counts.byLabel[label]);
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
});

test.each(EDGE_TYPES)('edges-%s.csv has one row per edge of that type in the store', (type) => {
  expect(table(edgeCsvName(type))).toHaveLength(counts.byType[type]);
});

test('every row has as many fields as its header', () => {
  for (const file of files) {
    const [header, ...rows] = parseCsv(file.content);
    for (const row of rows) expect(row).toHaveLength(header.length);
  }
});

test('Vietnamese names, joined lists and multi-clause sentences survive quoting', () => {
  const moh = table('nodes-Agency.csv').find((r) => r.id === 'agy:bo-y-te')!;
  expect(moh.name).toBe('Bộ Y tế');
  expect(moh.abbreviations.split(' | ')).toEqual(expect.arrayContaining(['BYT', 'MOH']));
  const directive = table('nodes-Directive.csv').find((r) => r.text.includes('bệnh án điện tử'))!;
  expect(directive.provenance_sentence).toContain('Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử trong 6 tháng đầu năm; triển khai');
  expect(Number(directive.provenance_end)).toBeGreaterThan(Number(directive.provenance_start));
});

test('assignment edges keep their role; the report text stays in the Document file', () => {
  const roles = new Set(table('edges-ASSIGNED_TO.csv').map((r) => r.role));
  expect(roles).toEqual(new Set(['LEAD', 'COORDINATOR', ...(roles.has('MONITOR') ? ['MONITOR'] : [])]));
  const documents = table('nodes-Document.csv');
  expect(documents.every((d) => d.text.length > 500)).toBe(true);
  expect(documents.map((d) => d.published).sort()).toEqual(['2022-04-27', '2023-12-21', '2024-07-19', '2024-11-14', '2025-02-06']);
});
