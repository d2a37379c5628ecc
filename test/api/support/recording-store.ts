// A StorePort proxy that records every call (method and arguments) before passing it on, so
// tests can assert how many store round trips a query costs.
import type { StorePort } from '../../../src/store/port';

export interface StoreCall {
  method: string;
  args: unknown[];
}

export interface RecordingStore {
  store: StorePort;
  calls: StoreCall[];
  /** Calls of one method, e.g. "getNodes". */
  callsOf(method: string): StoreCall[];
  reset(): void;
}

export function recordingStore(inner: StorePort): RecordingStore {
  const calls: StoreCall[] = [];
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push({ method: String(prop), args });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    reset: () => {
      calls.length = 0;
    },
  };
}
