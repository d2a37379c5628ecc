// A read-only store following a writer (what `serve --workers` workers do): it applies the
// writer's appends when asked, answers as a store opened afresh would, and asks to be reopened
// when a compaction replaced the log under it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraphBatch } from '../../src/graph/build-batch';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { IDS, META_001, REPORT_001, batch001, batch002, batch003 } from './fixtures';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mg-follow-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a reader catches up with documents and curations the writer appended', async () => {
  const writer = await openEmbeddedStore({ dir });
  await writer.writeDocument(batch001());
  const reader = await openEmbeddedStore({ dir, readOnly: true });
  expect((await reader.listNodes('Document', { first: 10 })).totalCount).toBe(1);

  await writer.writeDocument(batch002());
  await writer.writeDocument(batch003());
  await writer.writeDocument(buildGraphBatch({ ...META_001, title: 'rewritten' }, REPORT_001));
  const directive = batch001().nodes.find((n) => n.label === 'Directive')?.id as string;
  await writer.addCuration({ id: 'c-1', directiveId: directive, kind: 'STATUS', value: 'DONE', effectiveDate: null, note: null, evidenceUrl: null, reason: null, curator: 'ana', recordedAt: '2025-07-01T00:00:00Z' });
  expect((await reader.listNodes('Document', { first: 10 })).totalCount).toBe(1); // not before it is asked

  expect(reader.catchUp()).toBe('current');
  expect(await reader.stats(20)).toEqual(await writer.stats(20));
  expect((await reader.getNodes([IDS.doc001]))[0]).toMatchObject({ title: 'rewritten', text: REPORT_001.text });
  expect((await reader.getCurations([directive]))[0].map((c) => c.value)).toEqual(['DONE']);
  expect(reader.catchUp()).toBe('current'); // nothing new: nothing changes
  await reader.close();
  await writer.close();
});

test('after the writer compacts, the reader asks to be reopened and a reopened reader is current', async () => {
  const writer = await openEmbeddedStore({ dir });
  await writer.writeDocument(batch001());
  const reader = await openEmbeddedStore({ dir, readOnly: true });
  for (let i = 0; i < 6; i++) await writer.writeDocument(buildGraphBatch({ ...META_001, title: `v${i}` }, REPORT_001));
  writer.compactIfWorthIt(0);
  expect(reader.catchUp()).toBe('reopen');
  // Texts are still read from the file the reader opened.
  expect((await reader.getNodes([IDS.doc001]))[0]).toMatchObject({ text: REPORT_001.text });
  const fresh = await openEmbeddedStore({ dir, readOnly: true });
  expect((await fresh.getNodes([IDS.doc001]))[0]).toMatchObject({ title: 'v5' });
  await Promise.all([reader.close(), fresh.close(), writer.close()]);
});
