// The corpus generator: a pure function of (directives, seed) yielding reports one at a time,
// so 100k directives (~9k reports) never sit in memory together.
import { addDays, parseIso } from './calendar';
import { generateReport, type GeneratedReport } from './report';
import { makeRoster } from './roster';
import { Rng } from './rng';

export interface CorpusOptions {
  /** Total number of gold directives across the corpus. */
  directives: number;
  seed?: number;
  /** Directives per report, inclusive bounds (default 8–15). */
  perReport?: [number, number];
  /** Meeting dates are drawn from [from, to] (default 2022-01-03 … 2025-12-19). */
  from?: string;
  to?: string;
}

export const DEFAULT_SEED = 42;

function daysBetween(from: string, to: string): number {
  const a = parseIso(from);
  const b = parseIso(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000);
}

export function reportId(seed: number, index: number): string {
  return `g${seed}-${String(index).padStart(6, '0')}`;
}

export function* generateCorpus(options: CorpusOptions): Generator<GeneratedReport> {
  const seed = options.seed ?? DEFAULT_SEED;
  const [lo, hi] = options.perReport ?? [8, 15];
  const from = options.from ?? '2022-01-03';
  const span = daysBetween(from, options.to ?? '2025-12-19');
  const root = new Rng(seed);
  const roster = makeRoster(root.fork(0));
  let remaining = options.directives;
  for (let index = 1; remaining > 0; index++) {
    // Each report draws from its own forked stream: report N is the same whatever came before.
    const rng = root.fork(index);
    const count = Math.min(remaining, rng.int(lo, hi));
    const date = parseIso(addDays(from, rng.int(0, span)));
    remaining -= count;
    yield generateReport(rng, roster, { id: reportId(seed, index), date, directiveCount: count });
  }
}
