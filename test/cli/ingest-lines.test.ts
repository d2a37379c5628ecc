// Issue 15: a file name holding a newline broke the one-line-per-file output, and identical
// files in one batch were all reported "stored", and invalid UTF-8 passed without a warning.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { printableName } from '../../src/cli/printable';

const SEED = join(__dirname, '../../seeds/001_83451dbc79f63736.txt');

describe('printableName', () => {
  test.each([
    ['seeds/001.txt', 'seeds/001.txt'],
    ['Báo cáo họp Chính phủ.txt', 'Báo cáo họp Chính phủ.txt'],
    ['a\nb.txt', '"a\\nb.txt"'],
    ['tab\there.txt', '"tab\\there.txt"'],
    ['\u001b[31mred.txt', '"\\u001b[31mred.txt"'],
    ['say "hi".txt', '"say \\"hi\\".txt"'],
  ])('%j → %s', (name, printed) => {
    expect(printableName(name)).toBe(printed);
  });
});

test('one line per file, names escaped, the second identical file reported as a duplicate', async () => {
  const inputs = mkdtempSync(join(tmpdir(), 'mg-lines-'));
  copyFileSync(SEED, join(inputs, 'a\nb.txt'));
  copyFileSync(SEED, join(inputs, 'c.txt'));
  const out: string[] = [];
  const io: CliIO = { stdout: (s) => out.push(s), stderr: (s) => out.push(`ERR ${s}`), isTTY: false };
  const data = mkdtempSync(join(tmpdir(), 'mg-lines-data-'));
  expect(await main(['--data', data, 'ingest', '--published', '2025-02-06', inputs], io, {})).toBe(0);
  expect(out.every((line) => !line.includes('\n'))).toBe(true);
  // The count is whatever the extractor reads from the seed: only that it is reported once.
  const directives = Number(/\((\d+) directives, utf-8\)$/.exec(out[0])?.[1]);
  expect(out[0]).toMatch(/^ingested ".*\/a\\nb\.txt" -> doc:\w+ \(\d+ directives, utf-8\)$/);
  expect(out[1]).toMatch(/^duplicate .*\/c\.txt -> doc:\w+ \(same document as ".*\/a\\nb\.txt" in this batch\)$/);
  expect(out[2]).toBe(`ingest: 1 document(s) stored (0 unchanged, 1 duplicate(s) in this batch), 0 failed, ${directives} directives`);
});

test('damaged UTF-8 is stored with a warning naming the byte offset', async () => {
  const inputs = mkdtempSync(join(tmpdir(), 'mg-utf8-'));
  const seed = readFileSync(SEED);
  writeFileSync(join(inputs, 'damaged.txt'), Buffer.concat([seed.subarray(0, 100), Buffer.from([0xff]), seed.subarray(100)]));
  const out: string[] = [];
  const io: CliIO = { stdout: (s) => out.push(s), stderr: (s) => out.push(`ERR ${s}`), isTTY: false };
  const data = mkdtempSync(join(tmpdir(), 'mg-utf8-data-'));
  expect(await main(['--data', data, 'ingest', '--published', '2025-02-06', inputs], io, {})).toBe(0);
  expect(out[0]).toMatch(/^ingested .*damaged\.txt -> doc:/);
  expect(out[1]).toMatch(/^ERR warning: .*damaged\.txt: invalid UTF-8 at byte 100 \(replaced with U\+FFFD\)$/);
});
