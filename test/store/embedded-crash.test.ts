// Crash safety: a child process ingesting is killed with SIGKILL at several points; after
// each kill the store opens with every acknowledged document present and no document
// half-present, and finally re-running the ingest completes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { buildGraphBatch } from '../../src/graph/build-batch';
import type { GraphBatch } from '../../src/graph/model';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import type { StorePort } from '../../src/store/port';
import { META_001, META_003, REPORT_001, REPORT_003 } from './fixtures';

/** Distinct documents: the two reports with a numbered line appended (spans stay valid). */
function corpus(count: number): GraphBatch[] {
  return Array.from({ length: count }, (_, i) => {
    const [meta, report] = i % 2 === 0 ? [META_001, REPORT_001] : [META_003, REPORT_003];
    return buildGraphBatch(meta, { ...report, text: `${report.text}\n[bản sao ${i}]` });
  });
}

/** Runs the worker; kills it after `killAfterAcks` acknowledgements (never, if null). */
function runWorker(script: string, dir: string, batchesFile: string, killAfterAcks: number | null): Promise<{ acked: string[]; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NODE_PATH: join(__dirname, '../../node_modules') };
    const child = spawn(process.execPath, [script, dir, batchesFile], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const acked: string[] = [];
    let finished = false;
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(line.slice(4));
        if (line === 'done') finished = true;
      }
      if (killAfterAcks !== null && acked.length >= killAfterAcks) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === null && code !== 0) reject(new Error(`worker failed (${code}): ${stderr}`));
      else resolve({ acked, finished });
    });
  });
}

async function expectWhole(store: StorePort, batch: GraphBatch): Promise<void> {
  const nodes = await store.getNodes(batch.nodes.map((n) => n.id));
  expect(nodes.filter((n) => n === null)).toHaveLength(0);
  const edges = await store.getEdges(batch.edges.map((e) => ({ nodeId: e.from, type: e.type, direction: 'out' as const })));
  batch.edges.forEach((edge, i) => expect(edges[i].map((e) => e.id)).toContain(edge.id));
}

describe('embedded store under SIGKILL', () => {
  const work = mkdtempSync(join(tmpdir(), 'mg-crash-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('acknowledged documents survive, none is half-present, and the ingest completes on re-run', async () => {
    const script = join(work, 'crash-worker.js');
    // fs-ext is a native addon (the store's lock): left out of the bundle, found through NODE_PATH.
    buildSync({ entryPoints: [join(__dirname, 'crash-worker.ts')], bundle: true, platform: 'node', target: 'node20', outfile: script, logLevel: 'error', external: ['fs-ext'] });
    const batches = corpus(24);
    const batchesFile = join(work, 'batches.json');
    writeFileSync(batchesFile, JSON.stringify(batches));
    const byId = new Map(batches.map((b) => [b.documentId, b]));
    const dir = join(work, 'data');
    const everAcked = new Set<string>();

    // Kill points spread over the run (a fixed list: the timing inside each write still varies).
    for (const killAfter of [1, 5, 11, 17]) {
      const run = await runWorker(script, dir, batchesFile, killAfter);
      run.acked.forEach((id) => everAcked.add(id));
      const store = await openEmbeddedStore({ dir });
      try {
        const documents = await store.listNodes('Document', { first: 100 });
        const present = new Set(documents.items.map((i) => i.value.id));
        for (const id of everAcked) expect(present.has(id)).toBe(true);
        for (const id of present) await expectWhole(store, byId.get(id) as GraphBatch);
      } finally {
        await store.close();
      }
    }

    const last = await runWorker(script, dir, batchesFile, null);
    expect(last.finished).toBe(true);
    const store = await openEmbeddedStore({ dir });
    try {
      expect((await store.listNodes('Document', { first: 100 })).totalCount).toBe(24);
      for (const batch of batches) await expectWhole(store, batch);
      expect((await store.findDirectives({}, { first: 0 })).totalCount).toBe(24 / 2 * (5 + 4));
    } finally {
      await store.close();
    }
  });
});
