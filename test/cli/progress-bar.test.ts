// Issue 15: long ingests showed no progress. On a terminal a bar now counts the files, with each
// file's line printed above it; without one (a log, a pipe) there is no bar and each file is one
// plain line on stdout. The terminal here is a stream that says it is one.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CliIO, ProgressTerminal } from '../../src/cli/io';
import { main } from '../../src/cli/main';

const SEEDS = join(__dirname, '../../seeds');
const SEED_FILES = 5;

function fakeTerminal(isTTY: boolean): ProgressTerminal & { text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 120 });
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString() });
}

function terminalIO(stdoutIsTTY: boolean, terminal: ProgressTerminal): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: stdoutIsTTY, progressTerminal: terminal };
}

const ingestSeeds = (io: CliIO) => main(['--data', join(mkdtempSync(join(tmpdir(), 'mg-progress-')), 'data'), 'ingest', SEEDS], io, {});

test('on a terminal: a bar counting the files, each file line above it, the summary after it', async () => {
  const terminal = fakeTerminal(true);
  const io = terminalIO(true, terminal);
  expect(await ingestSeeds(io)).toBe(0);
  // Without the terminal's control sequences (cursor moves, line clears).
  const drawn = terminal.text().replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '\n');
  expect(drawn).toMatch(new RegExp(`ingest \\[[^\\]]*\\] \\d/${SEED_FILES} `));
  expect(drawn.match(/^ingested .+ -> doc:[0-9a-f]+ \(\d+ directives, .+\)$/gm)).toHaveLength(SEED_FILES);
  expect(io.out).toEqual([expect.stringMatching(/^ingest: 5 document\(s\) stored \(0 unchanged\), 0 failed, \d+ directives$/)]);
  expect(io.err).toEqual([]);
});

test.each([
  ['stderr is not a terminal', true, false],
  ['stdout is not a terminal (ingest > log)', false, true],
])('%s: no bar, one plain line per file on stdout', async (_name, stdoutIsTTY, stderrIsTTY) => {
  const terminal = fakeTerminal(stderrIsTTY);
  const io = terminalIO(stdoutIsTTY, terminal);
  expect(await ingestSeeds(io)).toBe(0);
  expect(terminal.text()).toBe('');
  expect(io.out).toHaveLength(SEED_FILES + 1);
  expect(io.out.slice(0, SEED_FILES).every((line) => /^ingested \S+ -> doc:/.test(line))).toBe(true);
});

describe('export on a terminal', () => {
  const data = join(mkdtempSync(join(tmpdir(), 'mg-progress-export-')), 'data');
  beforeAll(async () => {
    expect(await main(['--data', data, 'ingest', SEEDS], terminalIO(false, fakeTerminal(false)), {})).toBe(0);
  });

  test('with --out: a bar over the steps, naming each one; the file written; one line after', async () => {
    const terminal = fakeTerminal(true);
    const io = terminalIO(true, terminal);
    const out = join(data, '..', 'graph.graphml');
    expect(await main(['--data', data, 'export', '--format', 'graphml', '--out', out], io, {})).toBe(0);
    expect(terminal.text()).toMatch(/export \[[^\]]*\] \d\/4 .*(opening the store|reading the graph|rendering graphml|writing )/);
    expect(io.err).toEqual([`export: wrote graphml to ${out}`]);
    expect(existsSync(out)).toBe(true);
  });

  test('to stdout: no bar, only the document', async () => {
    const terminal = fakeTerminal(true);
    const io = terminalIO(true, terminal);
    expect(await main(['--data', data, 'export', '--format', 'graphml'], io, {})).toBe(0);
    expect(terminal.text()).toBe('');
    expect(io.out.join('')).toContain('<graphml');
  });
});
