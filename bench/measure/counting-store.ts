// A StorePort wrapper that counts calls per method: how many store round trips one GraphQL
// request costs (DataLoader batching should keep this flat as pages grow).
import type { StorePort } from '../../src/store/port';

export interface CountingStore {
  store: StorePort;
  counts: Map<string, number>;
  reset(): void;
  total(): number;
}

export function countingStore(inner: StorePort): CountingStore {
  const counts = new Map<string, number>();
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'close') return value;
      return (...args: unknown[]) => {
        counts.set(String(prop), (counts.get(String(prop)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    counts,
    reset: () => counts.clear(),
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
  };
}
