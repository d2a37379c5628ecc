// Issue 15: a FIFO inside an ingested directory hung the batch forever (lock held, no output),
// and `extract` on a FIFO or /dev/zero hung. Only regular files are read; the others are named
// and skipped, and a read never goes past the size cap.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { readRegularFile } from '../../src/ingest/read-regular-file';

const SEED = join(__dirname, '../../seeds/001_83451dbc79f63736.txt');

function recordingIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false };
}

function fifo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-fifo-'));
  const path = join(dir, 'pipe.txt');
  execFileSync('mkfifo', [path]);
  return path;
}

test('a FIFO in an ingested directory is named and skipped; the batch goes on', async () => {
  const pipe = fifo();
  const dir = join(pipe, '..');
  copyFileSync(SEED, join(dir, 'report.txt'));
  const io = recordingIO();
  const code = await main(['--data', mkdtempSync(join(tmpdir(), 'mg-fifo-data-')), 'ingest', '--published', '2025-02-06', dir], io, {});
  expect(code).toBe(1);
  expect(io.err).toEqual([`skipped ${pipe}: is a FIFO (named pipe), not a regular file`]);
  expect(io.out.at(-1)).toMatch(/^ingest: 1 document\(s\) stored \(0 unchanged\), 1 failed, \d+ directives$/);
});

test.each([
  ['a FIFO', fifo, 'is a FIFO (named pipe), not a regular file'],
  ['/dev/zero', () => '/dev/zero', 'is a device, not a regular file'],
])('extract on %s is refused at once', async (_name, path, message) => {
  const file = path();
  const io = recordingIO();
  expect(await main(['extract', file], io, {})).toBe(1);
  expect(io.err).toEqual([`minutes-graph extract: ${file}: ${message}\n`]);
});

test('a read stops one byte past the cap', async () => {
  const read = await readRegularFile(SEED, 100);
  expect(read.ok && read.bytes.length).toBe(101);
});
