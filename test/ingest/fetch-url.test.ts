// Downloading reports: each kind of server behaviour ends in the document's bytes or a named
// failure, with an honest User-Agent on every request. Only a local server, never the internet.
import { fetchDocument, USER_AGENT } from '../../src/ingest/fetch-url';
import { readDocument } from '../../src/extract/document/read-document';
import { buildDocx } from './formats/support/build-docx';
import { newsPage } from './formats/support/news-page';
import { redirectTo, sendBody, startReportServer, type ReportServer } from './formats/support/report-server';

const PAGE = newsPage('Thủ tướng chủ trì phiên họp về chuyển đổi số', [
  'Chiều 6/2, Thủ tướng Phạm Minh Chính chủ trì phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số.',
  'Thủ tướng giao Bộ Y tế hoàn thành việc triển khai bệnh án điện tử tại tất cả bệnh viện trên toàn quốc trong tháng 9 năm 2025.',
]);
const MB = 1024 * 1024;
let server: ReportServer;

beforeAll(async () => {
  server = await startReportServer({
    '/tin/phien-hop.html': sendBody('text/html; charset=utf-8', PAGE),
    '/ket-luan.docx': sendBody('application/vnd.openxmlformats-officedocument.wordprocessingml.document', await buildDocx(['Thủ tướng giao Bộ Tài chính bố trí kinh phí trong quý III/2025.'])),
    '/tai-ve?id=7': sendBody('text/html', await buildDocx(['Bộ Công an hoàn thiện cơ sở dữ liệu dân cư trước ngày 30/6/2025.'])),
    '/cu': redirectTo('/moi', 301),
    '/moi': redirectTo('/tin/phien-hop.html', 302),
    '/vong': redirectTo('/vong'),
    '/cham': (_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.write('<!doctype html><html><body><p>'); // and never more
    },
    '/lon-khai': (_req, res) => {
      res.setHeader('content-type', 'text/plain');
      res.setHeader('content-length', String(30 * MB));
      res.write('x');
    },
    '/lon-ngam': (_req, res) => {
      res.setHeader('content-type', 'text/plain');
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      for (let i = 0; i < 40; i += 1) res.write(chunk); // 2.5 MB, no Content-Length
      res.end();
    },
    '/anh.png': sendBody('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])),
    '/api': sendBody('application/json', '{"title":"Thủ tướng giao Bộ Y tế"}'),
  });
});
afterAll(() => server.close());

describe('fetchDocument', () => {
  test('a page is downloaded with its content type; the User-Agent says who asks', async () => {
    const fetched = await fetchDocument(`${server.base}/tin/phien-hop.html`);
    expect(fetched).toMatchObject({ ok: true, contentType: 'text/html; charset=utf-8', redirects: 0 });
    expect(server.userAgents.at(-1)).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^minutes-graph\/\S+ \(.+\)$/);
  });

  test('redirects are followed up to the limit and the final address is kept', async () => {
    expect(await fetchDocument(`${server.base}/cu`)).toMatchObject({ ok: true, redirects: 2, finalUrl: `${server.base}/tin/phien-hop.html` });
    expect(await fetchDocument(`${server.base}/cu`, { maxRedirects: 1 })).toMatchObject({ ok: false, code: 'TOO_MANY_REDIRECTS' });
  });

  test.each<[string, string, object, string, RegExp]>([
    ['a 404', '/khong-co', {}, 'HTTP_STATUS', /^HTTP 404 Not Found$/],
    ['a redirect loop', '/vong', {}, 'TOO_MANY_REDIRECTS', /more than 5 redirects/],
    ['a response that never finishes', '/cham', { timeoutMs: 300 }, 'TIMEOUT', /no complete answer within 0.3 s/],
    ['a body announced over the limit', '/lon-khai', {}, 'TOO_LARGE', /announces 30\.0 MB; the limit is 20\.0 MB/],
    ['a body that grows past the limit unannounced', '/lon-ngam', { maxBytes: 1 * MB }, 'TOO_LARGE', /larger than the limit of 1\.0 MB/],
  ])('%s is a named failure', async (_name, path, options, code, message) => {
    const fetched = await fetchDocument(`${server.base}${path}`, options);
    expect(fetched).toMatchObject({ ok: false, code, message: expect.stringMatching(message) });
  });

  test.each(['ftp://example.org/report.txt', 'file:///etc/passwd', 'not a url'])('%s is not a download', async (address) => {
    expect(await fetchDocument(address)).toMatchObject({ ok: false, code: 'BAD_URL' });
  });

  test('a server that cannot be reached is a network failure naming the cause', async () => {
    const closed = await startReportServer({});
    const address = `${closed.base}/x`;
    await closed.close();
    expect(await fetchDocument(address)).toMatchObject({ ok: false, code: 'NETWORK', message: 'ECONNREFUSED' });
  });
});

describe('what was downloaded is read by content, the declared type only as a hint', () => {
  test.each<[string, string, object]>([
    ['a page', '/tin/phien-hop.html', { ok: true, format: 'html', title: 'Thủ tướng chủ trì phiên họp về chuyển đổi số' }],
    ['a Word file', '/ket-luan.docx', { ok: true, format: 'docx', text: 'Thủ tướng giao Bộ Tài chính bố trí kinh phí trong quý III/2025.' }],
    ['a Word file the server calls text/html', '/tai-ve?id=7', { ok: true, format: 'docx', diagnostics: expect.arrayContaining([expect.objectContaining({ ruleId: 'format/content-type-mismatch' })]) }],
    ['an image', '/anh.png', { ok: false, code: 'UNSUPPORTED_FORMAT', message: 'server sent image/png, not a document (text, HTML, PDF or Word)' }],
    ['JSON from an API', '/api', { ok: false, code: 'UNSUPPORTED_FORMAT', message: 'server sent application/json, not a document (text, HTML, PDF or Word)' }],
  ])('%s', async (_name, path, expected) => {
    const fetched = await fetchDocument(`${server.base}${path}`);
    if (!fetched.ok) throw new Error(fetched.message);
    expect(await readDocument(fetched.bytes, { contentType: fetched.contentType })).toMatchObject(expected);
  });
});
