// Issue 15's command-line failures, each as the user typed it: `serve --help` started a server
// and created the data directory, `extract --help` said "Unknown option '--help'" with an
// unbalanced quote, impossible dates were accepted, and errors ended in stack traces.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { PACKAGE_VERSION } from '../../src/cli/paths';

const SEED = join(__dirname, '../../seeds/001_83451dbc79f63736.txt');

function recordingIO(): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: () => out.join(''), err: () => err.join(''), stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false };
}

describe('--help prints usage and does nothing else', () => {
  test.each([
    [['serve', '--help'], 'Usage: minutes-graph serve'],
    [['start', '--help'], 'Usage: minutes-graph start'],
    [['ingest', '--help'], 'Usage: minutes-graph ingest [options] [paths...]'],
    [['extract', '--help'], 'Usage: minutes-graph extract [options] <file>'],
    [['export', '--help'], 'gexf, graphml, csv, popolo, neo4j-csv'],
    [['help', 'export'], 'Usage: minutes-graph export'],
    [['--help'], 'MINUTES_GRAPH_CURATION_TOKEN'],
    [[], 'Commands:'],
  ])('%j', async (argv, expected) => {
    const data = join(mkdtempSync(join(tmpdir(), 'mg-help-')), 'data');
    const io = recordingIO();
    expect(await main(['--data', data, ...argv].slice(argv.length === 0 ? 2 : 0), io, {})).toBe(0);
    expect(io.out()).toContain(expected);
    expect(io.err()).toBe('');
    expect(existsSync(data)).toBe(false);
  });

  test('--version prints the package version', async () => {
    const io = recordingIO();
    expect(await main(['--version'], io, {})).toBe(0);
    expect(io.out().trim()).toBe(PACKAGE_VERSION);
  });
});

describe('a bad command line is one line naming the problem, exit 2', () => {
  test.each([
    [['extract', '--bogus', SEED], `minutes-graph: unknown option '--bogus' (run "minutes-graph extract --help" for usage)`],
    [['export', '--pretty'], `minutes-graph: unknown option '--pretty' (run "minutes-graph export --help" for usage)`],
    [['extract'], `minutes-graph: missing required argument 'file' (run "minutes-graph extract --help" for usage)`],
  ])('%j', async (argv, expected) => {
    const io = recordingIO();
    expect(await main(argv, io, {})).toBe(2);
    expect(io.err()).toBe(expected);
  });
});

describe('--published must be a real day from 1900 to 2100', () => {
  test.each([
    ['2025-02-30', 2],
    ['2023-02-29', 2],
    ['9999-12-31', 2],
    ['1899-12-31', 2],
    ['2025-2-3', 2],
    ['2024-02-29', 0],
    ['2100-12-31', 0],
  ])('extract --published %s → exit %d', async (published, code) => {
    const io = recordingIO();
    expect(await main(['extract', '--json', '--published', published, SEED], io, {})).toBe(code);
    if (code === 2) expect(io.err()).toContain(`not "${published}"`);
    else expect(JSON.parse(io.out()).meeting).toBeDefined();
  });

  test('ingest refuses 2025-02-30 before opening the store', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'mg-date-')), 'data');
    const io = recordingIO();
    expect(await main(['--data', data, 'ingest', '--published', '2025-02-30', SEED], io, {})).toBe(2);
    expect(io.err()).toContain('from 1900-01-01 to 2100-12-31, not "2025-02-30"');
    expect(existsSync(data)).toBe(false);
  });
});

describe('an unexpected failure is one line; the stack only with --debug', () => {
  // A data directory that is a file: the store refuses it.
  const notADirectory = () => SEED;

  test('without --debug', async () => {
    const io = recordingIO();
    expect(await main(['--data', notADirectory(), 'ingest', SEED], io, {})).toBe(1);
    expect(io.err()).toMatch(/^minutes-graph ingest: Cannot write to the data directory [^\n]+$/);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  test('with --debug', async () => {
    const io = recordingIO();
    expect(await main(['--debug', '--data', notADirectory(), 'ingest', SEED], io, {})).toBe(1);
    expect(io.err()).toMatch(/\n\s+at /);
  });
});

describe('export --out names a file only where the format is one file', () => {
  // `export --format csv --out x.csv` made a directory called x.csv.
  test.each(['csv', 'neo4j-csv'])('--format %s --out x.csv is refused before opening the store, creating nothing', async (format) => {
    const root = mkdtempSync(join(tmpdir(), 'mg-out-'));
    const io = recordingIO();
    expect(await main(['--data', join(root, 'data'), 'export', '--format', format, '--out', join(root, 'x.csv')], io, {})).toBe(2);
    expect(io.err()).toContain(`--out must name a directory, not the file "${join(root, 'x.csv')}"`);
    expect([existsSync(join(root, 'x.csv')), existsSync(join(root, 'data'))]).toEqual([false, false]);
  });
});
