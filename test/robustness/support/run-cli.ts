// Runs the bundled CLI as a child process and collects what it printed.
import { spawn, spawnSync } from 'node:child_process';
import { REPO } from './bundle';

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(cli: string, args: string[], timeoutMs = 120_000): CliRun {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: REPO, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI (with `env` added to this process's environment); its output so far, and its exit. */
export function startCli(cli: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [cli, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Lines the ingest command prints once the store acknowledged a document: "ingested|unchanged|duplicate PATH -> ID (…)". */
export const ACK_LINE = /^(?:\[\d+\/\d+\] )?(?:ingested|unchanged|duplicate) (.+) -> (\S+) \(/;

export function acknowledgedIds(stdout: string): string[] {
  const ids: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = ACK_LINE.exec(line);
    if (m) ids.push(m[2]);
  }
  return ids;
}
