// Issue 2's promises at the command line: ingesting the seeds twice changes nothing, the
// data survives a restart, and bad files are reported without stopping the batch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { seedDirectiveCount } from '../support/seed-directive-count';

const SEEDS = join(__dirname, '../../seeds');
// Ingest stores what the extractor reads; its count is the extractor's, not frozen here.
const SEED_DIRECTIVES = seedDirectiveCount().total;

function recordingIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false };
}

async function statsOf(dir: string) {
  const store = await openEmbeddedStore({ dir });
  try {
    const stats = await store.stats(5);
    const ids = (await store.listNodes('Directive', { first: 1000 })).items.map((i) => i.value.id);
    return { nodes: stats.nodes, edges: stats.edges, ids };
  } finally {
    await store.close();
  }
}

describe('minutes-graph ingest', () => {
  test('the seeds twice: second run rewrites nothing, counts and ids are unchanged after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
    const first = recordingIO();
    expect(await main(['--data', dir, 'ingest', SEEDS], first, {})).toBe(0);
    expect(first.out.filter((l) => l.startsWith('ingested '))).toHaveLength(5);
    expect(first.out.at(-1)).toBe(`ingest: 5 document(s) stored (0 unchanged), 0 failed, ${SEED_DIRECTIVES} directives`);
    const before = await statsOf(dir);

    const second = recordingIO();
    expect(await main(['ingest', SEEDS, '--data', dir], second, {})).toBe(0);
    expect(second.out.at(-1)).toBe(`ingest: 5 document(s) stored (5 unchanged), 0 failed, ${SEED_DIRECTIVES} directives`);
    const after = await statsOf(dir);

    expect(after).toEqual(before);
    expect(SEED_DIRECTIVES).toBeGreaterThan(20);
    expect(before.ids).toHaveLength(SEED_DIRECTIVES);
    expect(before.nodes).toEqual(expect.arrayContaining([{ key: 'Document', count: 5 }, { key: 'Directive', count: SEED_DIRECTIVES }]));
  });

  test('MINUTES_GRAPH_DATA chooses the store when --data is absent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-cli-env-'));
    const io = recordingIO();
    expect(await main(['ingest', join(SEEDS, '001_83451dbc79f63736.txt'), '--published', '2025-02-06'], io, { MINUTES_GRAPH_DATA: dir })).toBe(0);
    expect((await statsOf(dir)).nodes).toContainEqual({ key: 'Document', count: 1 });
  });

  test('bad files are reported on stderr, good ones stored, exit code 1', async () => {
    const data = mkdtempSync(join(tmpdir(), 'mg-cli-data-'));
    const inputs = mkdtempSync(join(tmpdir(), 'mg-cli-in-'));
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const io = recordingIO();
    const code = await main(['--data', data, 'ingest', '--published', '2025-02-06', inputs, join(SEEDS, '001_83451dbc79f63736.txt'), join(inputs, 'missing.txt')], io, {});
    expect(code).toBe(1);
    expect(io.err).toHaveLength(3);
    expect(io.err.join('\n')).toMatch(/skipped .*binary\.txt: looks like a PNG image, not text/);
    expect(io.err.join('\n')).toMatch(/skipped .*empty\.txt: .*empty/i);
    expect(io.err.join('\n')).toMatch(/skipped .*missing\.txt: no such file or directory/);
    expect(io.out.at(-1)).toBe(`ingest: 1 document(s) stored (0 unchanged), 3 failed, ${seedDirectiveCount().perFile['001_83451dbc79f63736.txt']} directives`);
  });

  test.each([
    [['ingest'], /ingest needs at least one file, directory or URL/],
    [['ingest', '--published', '6/2/2025', 'x.txt'], /--published must be a date YYYY-MM-DD on the calendar from 1900-01-01 to 2100-12-31, not "6\/2\/2025"/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['serve', '--port', 'http'], /--port must be a whole number/],
  ])('%j is a usage error (exit 2) with the reason', async (argv, message) => {
    const io = recordingIO();
    expect(await main(argv, io, {})).toBe(2);
    expect(io.err.join('\n')).toMatch(message);
    expect(io.err.join('\n')).toMatch(/run "minutes-graph (\w+ )?--help" for usage/);
  });
});
