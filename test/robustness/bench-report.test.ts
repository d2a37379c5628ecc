// The targets table compares each HTTP figure with the floor in the same configuration: the
// default deployment (a worker per core) with the floor in as many workers, and the one-process
// pair beside it. Built from the last run's 100k figures (bench/results.json) plus a floor in
// two workers, so the rows are checked against numbers a run really gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchmarksMarkdown, httpVsFloor, httpWorkersVsFloor, runFromResults, type BenchRun } from '../../bench/report';
import type { ScaleFigures } from '../../bench/scale-run';
import { REPO } from './support/bundle';

const last = runFromResults(JSON.parse(readFileSync(join(REPO, 'bench/results.json'), 'utf8')) as Record<string, unknown>);
const at100k = last.scales.find((s) => s.directives === 100_000) as ScaleFigures;
const floorWorkers = { rps: 2000, p50_ms: 15, p99_ms: 40, requests: 20_000, non2xx: 0, errors: 0, error_bodies: 0, workers: 2 };
const run: BenchRun = { ...last, scales: [{ ...at100k, http: { ...at100k.http, rps: 951, p99_ms: 78 }, http_floor: { ...at100k.http_floor, rps: 1096, p99_ms: 53 }, http_workers: { ...at100k.http_workers, rps: 1624, p99_ms: 43, workers: 2 }, http_floor_workers: floorWorkers }] };
const targetRow = (markdown: string, start: string) => markdown.split('\n').find((line) => line.startsWith(`| ${start}`));

describe('the HTTP targets pair each server with its floor in the same configuration', () => {
  const markdown = benchmarksMarkdown(run, 'findings');
  test.each([
    ['HTTP req/s / same-config floor (serve --workers 2 / floor in 2 workers)', '| ≥ 0.8 | 0.81 | yes | 0.87 (951 / 1,096 req/s) |'],
    ['HTTP p99 (ms), serve --workers 2', '| < 50 ms | 43 | yes | 78 ms (floor 53 ms) |'],
  ])('%s', (name, rest) => {
    expect(targetRow(markdown, name)).toBe(`| ${name} ${rest}`);
  });

  test('the ratios divide like with like', () => {
    expect(httpWorkersVsFloor(run.scales[0])).toBe(0.81);
    expect(httpVsFloor(run.scales[0])).toBe(0.87);
  });

  test('a run without the floor in workers (older results) reports no same-config ratio', () => {
    expect(httpWorkersVsFloor({ ...run.scales[0], http_floor_workers: undefined })).toBeNaN();
  });
});
