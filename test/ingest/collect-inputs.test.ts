import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs, collectUrlList } from '../../src/ingest/collect-inputs';

describe('collectInputs', () => {
  test('a directory with a manifest yields its documents with their metadata', async () => {
    const items = await collectInputs([join(__dirname, '../../seeds')]);
    expect(items).toHaveLength(5);
    expect(items[1]).toMatchObject({ kind: 'file', meta: { published: '2025-02-06', language: 'vi' } });
    expect(items[1].path).toMatch(/001_83451dbc79f63736\.txt$/);
  });

  test('a plain directory yields its report files sorted, skipping other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-collect-'));
    for (const name of ['b.txt', 'a.html', 'notes.odt', 'c.md']) writeFileSync(join(dir, name), 'x');
    const items = await collectInputs([dir]);
    expect(items.map((i) => i.path.slice(dir.length + 1))).toEqual(['a.html', 'b.txt', 'c.md']);
  });

  test('a missing path becomes an error entry and the others are still collected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-collect-'));
    writeFileSync(join(dir, 'ok.txt'), 'x');
    const items = await collectInputs([join(dir, 'missing.txt'), join(dir, 'ok.txt')]);
    expect(items).toEqual([
      { kind: 'error', path: join(dir, 'missing.txt'), message: 'no such file or directory' },
      { kind: 'file', path: join(dir, 'ok.txt'), meta: {} },
    ]);
  });

  test('a broken manifest is reported as an error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-collect-'));
    writeFileSync(join(dir, 'manifest.json'), '{"documents": 3}');
    const [item] = await collectInputs([dir]);
    expect(item).toMatchObject({ kind: 'error', path: join(dir, 'manifest.json') });
    if (item.kind === 'error') expect(item.message).toMatch(/manifest\.json: expected an object/);
  });

  test('PDF and Word files are reports (an old .doc too, so that it is refused by name)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-collect-'));
    for (const name of ['ket-luan.pdf', 'thong-bao.docx', 'cu.doc', 'bang.xlsx']) writeFileSync(join(dir, name), 'x');
    const items = await collectInputs([dir]);
    expect(items.map((i) => i.path.slice(dir.length + 1))).toEqual(['cu.doc', 'ket-luan.pdf', 'thong-bao.docx']);
  });

  test('an http(s) argument is a download; a malformed one is an error entry', async () => {
    expect(await collectInputs(['https://baochinhphu.vn/tin-1.htm', 'http://[bad'])).toEqual([
      { kind: 'url', path: 'https://baochinhphu.vn/tin-1.htm', meta: {} },
      { kind: 'error', path: 'http://[bad', message: 'not a valid http(s) address' },
    ]);
  });
});

describe('collectUrlList', () => {
  test('one URL a line; blank lines and # comments skipped; a bad line named by its number', async () => {
    const list = join(mkdtempSync(join(tmpdir(), 'mg-urls-')), 'urls.txt');
    writeFileSync(list, '# from the press review\nhttps://baochinhphu.vn/a.htm\r\n\n  http://vpcp.gov.vn/b.pdf  \nftp://example.org/c\n');
    expect(await collectUrlList(list)).toEqual([
      { kind: 'url', path: 'https://baochinhphu.vn/a.htm', meta: {} },
      { kind: 'url', path: 'http://vpcp.gov.vn/b.pdf', meta: {} },
      { kind: 'error', path: `${list}:5`, message: 'not an http(s) address: "ftp://example.org/c"' },
    ]);
  });

  test('a missing list is one error entry', async () => {
    expect(await collectUrlList('/nonexistent/urls.txt')).toEqual([{ kind: 'error', path: '/nonexistent/urls.txt', message: 'no such file or directory' }]);
  });
});
