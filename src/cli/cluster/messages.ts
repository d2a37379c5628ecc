// What the primary and the workers of `serve --workers N` say to each other over IPC. Writes go
// to the primary, the one process holding the embedded store writable; after each write it
// tells every worker to catch up and waits for them, so the answer to a mutation is seen by
// the next request whichever worker takes it.
import { StoreError, type StoreErrorCode } from '../../store/errors';

export type WriteOp = 'writeDocument' | 'removeDocument' | 'addCuration';

export type ToPrimary =
  | { kind: 'write'; id: number; op: WriteOp; arg: unknown }
  | { kind: 'caughtUp'; id: number };

export type ToWorker =
  | { kind: 'written'; id: number; result: unknown }
  | { kind: 'failed'; id: number; error: SentError }
  | { kind: 'catchUp'; id: number };

/** An error as it crosses the process boundary: a StoreError keeps its code and target. */
export interface SentError {
  message: string;
  code: StoreErrorCode | null;
  target: string | null;
}

export function sendable(error: unknown): SentError {
  if (error instanceof StoreError) return { message: error.message, code: error.code, target: error.target };
  return { message: error instanceof Error ? error.message : String(error), code: null, target: null };
}

export function revived(error: SentError): Error {
  return error.code === null ? new Error(error.message) : new StoreError(error.code, error.message, { target: error.target });
}
