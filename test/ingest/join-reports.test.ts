// One meeting, two outlets, in both stores: the reports join one Meeting with both documents,
// a task both give is one Directive with both sources, the others are united; the order of
// ingest changes nothing, ingesting again changes nothing, and removing one report leaves
// exactly what the other report gives alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DirectiveNode, GraphBatch, MeetingNode } from '../../src/graph/model';
import { ReportJoiner } from '../../src/ingest/join-reports';
import { preparedReportOf } from '../../src/ingest/prepare-report';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import type { StorePort } from '../../src/store/port';
import { openRecorded } from '../store/neo4j/fake/open-recorded';
import { RecordingDriver } from '../store/neo4j/fake/recording-driver';
import { batchOf, dumpStore, OTHER_MEETING, OUTLET_A, OUTLET_B, OUTLET_C, type GraphDump } from './support/two-outlets';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const stores: [string, () => Promise<StorePort>][] = [
  ['embedded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-join-'));
    dirs.push(dir);
    return openEmbeddedStore({ dir });
  }],
  ['neo4j (recording driver)', () => openRecorded(new RecordingDriver())],
];

let a: GraphBatch;
let b: GraphBatch;
let other: GraphBatch;
beforeAll(async () => {
  [a, b, other] = await Promise.all([batchOf(OUTLET_A, 'outlet-a'), batchOf(OUTLET_B, 'outlet-b'), batchOf(OTHER_MEETING, 'other')]);
});

async function ingest(open: () => Promise<StorePort>, batches: GraphBatch[]): Promise<{ store: StorePort; joiner: ReportJoiner }> {
  const store = await open();
  const joiner = new ReportJoiner(store);
  for (const batch of batches) await joiner.write(batch);
  return { store, joiner };
}

const directives = (dump: GraphDump) => dump.nodes.Directive as DirectiveNode[];
const meetingOf = (dump: GraphDump, documentId: string) =>
  dump.edges.find((e) => e.type === 'REPORTED_IN' && e.to === documentId)?.from;

describe.each(stores)('two reports of one meeting: %s', (_name, open) => {
  test('one Meeting reported in both documents; the shared tasks once with both sources; the rest united', async () => {
    const { store } = await ingest(open, [a, b, other]);
    const dump = await dumpStore(store);
    await store.close();
    expect(dump.nodes.Document).toHaveLength(3);
    expect(dump.nodes.Meeting).toHaveLength(2);
    const joined = meetingOf(dump, a.documentId);
    expect(meetingOf(dump, b.documentId)).toBe(joined);
    expect(meetingOf(dump, other.documentId)).not.toBe(joined);
    const tasks = directives(dump).filter((d) => d.meetingId === joined);
    // 3 + 3 directives, two of them the same tasks: 4, none doubled
    expect(tasks).toHaveLength(4);
    const shared = tasks.filter((d) => (d.sources ?? []).length === 2);
    expect(shared.map((d) => d.sources!.map((s) => s.documentId))).toEqual([[a.documentId, b.documentId].sort(), [a.documentId, b.documentId].sort()]);
    const sentences = shared.flatMap((d) => d.sources!.map((s) => s.sentence)).sort();
    expect(sentences).toEqual([
      OUTLET_A.split('\n')[2], OUTLET_A.split('\n')[3], OUTLET_B.split('\n')[2], OUTLET_B.split('\n')[3],
    ].sort());
    // each shared task has one assignment and one deadline, not one per report
    for (const task of shared) {
      expect(dump.edges.filter((e) => e.from === task.id && e.type === 'ASSIGNED_TO')).toHaveLength(1);
      expect(dump.edges.filter((e) => e.from === task.id && e.type === 'DUE_BY')).toHaveLength(1);
    }
    // the Prime Minister is one Official who chaired the joined meeting once
    const pm = dump.nodes.Official.filter((o) => o.label === 'Official' && o.name === 'Phạm Minh Chính');
    expect(pm).toHaveLength(1);
    expect(dump.edges.filter((e) => e.type === 'CHAIRED' && e.to === joined && e.from === pm[0].id)).toHaveLength(1);
  });

  test('any order of ingest gives the same graph', async () => {
    const dumps: GraphDump[] = [];
    for (const order of [[a, b, other], [b, a, other], [other, b, a]]) {
      const { store } = await ingest(open, order);
      dumps.push(await dumpStore(store));
      await store.close();
    }
    expect(dumps[1]).toEqual(dumps[0]);
    expect(dumps[2]).toEqual(dumps[0]);
  });

  test('ingesting both again changes nothing', async () => {
    const { store, joiner } = await ingest(open, [a, b]);
    const before = await dumpStore(store);
    const again = [await joiner.write(b), await joiner.write(a)];
    const fresh = await new ReportJoiner(store).write(a); // a new run reads the stored reports back
    expect([...again, fresh].map((w) => w.changed)).toEqual([false, false, false]);
    expect(await dumpStore(store)).toEqual(before);
    await store.close();
  });

  test('removing one report leaves exactly what the other gives alone', async () => {
    const alone = await ingest(open, [b, other]);
    const expected = await dumpStore(alone.store);
    await alone.store.close();
    for (const order of [[a, b, other], [b, a, other]]) {
      const { store } = await ingest(open, order);
      // a new run: the stored reports are read back, not remembered
      expect((await new ReportJoiner(store).remove(a.documentId)).changed).toBe(true);
      expect(await dumpStore(store)).toEqual(expected);
      expect(await store.documentsOnMeetingDate('2025-03-20')).toEqual([b.documentId, other.documentId].sort());
      await store.close();
    }
  });
});

test('the joined meeting keeps the first title in document order and the date both give', async () => {
  const { store } = await ingest(stores[0][1], [a, b]);
  const meetings = (await dumpStore(store)).nodes.Meeting as MeetingNode[];
  await store.close();
  expect(meetings).toHaveLength(1);
  const titled = [a, b].sort((x, y) => x.documentId.localeCompare(y.documentId)).map((x) => (x.nodes.find((n) => n.label === 'Meeting') as MeetingNode).title);
  expect(meetings[0]).toMatchObject({ date: '2025-03-20', title: titled.find((t) => t !== null) });
});

test('both stores hold the same joined graph', async () => {
  const dumps: GraphDump[] = [];
  for (const [, open] of stores) {
    const { store } = await ingest(open, [b, other, a]);
    dumps.push(await dumpStore(store));
    await store.close();
  }
  expect(dumps[1]).toEqual(dumps[0]);
});

test('three outlets in every order: one meeting, four tasks, the same graph', async () => {
  const c = await batchOf(OUTLET_C, 'outlet-c');
  const orders = [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]];
  const dumps: GraphDump[] = [];
  for (const order of orders) {
    const { store } = await ingest(stores[0][1], order);
    dumps.push(await dumpStore(store));
    await store.close();
  }
  for (const dump of dumps.slice(1)) expect(dump).toEqual(dumps[0]);
  expect(dumps[0].nodes.Meeting).toHaveLength(1);
  expect(dumps[0].nodes.Document).toHaveLength(3);
  // every task is given by two of the three reports
  expect(directives(dumps[0]).map((d) => (d.sources ?? []).length)).toEqual([2, 2, 2, 2]);
});

test('reports a prepare worker encoded join as their batches do (the record crosses threads, the batch is made from it)', async () => {
  const open = stores[0][1];
  const { store: reference } = await ingest(open, [a, b, other]);
  const store = await open();
  const joiner = new ReportJoiner(store);
  const written = [];
  for (const batch of [a, b, other]) {
    const prepared = preparedReportOf(batch);
    written.push(await joiner.writePrepared(structuredClone(prepared, { transfer: [prepared.encoded.body.buffer as ArrayBuffer] })));
  }
  expect(written.map((w) => w.joinedWith)).toEqual([[], [a.documentId], []]);
  expect(await dumpStore(store)).toEqual(await dumpStore(reference));
  await Promise.all([store.close(), reference.close()]);
});

test('a report this run stored alone is read back from the store when a later report joins it, not extracted again', async () => {
  const open = stores[0][1];
  const { store: reference } = await ingest(open, [a, other, b]);
  const store = await open();
  const readBack: string[] = [];
  const recording: StorePort = Object.assign(Object.create(store) as StorePort, {
    storedBatch: (id: string) => (readBack.push(id), (store as Required<StorePort>).storedBatch(id)),
  });
  // Keeping one whole batch: by the time b arrives, a's has gone.
  const joiner = new ReportJoiner(recording, 1);
  for (const batch of [a, other, b]) await joiner.write(batch);
  expect(readBack).toEqual([a.documentId]);
  expect(await dumpStore(store)).toEqual(await dumpStore(reference));
  // Once joined, a's record is the joint one: removing b makes a's own batch again from its text.
  readBack.length = 0;
  await joiner.remove(b.documentId);
  expect(readBack).toEqual([]);
  const { store: aloneReference } = await ingest(open, [a, other]);
  expect(await dumpStore(store)).toEqual(await dumpStore(aloneReference));
  await Promise.all([store.close(), reference.close(), aloneReference.close()]);
});
