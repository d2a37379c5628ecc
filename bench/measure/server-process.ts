// Starting `minutes-graph serve` (or the bare yoga server) as a child on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
export const BIN = resolve(REPO, 'bin/minutes-graph.js');

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  /** What the server printed so far. */
  stdout(): string;
  stop(): Promise<void>;
}

export function startProcess(args: string[], port: number): RunningServer {
  const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  let stderr = '';
  let stdout = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  return {
    child,
    port,
    stdout: () => stdout,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      if (stderr.trim()) process.stderr.write(`[server stderr] ${stderr.trim().slice(0, 500)}\n`);
    },
  };
}

/** `serve --workers N`, always said: the default is one worker per core, and one process is measured as `--workers 1`. */
export function startMinutesGraph(dataDir: string, port: number, workers = 1): RunningServer {
  return startProcess([BIN, '--data', dataDir, 'serve', '--port', String(port), '--host', '127.0.0.1', '--workers', String(workers)], port);
}

/** Waits until `count` worker processes each printed `listening` (a global pattern) once. */
export async function waitForListeners(server: RunningServer, count: number, timeoutMs: number, listening: RegExp): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((server.stdout().match(listening) ?? []).length >= count) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** POSTs `body` until the server answers 200 with data (or the deadline passes). */
export async function waitForAnswer(port: number, body: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (r.status === 200) {
        const json = (await r.json()) as { data?: unknown; errors?: unknown };
        if (json.data && !json.errors) return true;
      }
    } catch {
      // Not listening yet: poll again.
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}
