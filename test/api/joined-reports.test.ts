// GraphQL over two outlets' reports of one meeting: the Meeting lists both documents, a task
// both give lists both sources (each with its own sentence and report), one given by one
// report lists one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../src/api/server';
import { ReportJoiner } from '../../src/ingest/join-reports';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import type { StorePort } from '../../src/store/port';
import { batchOf, OUTLET_A, OUTLET_B } from '../ingest/support/two-outlets';
import { testClock, testConfig } from './support/api-config';
import { gql } from './support/client';

let dir: string;
let store: StorePort;
let ids: { a: string; b: string };
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mg-api-joined-'));
  store = await openEmbeddedStore({ dir });
  const [a, b] = await Promise.all([batchOf(OUTLET_A, 'outlet-a'), batchOf(OUTLET_B, 'outlet-b')]);
  const joiner = new ReportJoiner(store);
  await joiner.write(a);
  await joiner.write(b);
  ids = { a: a.documentId, b: b.documentId };
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a Meeting shows its documents, a Directive its sources', async () => {
  const yoga = createApi({ store, config: testConfig(), clock: testClock });
  const r = await gql(yoga, `{
    directives(filter: { assignedTo: "Bộ Tài chính" }) {
      totalCount
      edges { node { meeting { documents { id title } } sources { sentence document { id } } } }
    }
    security: directives(filter: { assignedTo: "Bộ Công an" }) { edges { node { sources { document { id } } } } }
  }`);
  expect(r.errors).toBeUndefined();
  const [finance] = r.data.directives.edges;
  expect(r.data.directives.totalCount).toBe(1);
  expect(finance.node.meeting.documents).toEqual(
    [{ id: ids.a, title: 'outlet-a' }, { id: ids.b, title: 'outlet-b' }].sort((x, y) => x.id.localeCompare(y.id)),
  );
  const bySource = Object.fromEntries(finance.node.sources.map((s: { sentence: string; document: { id: string } }) => [s.document.id, s.sentence]));
  expect(bySource).toEqual({ [ids.a]: OUTLET_A.split('\n')[3], [ids.b]: OUTLET_B.split('\n')[3] });
  expect(r.data.security.edges.map((e: any) => e.node.sources)).toEqual([[{ document: { id: ids.b } }]]);
});
