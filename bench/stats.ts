// Small numeric helpers for the benchmark: percentiles over samples and a monotonic clock.

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Nearest-rank percentile (p in 0–100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Runs `fn` up to `iterations` times after `warmup` unmeasured runs; returns per-run
 * milliseconds. Stops early once `budgetMs` is spent (after at least 5 runs), so a query that
 * takes seconds at 100k directives still finishes the benchmark.
 */
export async function timeRuns(fn: () => Promise<unknown> | unknown, iterations: number, warmup: number, budgetMs = 30_000): Promise<number[]> {
  const started = nowMs();
  for (let i = 0; i < warmup && nowMs() - started < budgetMs / 4; i++) await fn();
  const samples: number[] = [];
  const measuring = nowMs();
  for (let i = 0; i < iterations; i++) {
    const t0 = nowMs();
    await fn();
    samples.push(nowMs() - t0);
    if (samples.length >= 5 && nowMs() - measuring > budgetMs) break;
  }
  return samples;
}
