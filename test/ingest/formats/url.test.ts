// Reports served at a URL, read the way `ingest URL` reads them (download, then the same
// preparation as a file): each seed printed to PDF, saved as DOCX or wrapped in a news page,
// served by a local server (one behind a redirect, one PDF as a bare octet-stream), gives at
// least 90% of the directives its plain text gives, with the same assignees and deadlines.
import { fetchDocument } from '../../../src/ingest/fetch-url';
import { prepareDocument } from '../../../src/ingest/prepare-document';
import type { DeadlineNode, DirectiveNode, GraphBatch } from '../../../src/graph/model';
import { fold } from '../../../src/text/fold';
import { buildDocx } from './support/build-docx';
import { newsPage } from './support/news-page';
import { launchPdfPrinter, reportHtml } from './support/print-pdf';
import { redirectTo, sendBody, startReportServer, type ReportServer, type Route } from './support/report-server';
import { seedReports } from './support/seeds';

const SEEDS = seedReports();
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
const FORMATS = ['pdf', 'docx', 'html'] as const;

let server: ReportServer;
beforeAll(async () => {
  const printer = await launchPdfPrinter();
  const routes: Record<string, Route> = {};
  try {
    for (const [i, seed] of SEEDS.entries()) {
      const [headline, ...body] = lines(seed.text);
      routes[`/${i}.pdf`] = sendBody(i % 2 === 0 ? 'application/pdf' : 'application/octet-stream', await printer.print(reportHtml(seed.text)));
      routes[`/${i}.docx`] = sendBody('application/vnd.openxmlformats-officedocument.wordprocessingml.document', await buildDocx(lines(seed.text)));
      routes[`/tin/${i}.html`] = sendBody('text/html; charset=utf-8', newsPage(headline, body));
      routes[`/${i}.html`] = redirectTo(`/tin/${i}.html`, 301);
    }
  } finally {
    await printer.close();
  }
  server = await startReportServer(routes);
}, 120_000);
afterAll(() => server?.close());

/** Each directive as its folded text, lead assignees' names and deadline date. */
function directiveKeys(batch: GraphBatch): string[] {
  const names = new Map(batch.nodes.map((n) => [n.id, n.label === 'Agency' || n.label === 'Official' ? fold(n.name) : '']));
  const dates = new Map(batch.nodes.filter((n): n is DeadlineNode => n.label === 'Deadline').map((d) => [d.id, d.date]));
  return batch.nodes.filter((n): n is DirectiveNode => n.label === 'Directive').map((d) => {
    const out = batch.edges.filter((e) => e.from === d.id);
    const leads = out.filter((e) => e.type === 'ASSIGNED_TO' && e.props.role === 'LEAD').map((e) => names.get(e.to)).sort().join('+');
    const due = out.filter((e) => e.type === 'DUE_BY').map((e) => dates.get(e.to))[0] ?? '-';
    return `${fold(d.text)}|${leads}|${due}`;
  });
}

/** Share of the plain text's directives the other batch also gives (each matched once). */
function recall(plain: GraphBatch, other: GraphBatch): { share: number; missing: string[] } {
  const have = directiveKeys(other);
  const missing = directiveKeys(plain).filter((key) => {
    const at = have.indexOf(key);
    if (at >= 0) have.splice(at, 1);
    return at < 0;
  });
  const expected = directiveKeys(plain).length;
  return { share: expected === 0 ? 1 : 1 - missing.length / expected, missing };
}

async function prepared(bytes: Uint8Array, published: string, options: { contentType?: string | null; url?: string | null } = {}): Promise<GraphBatch> {
  const result = await prepareDocument(bytes, { published }, options.url ?? 'plain.txt', options);
  if (!result.ok) throw new Error(result.message);
  return result.batch;
}

describe('a seed report served at a URL', () => {
  const cases = SEEDS.flatMap((seed, i) => FORMATS.map((format) => [`${seed.file} as ${format}`, seed, `/${i}.${format}`] as const));
  test.each(cases)('%s gives ≥ 90%% of its plain-text directives, with the same assignees and deadlines', async (_name, seed, path) => {
    const url = `${server.base}${path}`;
    const fetched = await fetchDocument(url);
    if (!fetched.ok) throw new Error(fetched.message);
    const fromUrl = await prepared(fetched.bytes, seed.published, { contentType: fetched.contentType, url });
    const plain = await prepared(Buffer.from(seed.text), seed.published);
    const found = recall(plain, fromUrl);
    // on failure, the directives the URL lost
    expect(found.share >= 0.9 ? 'at least 90%' : found.missing).toBe('at least 90%');
    expect(directiveKeys(fromUrl).length).toBeLessThanOrEqual(directiveKeys(plain).length + 1);
    expect(fromUrl.nodes.find((n) => n.label === 'Document')).toMatchObject({ url, format: path.endsWith('.html') ? 'html' : path.slice(-4).replace('.', '') });
  });
});
