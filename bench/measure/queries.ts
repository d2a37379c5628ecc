// In-process query latency through yoga.fetch (no sockets), next to the graphql-js floor, and
// the store calls each request makes.
import { createApi } from '../../src/api/server';
import { DEFAULT_API_CONFIG } from '../../src/api/config';
import type { StorePort } from '../../src/store/port';
import { percentile, round, timeRuns } from '../stats';
import { countingStore } from './counting-store';
import { floorQuery, floorSchema } from './floor';

export interface QueryFigures {
  p50_ms: number;
  p99_ms: number;
  floor_p50_ms: number;
  floor_p99_ms: number;
  /** p50 / floor p50. */
  p50_ratio: number;
  store_calls: number;
  store_calls_by_method: Record<string, number>;
  /** Timed runs (fewer than asked when the time budget ran out). */
  samples: number;
  /** totalCount or number of top-level items the query returned (a sanity check). */
  result_size: number;
}

const CLOCK = () => new Date('2026-01-01T00:00:00Z');

type Yoga = ReturnType<typeof createApi>;

async function post(yoga: Yoga, query: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

function resultSize(data: Record<string, unknown>): number {
  const top = Object.values(data)[0] as { totalCount?: number; nodes?: unknown[] } | undefined;
  return top?.totalCount ?? top?.nodes?.length ?? 0;
}

/** Path of the first place two JSON values differ, or null when equal. */
function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return JSON.stringify(a) === JSON.stringify(b) ? null : `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d !== null) return d;
  }
  return null;
}

/** `onAnswer` receives the API's answer (the data the HTTP floor serves). */
export async function measureQuery(store: StorePort, query: string, variables: Record<string, unknown>, iterations: number, onAnswer?: (data: Record<string, unknown>) => void): Promise<QueryFigures> {
  const config = { ...DEFAULT_API_CONFIG, graphiql: false };
  const yoga = createApi({ store, config, clock: CLOCK });
  const first = await post(yoga, query, variables);
  if (first.errors?.length || !first.data) throw new Error(`benchmark query failed: ${first.errors?.[0]?.message ?? 'no data'}`);
  onAnswer?.(first.data);

  const samples = await timeRuns(() => post(yoga, query, variables), iterations, Math.min(50, iterations));

  const floor = floorQuery(floorSchema(), query, variables, first.data);
  const floorResult = floor.run() as { data?: unknown; errors?: { message: string }[] };
  if (floorResult.errors?.length) throw new Error(`floor execution failed: ${floorResult.errors[0].message}`);
  const difference = firstDifference(floorResult.data, first.data, '');
  if (difference !== null) throw new Error(`the floor does not reproduce the API answer at ${difference}`);
  const floorSamples = await timeRuns(() => floor.run(), iterations, Math.min(50, iterations));

  const counting = countingStore(store);
  const countedYoga = createApi({ store: counting.store, config, clock: CLOCK });
  await post(countedYoga, query, variables);

  const p50 = percentile(samples, 50);
  const floorP50 = percentile(floorSamples, 50);
  return {
    p50_ms: round(p50, 3),
    p99_ms: round(percentile(samples, 99), 3),
    floor_p50_ms: round(floorP50, 3),
    floor_p99_ms: round(percentile(floorSamples, 99), 3),
    p50_ratio: round(p50 / floorP50, 2),
    store_calls: counting.total(),
    store_calls_by_method: Object.fromEntries(counting.counts),
    samples: samples.length,
    result_size: resultSize(first.data),
  };
}
