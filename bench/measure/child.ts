// Measurements that need a process of their own (a clean heap, a store opened from cold):
// the benchmark re-runs its own bundle with `--child NAME ARGS…`, which prints one JSON line.
import { spawnSync } from 'node:child_process';
import { collectInputs } from '../../src/ingest/collect-inputs';
import { ingestInputs } from '../../src/ingest/ingest-files';
import { createPreparePool, DEFAULT_WORKER_FILE } from '../../src/ingest/prepare-pool';
import type { GraphNode } from '../../src/graph/model';
import { OFFICIAL_ROLES } from '../../src/graph/roles';
import { openStore } from '../../src/store/open-store';
import type { Page } from '../../src/store/port';
import { nowMs } from '../stats';

export interface IngestChildResult {
  seconds: number;
  reports: number;
  failed: number;
  directives: number;
  firstFailure: string | null;
  /** CPU seconds of the whole child (every thread) during the ingest. */
  cpu_seconds: number;
  /** Reports written joined with another report of their meeting. */
  joined: number;
}

export interface MemoryChildResult {
  heap_bytes: number;
  external_bytes: number;
  rss_bytes: number;
  directives: number;
}

/** `threads`: the prepare pool's size (default: ingestInputs' own choice). */
async function ingestChild(corpusDir: string, dataDir: string, threads?: string): Promise<IngestChildResult> {
  const store = await openStore({ kind: 'embedded', dir: dataDir });
  const items = await collectInputs([corpusDir]);
  const preparer = threads === undefined ? undefined : createPreparePool(Number(threads), DEFAULT_WORKER_FILE);
  const t0 = nowMs();
  const cpu0 = process.cpuUsage();
  const summary = await ingestInputs(items, store, { preparer });
  const seconds = (nowMs() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await preparer?.close();
  await store.close();
  const failure = summary.outcomes.find((o) => !o.ok);
  return {
    seconds,
    reports: summary.ok,
    failed: summary.failed,
    directives: summary.directives,
    firstFailure: failure && !failure.ok ? `${failure.path}: ${failure.message}` : null,
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    joined: summary.outcomes.filter((o) => o.ok && o.joinedWith.length > 0).length,
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
  // Touch the indexes a query uses, so lazily built structures are counted too: the directive
  // sets are built per target on first use, so every agency and official is asked once (the
  // most a long-running server can hold), and every issuer's post (built per post too).
  for (const role of OFFICIAL_ROLES) await store.findDirectives({ issuedByRole: [role] }, { first: 1 });
  for (const label of ['Agency', 'Official'] as const) {
    for (let after: string | null = null; ; ) {
      const targets: Page<GraphNode> = await store.listNodes(label, { first: 500, after });
      for (const { value } of targets.items) await store.findDirectives({ assignedTo: [value.id], role: 'ANY' }, { first: 1 });
      const last = targets.items[targets.items.length - 1];
      if (!targets.hasNextPage || last === undefined) break;
      after = last.cursor;
    }
  }
  const all = await store.findDirectives({}, { first: 1 });
  await store.stats(5);
  collectGarbage();
  const after = process.memoryUsage();
  const result = {
    heap_bytes: after.heapUsed - before.heapUsed,
    external_bytes: after.external - before.external,
    rss_bytes: after.rss - before.rss,
    directives: all.totalCount,
  };
  await store.close();
  return result;
}

/** Runs in the child: dispatches on the child name and prints the JSON result. */
export async function runChild(name: string, args: string[]): Promise<void> {
  const result = name === 'ingest' ? await ingestChild(args[0], args[1], args[2]) : name === 'memory' ? await memoryChild(args[0]) : null;
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
