// Measurements that need a process of their own (a clean heap, a store opened from cold):
// the benchmark re-runs its own bundle with `--child NAME ARGS…`, which prints one JSON line.
import { spawnSync } from 'node:child_process';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { openStore } from '../../src/store/open-store';
import { nowMs } from '../stats';

export interface IngestChildResult {
  seconds: number;
  reports: number;
  failed: number;
  directives: number;
  firstFailure: string | null;
}

export interface MemoryChildResult {
  heap_bytes: number;
  external_bytes: number;
  rss_bytes: number;
  directives: number;
}

async function ingestChild(corpusDir: string, dataDir: string): Promise<IngestChildResult> {
  const store = await openStore({ kind: 'embedded', dir: dataDir });
  const items = await collectInputs([corpusDir]);
  const t0 = nowMs();
  const summary = await ingestInputs(items, store);
  const seconds = (nowMs() - t0) / 1000;
  await store.close();
  const failure = summary.outcomes.find((o) => !o.ok);
  return {
    seconds,
    reports: summary.ok,
    failed: summary.failed,
    directives: summary.directives,
    firstFailure: failure && !failure.ok ? `${failure.path}: ${failure.message}` : null,
  };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

async function memoryChild(dataDir: string): Promise<MemoryChildResult> {
  collectGarbage();
  const before = process.memoryUsage();
  const store = await openStore({ kind: 'embedded', dir: dataDir });
  // Touch the indexes a query uses, so lazily built structures are counted too.
  const page = await store.findDirectives({}, { first: 1 });
  await store.stats(5);
  collectGarbage();
  const after = process.memoryUsage();
  const result = {
    heap_bytes: after.heapUsed - before.heapUsed,
    external_bytes: after.external - before.external,
    rss_bytes: after.rss - before.rss,
    directives: page.totalCount,
  };
  await store.close();
  return result;
}

/** Runs in the child: dispatches on the child name and prints the JSON result. */
export async function runChild(name: string, args: string[]): Promise<void> {
  const result = name === 'ingest' ? await ingestChild(args[0], args[1]) : name === 'memory' ? await memoryChild(args[0]) : null;
  if (result === null) throw new Error(`unknown child "${name}"`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Runs in the parent: starts this same script as a child and parses its JSON line. */
export function spawnChild<T>(script: string, name: string, args: string[]): T {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', script, '--child', name, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`child ${name} failed (${r.status ?? r.signal}): ${r.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as T;
}
