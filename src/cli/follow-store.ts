// A server that opened the store read-only (another process writes it) picks up what that
// process ingests: it polls the logs once a second and applies what was appended. Issue 15: a
// server did not see another process's ingest until it was restarted.
import type { StorePort } from '../store/port';
import type { CliIO } from './io';

export const FOLLOW_INTERVAL_MS = 1000;

interface Followable {
  readOnly: boolean;
  refresh(): Promise<boolean>;
}

function isFollowable(store: StorePort): store is StorePort & Followable {
  return typeof (store as Partial<Followable>).refresh === 'function' && (store as Partial<Followable>).readOnly === true;
}

/** Starts following when the store is a read-only embedded one; returns how to stop. */
export function followWriter(store: StorePort, io: CliIO, intervalMs = FOLLOW_INTERVAL_MS): () => void {
  if (!isFollowable(store)) return () => undefined;
  let running = false;
  let lastError = '';
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    store.refresh().then(
      () => {
        lastError = '';
      },
      (err: unknown) => {
        // Said once per distinct problem, not every second; the server keeps what it has.
        const message = err instanceof Error ? err.message : String(err);
        if (message !== lastError) io.stderr(`serve: cannot follow the store's log: ${message}`);
        lastError = message;
      },
    ).finally(() => {
      running = false;
    });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
