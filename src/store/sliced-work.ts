// Long reads in slices. A loop written as a generator yields now and then; `runSliced` drives it
// and, once a slice has run for SLICE_MS, gives the event loop a turn (other requests are
// answered, timers fire) and then checks the caller's AbortSignal, so a request timeout or a
// client that went away really stops the work instead of only answering early. `runToEnd`
// drives the same loop in one go, for callers without a signal (tests, benchmarks, exports).
import { setImmediate as nextTurn } from 'node:timers/promises';

/** What a store read may be given besides its arguments. */
export interface ReadOptions {
  /** Aborted when the answer is no longer wanted (request timeout, client gone). */
  signal?: AbortSignal;
}

/** A loop that yields between steps and returns its result. */
export type SlicedWork<T> = Generator<void, T, void>;

/** Longest stretch of work before the event loop gets a turn. */
export const SLICE_MS = 5;

export async function runSliced<T>(work: SlicedWork<T>, signal?: AbortSignal, sliceMs = SLICE_MS): Promise<T> {
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < sliceMs) continue;
    await nextTurn();
    if (signal?.aborted) {
      work.return(undefined as T);
      signal.throwIfAborted();
    }
    sliceStart = performance.now();
  }
}

export function runToEnd<T>(work: SlicedWork<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
