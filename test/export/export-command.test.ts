// `minutes-graph export`: arguments, and every format written from a real store on disk.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCommand, parseExportArgs } from '../../src/cli/export-command';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import type { StorePort } from '../../src/store/port';
import { validatePopolo } from './popolo-shape';
import { openSeededStore } from './seeded-store';
import { storeCounts, type StoreCounts } from './store-counts';

describe('parseExportArgs', () => {
  test.each([
    [['--format', 'gexf'], { format: 'gexf', out: null, bom: false }],
    [['--format=graphml', '--out', 'g.graphml'], { format: 'graphml', out: 'g.graphml', bom: false }],
    [['--format', 'csv', '--out', 'csv/'], { format: 'csv', out: 'csv/', bom: false }],
    [['--format', 'csv', '--out', 'csv/', '--bom'], { format: 'csv', out: 'csv/', bom: true }],
    [['--format', 'gexf', '--bom'], { error: '--bom is for --format csv (spreadsheets)' }],
    [['--format', 'neo4j-csv', '--out', 'import'], { format: 'neo4j-csv', out: 'import', bom: false }],
    [[], { error: '--format is required (one of gexf, graphml, csv, popolo, neo4j-csv, network-csv)' }],
    [['--format', 'xlsx'], { error: 'unknown format "xlsx" (one of gexf, graphml, csv, popolo, neo4j-csv, network-csv)' }],
    [['--format', 'csv'], { error: '--format csv writes several files: give a directory with --out DIR' }],
    [['--format', 'neo4j-csv'], { error: '--format neo4j-csv writes several files: give a directory with --out DIR' }],
  ])('%j → %j', (argv, expected) => {
    expect(parseExportArgs(argv)).toEqual(expected);
  });

  test('an unknown option is refused with the parser message', () => {
    expect(parseExportArgs(['--format', 'gexf', '--pretty'])).toEqual({ error: expect.stringContaining("'--pretty'") });
  });
});

describe('exportCommand over the seeded store', () => {
  let dir: string;
  let dataDir: string;
  let counts: StoreCounts;
  let opened = 0;
  const open = async (): Promise<StorePort> => {
    opened += 1;
    return openEmbeddedStore({ dir: dataDir });
  };

  beforeAll(async () => {
    const seeded = await openSeededStore();
    counts = await storeCounts(seeded.store);
    dir = seeded.dir;
    dataDir = seeded.dataDir;
    // The command opens (and closes) the store itself, as the CLI does.
    await seeded.store.close();
  });

  async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await exportCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, open);
    return { code, stdout, stderr };
  }

  test('gexf to stdout parses back with every node and edge', async () => {
    const { code, stdout } = await run(['--format', 'gexf']);
    expect(code).toBe(0);
    const graph = parseGexf(Graph, stdout);
    expect([graph.order, graph.size]).toEqual([counts.nodes, counts.edges]);
  });

  test('graphml to a file in a new directory', async () => {
    const out = join(dir, 'out', 'nested', 'graph.graphml');
    const { code, stderr } = await run(['--format', 'graphml', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain(out);
    const graph = parseGraphml(Graph, readFileSync(out, 'utf8'));
    expect([graph.order, graph.size]).toEqual([counts.nodes, counts.edges]);
  });

  test('popolo to a file is valid Popolo-style JSON', async () => {
    const out = join(dir, 'popolo.json');
    expect((await run(['--format', 'popolo', '--out', out])).code).toBe(0);
    expect(validatePopolo(JSON.parse(readFileSync(out, 'utf8')))).toEqual([]);
  });

  test('csv writes the sixteen files into the directory', async () => {
    const out = join(dir, 'csv');
    const { code, stderr } = await run(['--format', 'csv', '--out', out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toHaveLength(16);
    expect(stderr).toContain(`(${counts.nodes + counts.edges + counts.byLabel.Directive} rows)`);
  });

  test('neo4j-csv delegates to the neo4j-admin exporter', async () => {
    const out = join(dir, 'neo4j');
    const { code, stderr } = await run(['--format', 'neo4j-csv', '--out', out]);
    expect(code).toBe(0);
    expect(existsSync(join(out, 'import-command.txt'))).toBe(true);
    expect(stderr).toContain(`${counts.nodes} nodes, ${counts.edges} relationships`);
  });

  test('bad arguments exit 2 with usage, without opening the store', async () => {
    const before = opened;
    const { code, stderr } = await run(['--format', 'pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown format "pdf"');
    expect(stderr).toContain('usage: minutes-graph export --format gexf|graphml|csv|popolo|neo4j-csv|network-csv [--out PATH]');
    expect(opened).toBe(before);
  });

  afterAll(async () => {
    const { rm } = await import('node:fs/promises');
    await rm(dir, { recursive: true, force: true });
  });
});
