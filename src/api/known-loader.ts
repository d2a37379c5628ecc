// A DataLoader that also answers synchronously for keys a batch has already returned. The
// store's reads are batches, so the loader still batches exactly as before; but once a page's
// nodes, edges or curations have arrived, the fields that read them again (a directive's text,
// meeting, source …) return the value itself instead of a promise, which graphql-jit completes
// without a microtask. Profiles of the headline put promise machinery and DataLoader at a
// sixth of a request, most of it for values already in the loader. fetchKnown lets a page ask
// for all its keys in one call of the loader's own, without a DataLoader promise per key.
import DataLoader from 'dataloader';

/** A value now, or once it arrives. */
export type Maybe<T> = T | Promise<T>;

/** `f` of the value: at once when it is here, after it arrives otherwise. */
export function andThen<T, R>(value: Maybe<T>, f: (t: T) => Maybe<R>): Maybe<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** Every value at once when all are here, else one promise of them all. */
export function allOf<T>(values: readonly Maybe<T>[]): Maybe<T[]> {
  return values.some((v) => v instanceof Promise) ? Promise.all(values) : (values as T[]);
}

/** Where a loader keeps what its batches returned. */
export interface Known<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  delete(key: K): void;
  clear(): void;
}

/** Values in one Map under each key's cache key. */
export function keyedKnown<K, C>(keyOf: (key: K) => C): Known<K, unknown> {
  const map = new Map<C, unknown>();
  return {
    get: (key) => map.get(keyOf(key)),
    set: (key, value) => void map.set(keyOf(key), value),
    delete: (key) => void map.delete(keyOf(key)),
    clear: () => map.clear(),
  };
}

/** `V` never includes undefined: a missing value is null (as the store's batch reads give it). */
export class KnownLoader<K, V extends object | null, C = K> extends DataLoader<K, V, C> {
  private readonly known: Known<K, V>;
  private readonly batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>;

  /** `known`: where to keep returned values (default: a Map under DataLoader's cache key). */
  constructor(batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>, options?: DataLoader.Options<K, V, C>, known?: Known<K, V>) {
    const kept = known ?? (keyedKnown(options?.cacheKeyFn ?? ((key: K) => key as unknown as C)) as Known<K, V>);
    super(async (keys) => {
      const values = await batch(keys);
      for (let i = 0; i < keys.length; i++) {
        const value = values[i];
        if (!(value instanceof Error)) kept.set(keys[i], value);
      }
      return values;
    }, options);
    this.known = kept;
    this.batch = batch;
  }

  /** The value a batch returned for `key`, or undefined; never loads. */
  peek(key: K): V | undefined {
    return this.known.get(key);
  }

  /** A key already known is not asked of the store again, through either door. */
  override load(key: K): Promise<V> {
    const known = this.known.get(key);
    return known !== undefined ? Promise.resolve(known) : super.load(key);
  }

  /**
   * Fetches the keys (given without repeats) not known yet in one batch call of this loader's
   * own, outside DataLoader's queue (no promise per key), and keeps what it returns. Throws what
   * the batch throws.
   */
  async fetchKnown(keys: readonly K[]): Promise<void> {
    const missing = keys.filter((key) => this.known.get(key) === undefined);
    if (missing.length === 0) return;
    const values = await this.batch(missing);
    for (let i = 0; i < missing.length; i++) {
      const value = values[i];
      if (!(value instanceof Error)) this.known.set(missing[i], value);
    }
  }

  /**
   * The value a batch returned for `key`, else a load of it. (A primed value is not known here:
   * DataLoader keeps a key's first value, which may be a load still in flight.)
   */
  get(key: K): Maybe<V> {
    const known = this.known.get(key);
    return known !== undefined ? known : this.load(key);
  }

  override clear(key: K): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}
