// `serve` over a large embedded store starts with an old generation already the size the graph
// will reach. V8 starts the old generation small and grows it by major collections, each
// marking the whole graph built so far: opening a million directives spent 11 of its 28 s of
// CPU in the collector (5 major GCs), and 4 s with the old generation sized up front (1 major
// GC; bench/FINDINGS.md). The size can only be given when a process starts, so `serve` over
// such a store starts itself once more with it: one more Node start (some 50 ms), paid only
// where the open takes seconds. Everything here runs before the CLI's modules are loaded.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';

/** Below this snapshot size (about 250k directives) the open is short and one start is cheaper. */
export const SIZED_START_MIN_SNAPSHOT_BYTES = 128 * 1024 * 1024;
/** The heap after opening is 3.3–4× the snapshot (100k: 52 MB → 0.21 GB; 1M: 528 MB → 1.7 GB). */
const HEAP_PER_SNAPSHOT_BYTE = 3;
const MAX_OLD_SPACE_MB = 8192;
/** Set in the restarted process: it never starts itself again. */
const RESTARTED = 'MINUTES_GRAPH_SIZED_START';

/** The initial old generation (MB) for a store whose snapshot has `snapshotBytes`, or null: start as is. */
export function oldSpaceMbFor(snapshotBytes: number): number | null {
  if (snapshotBytes < SIZED_START_MIN_SNAPSHOT_BYTES) return null;
  return Math.min(MAX_OLD_SPACE_MB, Math.ceil((snapshotBytes * HEAP_PER_SNAPSHOT_BYTE) / 2 ** 20));
}

/** Global options of the CLI that take a value (main.ts): their value is not the command. */
const OPTIONS_WITH_VALUE = new Set(['--data', '--port', '--host', '--workers']);

/**
 * The data directory `serve` or `start` would open, resolved as config.ts does, or null when
 * the command line asks for something else (another command, help, the version, Neo4j).
 */
export function servedDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): string | null {
  if (env.STORE === 'neo4j') return null;
  let command: string | null = null;
  let data: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h' || arg === '--version' || arg === '-V') return null;
    if (arg.startsWith('--data=')) data = arg.slice('--data='.length);
    else if (OPTIONS_WITH_VALUE.has(arg)) {
      if (arg === '--data') data = argv[i + 1];
      i++;
    } else if (!arg.startsWith('-') && command === null) command = arg;
  }
  // No command: the program's own action serves (main.ts).
  if (command !== null && command !== 'serve' && command !== 'start') return null;
  return resolve(cwd, data ?? env.MINUTES_GRAPH_DATA ?? './data');
}

function snapshotBytes(dir: string): number {
  try {
    return statSync(join(dir, 'docs.snapshot')).size;
  } catch {
    return 0; // no snapshot: the open replays the log, and the restart would not be sized from it
  }
}

/**
 * Restarts this CLI with the old generation sized for the store it is about to serve, when
 * that store is large; the restarted process gets the same arguments, stdio and signals, and
 * this one exits with its code. False (nothing done) otherwise.
 */
export function restartSized(script: string, argv: readonly string[]): boolean {
  const heapFlag = /--(initial|max)-old-space-size/;
  if (process.env[RESTARTED] === '1' || process.execArgv.some((a) => heapFlag.test(a)) || heapFlag.test(process.env.NODE_OPTIONS ?? '')) return false;
  const dir = servedDataDir(argv, process.env, process.cwd());
  const mb = dir === null ? null : oldSpaceMbFor(snapshotBytes(dir));
  if (mb === null) return false;
  const child = spawn(process.execPath, [...process.execArgv, `--initial-old-space-size=${mb}`, script, ...argv], { stdio: 'inherit', env: { ...process.env, [RESTARTED]: '1' } });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === null ? 1 : 128 + constants.signals[signal]);
  });
  child.on('error', (error) => {
    process.stderr.write(`minutes-graph: cannot start the server process: ${error.message}\n`);
    process.exitCode = 1;
  });
  return true;
}
