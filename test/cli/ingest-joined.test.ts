// Two outlets of one meeting through the command line, as people hold them: one a saved news
// page with its site's chrome, the other a Word file. Ingested in either order they give the
// same graph (one meeting, no doubled task), the second report's line says which report it
// joined, and `remove` takes one out leaving what the other gives alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { buildDocx } from '../ingest/formats/support/build-docx';
import { newsPage } from '../ingest/formats/support/news-page';
import { dumpStore, OUTLET_A, OUTLET_B, type GraphDump } from '../ingest/support/two-outlets';

function recordingIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false };
}

const work = mkdtempSync(join(tmpdir(), 'mg-joined-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const page = join(work, 'bao-a.html');
const docx = join(work, 'bao-b.docx');
beforeAll(async () => {
  const [title, ...body] = OUTLET_A.split('\n');
  writeFileSync(page, newsPage(title, body));
  writeFileSync(docx, await buildDocx(OUTLET_B.split('\n')));
});

async function ingestInOrder(files: string[]): Promise<{ data: string; io: ReturnType<typeof recordingIO> }> {
  const data = mkdtempSync(join(work, 'data-'));
  const io = recordingIO();
  expect(await main(['--data', data, 'ingest', '--published', '2025-03-21', ...files], io, {})).toBe(0);
  return { data, io };
}

async function dump(data: string): Promise<GraphDump> {
  const store = await openEmbeddedStore({ dir: data, readOnly: true });
  try {
    return await dumpStore(store);
  } finally {
    await store.close();
  }
}

const idOf = (line: string) => /-> (doc:[0-9a-f]{16})/.exec(line)?.[1] as string;

test('a page and a Word file of one meeting, in either order: one meeting, four tasks, the same graph', async () => {
  const forward = await ingestInOrder([page, docx]);
  const backward = await ingestInOrder([docx, page]);
  const [pageId, docxId] = forward.io.out.slice(0, 2).map(idOf);
  expect(forward.io.out[1]).toMatch(new RegExp(`^ingested ${docx} -> ${docxId} \\(3 directives, docx; same meeting as ${pageId}\\)$`));
  const graph = await dump(forward.data);
  expect(await dump(backward.data)).toEqual(graph);
  expect(graph.nodes.Meeting).toHaveLength(1);
  expect(graph.nodes.Document).toHaveLength(2);
  expect(graph.nodes.Directive).toHaveLength(4);
  // nothing from the page's chrome ("Thủ tướng giao Bộ Tài chính … giá xăng dầu") became a task
  expect(graph.nodes.Directive.map((d) => (d.label === 'Directive' ? d.text : '')).join('\n')).not.toMatch(/xăng dầu|quốc lộ|bão số 3/);

  const io = recordingIO();
  expect(await main(['--data', forward.data, 'remove', pageId, 'doc:0000000000000000'], io, {})).toBe(1);
  expect(io.out).toEqual([`removed ${pageId}`]);
  expect(io.err).toEqual(['not stored: doc:0000000000000000']);
  const docxAlone = await ingestInOrder([docx]);
  expect(await dump(forward.data)).toEqual(await dump(docxAlone.data));
});

test('remove refuses what is not a document id', async () => {
  const io = recordingIO();
  expect(await main(['--data', join(work, 'unused'), 'remove', 'bao-a.html'], io, {})).toBe(2);
  expect(io.err.join('')).toMatch(/"bao-a.html" is not a document id/);
});
