// `ingest URL…` and `ingest --urls FILE`, and `extract URL`: reports downloaded from a local
// server are stored with their URL and format; each failing URL is named on stderr without
// stopping the batch; GraphQL shows where a document came from.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../src/api/server';
import { testConfig } from '../api/support/api-config';
import { gql } from '../api/support/client';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { buildDocx } from '../ingest/formats/support/build-docx';
import { newsPage } from '../ingest/formats/support/news-page';
import { sendBody, startReportServer, type ReportServer } from '../ingest/formats/support/report-server';

function recordingIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false };
}

const PAGE = newsPage('Thủ tướng chủ trì phiên họp về chuyển đổi số', [
  'Chiều 6/2, Thủ tướng Phạm Minh Chính chủ trì phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số.',
  'Thủ tướng giao Bộ Y tế hoàn thành việc triển khai bệnh án điện tử tại tất cả bệnh viện trên toàn quốc trong tháng 9 năm 2025.',
], { head: '<meta property="article:published_time" content="2025-02-06T18:00:00+07:00">' });

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer({
    '/tin/phien-hop.html': sendBody('text/html; charset=utf-8', PAGE),
    '/ket-luan.docx': sendBody('application/octet-stream', await buildDocx([
      'Ngày 10/3/2025, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về thị trường bất động sản.',
      'Phó Thủ tướng giao Bộ Xây dựng hoàn thiện dự thảo Nghị định trong tháng 4 năm 2025.',
    ])),
    '/anh.png': sendBody('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])),
  });
});
afterAll(() => server.close());

test('URLs on the command line and in --urls FILE are stored with their address; failures are named per URL', async () => {
  const data = mkdtempSync(join(tmpdir(), 'mg-urls-'));
  const list = join(mkdtempSync(join(tmpdir(), 'mg-urls-list-')), 'urls.txt');
  writeFileSync(list, `# reports to read\n${server.base}/ket-luan.docx\n\n${server.base}/khong-co\nnot-a-url\n${server.base}/anh.png\n`);
  const io = recordingIO();
  const page = `${server.base}/tin/phien-hop.html`;
  expect(await main(['--data', data, 'ingest', page, '--urls', list], io, {})).toBe(1);
  expect(io.out.filter((l) => l.startsWith('ingested '))).toEqual([
    expect.stringMatching(new RegExp(`^ingested ${page} -> doc:[0-9a-f]+ \\(1 directives, utf-8\\)$`)),
    expect.stringMatching(new RegExp(`^ingested ${server.base}/ket-luan.docx -> doc:[0-9a-f]+ \\(1 directives, docx\\)$`)),
  ]);
  expect(io.err).toEqual([
    `skipped ${server.base}/khong-co: HTTP 404 Not Found (HTTP_STATUS)`,
    `skipped ${list}:5: not an http(s) address: "not-a-url"`,
    `skipped ${server.base}/anh.png: server sent image/png, not a document (text, HTML, PDF or Word)`,
  ]);
  expect(io.out.at(-1)).toBe('ingest: 2 document(s) stored (0 unchanged), 3 failed, 2 directives');

  const store = await openEmbeddedStore({ dir: data });
  try {
    const yoga = createApi({ store, config: testConfig() });
    const { data: result, errors } = await gql(yoga, '{ meetings(first: 10) { nodes { document { title published url format sourceFile } } } }');
    expect(errors).toBeUndefined();
    const nodes = result.meetings.nodes.map((m: { document: { format: string } }) => m.document).sort((a: { format: string }, b: { format: string }) => a.format.localeCompare(b.format));
    expect(nodes).toEqual([
      { title: 'Ngày 10/3/2025, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về thị trường bất động sản.', published: null, url: `${server.base}/ket-luan.docx`, format: 'DOCX', sourceFile: `${server.base}/ket-luan.docx` },
      { title: 'Thủ tướng chủ trì phiên họp về chuyển đổi số', published: '2025-02-06', url: page, format: 'HTML', sourceFile: page },
    ]);
  } finally {
    await store.close();
  }
});

test('extract URL prints what the extractor reads from the downloaded report', async () => {
  const io = recordingIO();
  expect(await main(['extract', '--json', `${server.base}/tin/phien-hop.html`], io, {})).toBe(0);
  const json = JSON.parse(io.out.join(''));
  expect(json.directives.map((d: { assignees: { name: string }[] }) => d.assignees.map((a) => a.name))).toEqual([['Bộ Y tế']]);
  const failing = recordingIO();
  expect(await main(['extract', `${server.base}/khong-co`], failing, {})).toBe(1);
  expect(failing.err.join('')).toBe(`minutes-graph extract: ${server.base}/khong-co: HTTP 404 Not Found (HTTP_STATUS)\n`);
});
