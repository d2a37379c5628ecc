// BENCHMARKS.md and bench/results.json from the measured figures. Targets are the issue's
// (at 100k directives); each row says whether the largest scale met it.
import type { MachineInfo } from './machine';
import type { ScaleFigures } from './scale-run';
import { round } from './stats';

export interface BenchRun {
  command: string;
  date: string;
  machine: MachineInfo;
  seed: number;
  scales: ScaleFigures[];
  bareYoga: { rps: number; p99_ms: number };
}

export interface Target {
  name: (s: ScaleFigures) => string;
  value: (s: ScaleFigures, run: BenchRun) => number;
  ok: (v: number) => boolean;
  goal: string;
  /** The same figure in another configuration, shown beside it (the one-process HTTP pair). */
  beside?: (s: ScaleFigures) => string;
}

/** One process's API req/s over the floor's, one process too (older results have no floor). */
export function httpVsFloor(s: ScaleFigures): number {
  return s.http_floor ? round(s.http.rps / s.http_floor.rps, 2) : NaN;
}

/** `serve --workers N` req/s over the floor served by N workers (older results: NaN). */
export function httpWorkersVsFloor(s: ScaleFigures): number {
  return s.http_workers && s.http_floor_workers ? round(s.http_workers.rps / s.http_floor_workers.rps, 2) : NaN;
}

/** The configuration the HTTP targets are stated for: a worker per core, `serve --workers auto`. */
const served = (s: ScaleFigures) => (s.http_workers ? `serve --workers ${s.http_workers.workers}` : 'serve');

export const TARGETS: Target[] = [
  { name: () => 'headline p50 / floor', value: (s) => s.headline.p50_ratio, ok: (v) => v <= 2, goal: '≤ 2×' },
  {
    name: (s) => `HTTP req/s / same-config floor (${served(s)} / floor in ${s.http_workers?.workers ?? 1} workers)`,
    value: (s) => httpWorkersVsFloor(s),
    ok: (v) => v >= 0.8,
    goal: '≥ 0.8',
    beside: (s) => `${httpVsFloor(s)} (${n(s.http.rps)} / ${s.http_floor ? n(s.http_floor.rps) : '–'} req/s)`,
  },
  {
    name: (s) => `HTTP p99 (ms), ${served(s)}`,
    value: (s) => s.http_workers?.p99_ms ?? NaN,
    ok: (v) => v < 50,
    goal: '< 50 ms',
    beside: (s) => `${s.http.p99_ms} ms (floor ${s.http_floor?.p99_ms ?? '–'} ms)`,
  },
  { name: () => 'extraction MB/s per core', value: (s) => s.extract.mb_per_s, ok: (v) => v >= 1, goal: '≥ 1' },
  { name: () => 'ingest reports/s (2 cores)', value: (s) => s.ingest.reports_per_s, ok: (v) => v >= 600, goal: '≥ 600' },
  { name: () => 'cold start (s)', value: (s) => s.cold_start_s, ok: (v) => v < 2, goal: '< 2 s' },
  { name: () => 'memory per directive (bytes)', value: (s) => s.memory.bytes_per_directive, ok: (v) => v <= 2048, goal: '≤ 2 KB' },
];

/** Rebuilds a run from results.json (to re-render BENCHMARKS.md after editing the findings). */
export function runFromResults(results: Record<string, unknown>): BenchRun {
  return {
    command: results.command as string,
    date: results.date as string,
    machine: results.machine as MachineInfo,
    seed: (results.seed as number | undefined) ?? 42,
    scales: results.all_scales as ScaleFigures[],
    bareYoga: { rps: results.bare_yoga_rps as number, p99_ms: results.bare_yoga_p99_ms as number },
  };
}

/** The flat figures `npm run bench -- --quick` promises, for the largest scale measured. */
export function resultsJson(run: BenchRun): Record<string, unknown> {
  const s = run.scales[run.scales.length - 1];
  return {
    scale_directives: s.directives,
    scale_reports: s.reports,
    headline_p50_ratio: s.headline.p50_ratio,
    deep_p50_ratio: s.deep.p50_ratio,
    http_rps_vs_floor: httpVsFloor(s),
    http_workers_rps_vs_floor: httpWorkersVsFloor(s),
    http_floor_rps: s.http_floor?.rps ?? null,
    http_floor_workers_rps: s.http_floor_workers?.rps ?? null,
    http_floor_workers_p99_ms: s.http_floor_workers?.p99_ms ?? null,
    http_workers_rps: s.http_workers?.rps ?? null,
    http_workers_p99_ms: s.http_workers?.p99_ms ?? null,
    http_floor_p99_ms: s.http_floor?.p99_ms ?? null,
    http_rps_ratio: round(s.http.rps / run.bareYoga.rps, 3),
    http_p99_ms: s.http.p99_ms,
    extract_mb_per_s: s.extract.mb_per_s,
    ingest_reports_per_s: s.ingest.reports_per_s,
    cold_start_s: s.cold_start_s,
    bytes_per_directive: s.memory.bytes_per_directive,
    store_calls_headline: s.headline.store_calls,
    store_calls_deep: s.deep.store_calls,
    headline_p50_with_transport_ratio: round(s.headline.p50_ms / (s.headline.floor_p50_ms + s.bare_fetch_p50_ms), 2),
    bare_fetch_p50_ms: s.bare_fetch_p50_ms,
    headline_p50_ms: s.headline.p50_ms,
    headline_p99_ms: s.headline.p99_ms,
    deep_p50_ms: s.deep.p50_ms,
    deep_p99_ms: s.deep.p99_ms,
    http_rps: s.http.rps,
    bare_yoga_rps: run.bareYoga.rps,
    bare_yoga_p99_ms: run.bareYoga.p99_ms,
    seed: run.seed,
    ingest_directives_per_s: s.ingest.directives_per_s,
    store_bytes: s.store_bytes,
    date: run.date,
    command: run.command,
    machine: run.machine,
    all_scales: run.scales,
  };
}

/** The issue's targets are stated at 100k directives: that scale when measured, else the largest. */
export const TARGET_SCALE = 100_000;

function targetScale(run: BenchRun): ScaleFigures {
  return run.scales.find((s) => s.directives === TARGET_SCALE) ?? run.scales[run.scales.length - 1];
}

/** Figures whose growth with the corpus BENCHMARKS.md shows, as numbers. */
const GROWTH: { label: string; value: (s: ScaleFigures) => number | undefined }[] = [
  { label: 'ingest reports/s', value: (s) => s.ingest.reports_per_s },
  { label: 'store on disk (MB)', value: (s) => round(s.store_bytes / 1e6, 1) },
  { label: 'memory per directive (B)', value: (s) => s.memory.bytes_per_directive },
  { label: 'cold start (s)', value: (s) => s.cold_start_s },
  { label: 'headline p50 (ms)', value: (s) => s.headline.p50_ms },
  { label: 'headline p99 (ms)', value: (s) => s.headline.p99_ms },
  { label: 'deep p50 (ms)', value: (s) => s.deep.p50_ms },
  { label: 'deep p99 (ms)', value: (s) => s.deep.p99_ms },
  { label: 'HTTP req/s, 1 process', value: (s) => s.http.rps },
  { label: 'HTTP p99 (ms), 1 process', value: (s) => s.http.p99_ms },
  { label: 'HTTP req/s, serve --workers', value: (s) => s.http_workers?.rps },
  { label: 'HTTP floor req/s', value: (s) => s.http_floor?.rps },
  { label: 'HTTP floor req/s, same workers', value: (s) => s.http_floor_workers?.rps },
];

/** Each figure per scale, then the factor from each scale to the next (×10 directives each, on the curve). */
function growthTable(run: BenchRun): string[] {
  const pairs = run.scales.slice(1).map((s, i) => [run.scales[i], s] as const);
  const factor = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || a === 0 ? '–' : `${round(b / a, 2)}×`);
  return [
    `| figure | ${run.scales.map((s) => n(s.directives)).join(' | ')} | ${pairs.map(([a, b]) => `${n(a.directives)} → ${n(b.directives)}`).join(' | ')} |`,
    `|---|${[...run.scales, ...pairs].map(() => '---').join('|')}|`,
    ...GROWTH.map((g) => `| ${g.label} | ${run.scales.map((s) => (g.value(s) === undefined ? '–' : n(g.value(s) as number))).join(' | ')} | ${pairs.map(([a, b]) => factor(g.value(a), g.value(b))).join(' | ')} |`),
  ];
}

const n = (v: number) => v.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function benchmarksMarkdown(run: BenchRun, findings: string): string {
  const cols = run.scales.map((s) => `${n(s.directives)} directives`);
  const row = (label: string, f: (s: ScaleFigures) => string) => `| ${label} | ${run.scales.map(f).join(' | ')} |`;
  const target = targetScale(run);
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${run.date} with \`${run.command}\` (corpus seed ${run.seed}).`,
    '',
    `Machine: ${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.memoryGb} GB RAM, ${run.machine.os}; Node ${run.machine.node}.`,
    `Load average (1 min) when the results were last written (the end of the run): ${run.machine.loadAverage}; per scale in the first row below — other processes share these cores, so every figure is a floor on what a quiet machine gives.`,
    '',
    'Corpus: generated by `npm run corpus` (scripts/corpus): Vietnamese meeting reports with 8–15 directives each,',
    'statistics, captions and remarks as distractors. Store: embedded (on disk). Queries in-process go through',
    '`yoga.fetch` (no socket); HTTP goes through `node bin/minutes-graph.js serve` on 127.0.0.1 with autocannon at',
    '32 connections; every response body was checked for `errors`.',
    '',
    'Reproduce: `npm run bench` (1k, 10k, 100k; writes this file and bench/results.json after each scale),',
    '`npm run bench -- --scales 10000,100000,1000000` (the curve; a 1M scale takes 25–60 minutes, most of it ingesting), `npm run bench -- --quick`',
    '(10k only, results.json only, under 3 minutes), `npm run bench -- --render` (this file again from results.json and',
    'bench/FINDINGS.md). The corpus alone: `npm run corpus -- --directives 100000 [--seed 42] [--out DIR]`. Cold start alone,',
    'again and again over the store the last run left in bench/out (built once when missing): `npm run bench -- --cold-start [--scales 100000] [--runs 5]`.',
    'Ingest alone, into a fresh store each run, with its CPU per report: `npm run bench -- --ingest [--scales 100000] [--runs 2] [--threads 1,2]`.',
    '',
    `## Targets (at ${n(target.directives)} directives, as the issue states them)`,
    '',
    `| target | goal | ${n(target.directives)} directives | met | one process, beside |`,
    '|---|---|---|---|---|',
    ...TARGETS.map((t) => {
      const v = t.value(target, run);
      return `| ${t.name(target)} | ${t.goal} | ${v} | ${t.ok(v) ? 'yes' : '**no**'} | ${t.beside?.(target) ?? ''} |`;
    }),
    '',
    '## All figures',
    '',
    `| | ${cols.join(' | ')} |`,
    `|---|${run.scales.map(() => '---').join('|')}|`,
    row('load average 1/5/15 min, start → end of the scale', (s) => (s.load_average ? `${s.load_average.start.join(' / ')} → ${s.load_average.end.join(' / ')}` : '–')),
    row('reports (corpus size)', (s) => `${n(s.reports)} (${s.corpus_mb} MB)`),
    row('extraction MB/s per core', (s) => `${s.extract.mb_per_s}`),
    row('floor: NFC + whitespace split, MB/s', (s) => `${s.extract.floor_mb_per_s}`),
    row('ingest reports/s', (s) => n(s.ingest.reports_per_s)),
    row('ingest directives/s', (s) => n(s.ingest.directives_per_s)),
    row('ingest CPU per report (every thread of the ingest process)', (s) => (s.ingest.cpu_ms_per_report === undefined ? '–' : `${s.ingest.cpu_ms_per_report} ms`)),
    row('reports written joined with another report of their meeting', (s) => (s.ingest.joined === undefined ? '–' : n(s.ingest.joined))),
    row('directives stored (extracted)', (s) => n(s.ingest.directives_stored)),
    row('store size on disk', (s) => mb(s.store_bytes)),
    row('memory per directive (heap after GC)', (s) => `${n(s.memory.bytes_per_directive)} B`),
    row('cold start (spawn → first answer)', (s) => `${s.cold_start_s} s`),
    row('headline p50 / p99 (timed runs)', (s) => `${s.headline.p50_ms} / ${s.headline.p99_ms} ms (${s.headline.samples})`),
    row('headline floor p50 / p99', (s) => `${s.headline.floor_p50_ms} / ${s.headline.floor_p99_ms} ms`),
    row('headline p50 ratio', (s) => `${s.headline.p50_ratio}×`),
    row('bare yoga.fetch `{ hello }` p50 (transport)', (s) => `${s.bare_fetch_p50_ms} ms`),
    row('headline p50 / (floor + transport)', (s) => `${round(s.headline.p50_ms / (s.headline.floor_p50_ms + s.bare_fetch_p50_ms), 2)}×`),
    row('headline totalCount', (s) => n(s.headline.result_size)),
    row('deep p50 / p99 (timed runs)', (s) => `${s.deep.p50_ms} / ${s.deep.p99_ms} ms (${s.deep.samples})`),
    row('deep floor p50 / p99', (s) => `${s.deep.floor_p50_ms} / ${s.deep.floor_p99_ms} ms`),
    row('deep p50 ratio', (s) => `${s.deep.p50_ratio}×`),
    row('deep p50 / (floor + transport)', (s) => `${round(s.deep.p50_ms / (s.deep.floor_p50_ms + s.bare_fetch_p50_ms), 2)}×`),
    row('store calls: headline', (s) => `${s.headline.store_calls} (${Object.entries(s.headline.store_calls_by_method).map(([k, v]) => `${k} ${v}`).join(', ')})`),
    row('store calls: deep', (s) => `${s.deep.store_calls} (${Object.entries(s.deep.store_calls_by_method).map(([k, v]) => `${k} ${v}`).join(', ')})`),
    row('HTTP req/s (headline)', (s) => n(s.http.rps)),
    row('HTTP p50 / p99', (s) => `${s.http.p50_ms} / ${s.http.p99_ms} ms`),
    row('HTTP req/s, p99: serve --workers (cores)', (s) => (s.http_workers ? `${n(s.http_workers.rps)}, ${s.http_workers.p99_ms} ms (${s.http_workers.workers} workers)` : '–')),
    row('HTTP floor req/s (same query, yoga over precomputed objects)', (s) => (s.http_floor ? n(s.http_floor.rps) : '–')),
    row('HTTP floor p50 / p99', (s) => (s.http_floor ? `${s.http_floor.p50_ms} / ${s.http_floor.p99_ms} ms` : '–')),
    row('HTTP / same-query floor req/s (one process each)', (s) => `${httpVsFloor(s)}`),
    row('HTTP floor req/s, p99 in the same workers (node:cluster)', (s) => (s.http_floor_workers ? `${n(s.http_floor_workers.rps)}, ${s.http_floor_workers.p99_ms} ms (${s.http_floor_workers.workers} workers)` : '–')),
    row('HTTP serve --workers / floor in the same workers, req/s', (s) => `${httpWorkersVsFloor(s)}`),
    row('HTTP / bare yoga `{ hello }` req/s', (s) => `${round(s.http.rps / run.bareYoga.rps, 2)}`),
    row('HTTP responses with errors / non-2xx', (s) => `${s.http.error_bodies} / ${s.http.non2xx}`),
    '',
    `Bare yoga (\`{ hello }\`, same machine, same autocannon settings): ${n(run.bareYoga.rps)} req/s, p99 ${run.bareYoga.p99_ms} ms.`,
    '',
    ...(run.scales.length > 1 ? ['## Growth', '', ...growthTable(run), ''] : []),
    '## Findings',
    '',
    findings.trim(),
    '',
  ];
  return lines.join('\n');
}
