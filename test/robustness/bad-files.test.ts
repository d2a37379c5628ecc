// Broken and unusual input files: each bad one is refused with a clear message naming the
// problem, legacy encodings are read, and in a directory of mixed files the good ones are
// ingested while every bad one is reported (the batch never stops).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { prepareDocument } from '../../src/ingest/prepare-document';
import { fold } from '../../src/text/fold';
import { Rng } from '../../scripts/corpus/rng';
import { REPO, bundleCli } from './support/bundle';
import { tempDir } from './support/corpus-dir';
import { encodeLegacy, type LegacyEncoding } from './support/legacy-encode';
import { reportFigures } from './support/figures';
import { acknowledgedIds, runCli } from './support/run-cli';

const SEED = readFileSync(join(REPO, 'seeds/001_83451dbc79f63736.txt'), 'utf8');
const META = { published: '2025-02-06', title: null, publisher: null, language: 'vi' };
const UNSAFE_MESSAGE = /\bat \/|\.ts:\d+|\.js:\d+|TypeError|ReferenceError|undefined|\[object Object\]/;

function randomBytes(count: number, seed: number): Buffer {
  const rng = new Rng(seed);
  return Buffer.from(Array.from({ length: count }, () => rng.int(0, 255)));
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2000, 3)]);

const BAD: [string, Buffer][] = [
  ['empty file', Buffer.alloc(0)],
  ['only whitespace', Buffer.from(' \n\t\r\n  \n')],
  ['random binary', randomBytes(4096, 1)],
  ['a PNG image', PNG],
  ['a ZIP archive', Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(1000, 4)])],
  ['NUL bytes in text', Buffer.from(`Thủ tướng\u0000\u0000\u0000${'\u0000'.repeat(500)}`)],
  ['an HTML page with no text', Buffer.from('<!doctype html><html><head><script>var x = 1;</script><style>p{}</style></head><body></body></html>')],
];

describe('bad files, one at a time', () => {
  test.each(BAD)('%s is refused with a clear message', async (_name, bytes) => {
    const prepared = await prepareDocument(bytes, META, 'bad.txt');
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.message.length).toBeGreaterThan(5);
    expect(prepared.message).not.toMatch(UNSAFE_MESSAGE);
  });

  test('a 20 MB file is either read or refused as too large, never a crash', async () => {
    const big = Buffer.from(`${SEED}\n`.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(SEED))));
    expect(big.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    const prepared = await prepareDocument(big, META, 'big.txt');
    if (!prepared.ok) expect(prepared.message).toMatch(/large|size|MB|bytes/i);
    else expect(prepared.directives).toBeGreaterThan(0);
  });

  test('an HTML page around a report is read as the report', async () => {
    const paragraphs = SEED.split('\n').filter((l) => l.trim()).map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    const html = `<!doctype html><html><head><title>Báo Chính phủ</title><script>track("x")</script></head><body><nav><a href="/">Trang chủ</a></nav><article>${paragraphs.join('\n')}</article></body></html>`;
    const fromHtml = await prepareDocument(Buffer.from(html), META, 'page.html');
    const fromText = await prepareDocument(Buffer.from(SEED), META, 'seed.txt');
    expect(fromHtml.ok && fromText.ok).toBe(true);
    if (!fromHtml.ok || !fromText.ok) return;
    expect(fromHtml.directives).toBe(fromText.directives);
  });

  const ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni', 'viscii', 'cp1258'];
  test.each(ENCODINGS)('the seed in %s is decoded and gives the same directives as in UTF-8', async (encoding) => {
    const bytes = encodeLegacy(SEED, encoding);
    const prepared = await prepareDocument(bytes, META, `seed-${encoding}.txt`);
    const reference = await prepareDocument(Buffer.from(SEED), META, 'seed.txt');
    expect(prepared.ok && reference.ok).toBe(true);
    if (!prepared.ok || !reference.ok) return;
    expect(prepared.encoding).not.toMatch(/utf-?8/i);
    const doc = prepared.batch.nodes.find((n) => n.label === 'Document');
    expect(doc && doc.label === 'Document' && fold(doc.text)).toContain(fold('Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử'));
    expect(prepared.directives).toBe(reference.directives);
  });
});

describe('a directory of mixed good and bad files', () => {
  const dir = tempDir('mixed');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('good files are ingested, each bad one is reported on stderr, the exit status is 1', () => {
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    const good = ['000_489269f3d2fed457.txt', '002_a156b8f7daaba70e.txt'];
    for (const name of good) writeFileSync(join(reports, name), readFileSync(join(REPO, 'seeds', name)));
    writeFileSync(join(reports, 'seed-vni.txt'), encodeLegacy(SEED, 'vni'));
    BAD.forEach(([, bytes], i) => writeFileSync(join(reports, `bad-${i}.txt`), bytes));

    const run = runCli(bundleCli(), ['--data', join(dir, 'data'), 'ingest', '--published', '2025-02-06', reports]);
    expect(run.status).toBe(1);
    expect(acknowledgedIds(run.stdout)).toHaveLength(good.length + 1);
    const problems = run.stderr.trim().split('\n');
    expect(problems).toHaveLength(BAD.length);
    BAD.forEach((_, i) => {
      const line = problems.find((l) => l.includes(`bad-${i}.txt`));
      expect(line).toMatch(/^skipped .+bad-\d\.txt: \S/);
      expect(line).not.toMatch(UNSAFE_MESSAGE);
    });
    expect(run.stdout).toMatch(/3 document\(s\) stored/);
    reportFigures('bad files in one ingest', { tried: BAD.length, refusedByName: problems.length, goodStored: good.length + 1 });
  });
});
