// Every figure for one corpus size: generate, extract, ingest, size, memory, cold start,
// in-process queries, HTTP load.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open-store';
import { writeCorpus } from '../scripts/corpus/write-corpus';
import { spawnChild, type IngestChildResult, type MemoryChildResult } from './measure/child';
import { measureColdStart } from './measure/cold-start';
import { directoryBytes } from './measure/disk';
import { extractionSample, measureExtraction, type ExtractFigures } from './measure/extract';
import { measureApiHttp, measureFloorHttp, type HttpFigures } from './measure/http';
import { bareYogaInProcessP50 } from './measure/bare-in-process';
import { measureQuery, type QueryFigures } from './measure/queries';
import { DEEP_QUERY, HEADLINE_QUERY, HEADLINE_VARIABLES } from './queries';
import { round } from './stats';

export interface ScaleFigures {
  directives: number;
  reports: number;
  corpus_mb: number;
  extract: ExtractFigures;
  ingest: { seconds: number; reports_per_s: number; directives_per_s: number; directives_stored: number; failed: number; cpu_ms_per_report?: number; joined?: number };
  store_bytes: number;
  memory: { heap_bytes: number; external_bytes: number; rss_bytes: number; bytes_per_directive: number };
  cold_start_s: number;
  headline: QueryFigures;
  deep: QueryFigures;
  /** p50 of a bare yoga.fetch round trip for `{ hello }`: the transport part of every p50. */
  bare_fetch_p50_ms: number;
  http: HttpFigures;
  /** `serve --workers <cores>`: the same load over every core. */
  http_workers: HttpFigures & { workers: number };
  /** The same headline query over HTTP, yoga over the API's captured answer (bench/floor-yoga.ts), one process. */
  http_floor: HttpFigures;
  /** The same floor in as many node:cluster workers as `http_workers`: the same-configuration pair. */
  http_floor_workers?: HttpFigures & { workers: number };
  /** os.loadavg() (1, 5, 15 min) when the scale started and ended: other sessions share the cores. */
  load_average: { start: number[]; end: number[] };
}

export interface ScaleOptions {
  directives: number;
  seed: number;
  workDir: string;
  script: string;
  /** bench/out/floor-yoga.js */
  floorScript: string;
  httpSeconds: number;
  queryIterations: number;
  log: (line: string) => void;
}

export async function runScale(o: ScaleOptions): Promise<ScaleFigures> {
  const loadAtStart = loadavg().map((l) => round(l, 2));
  const corpusDir = join(o.workDir, `corpus-${o.directives}`);
  const dataDir = join(o.workDir, `data-${o.directives}`);
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(`${corpusDir}-gold`, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });

  const corpus = writeCorpus({ directives: o.directives, seed: o.seed, out: corpusDir });
  o.log(`corpus: ${corpus.reports} reports, ${(corpus.bytes / 1e6).toFixed(1)} MB`);

  const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as { documents: { file: string; published: string }[] };
  const texts = extractionSample(manifest.documents.map((d) => ({ text: readFileSync(join(corpusDir, d.file), 'utf8'), published: d.published })));
  const extract = measureExtraction(texts);
  o.log(`extract: ${extract.mb_per_s} MB/s over ${extract.mb} MB (floor ${extract.floor_mb_per_s} MB/s)`);

  const ingested = spawnChild<IngestChildResult>(o.script, 'ingest', [corpusDir, dataDir]);
  if (ingested.failed > 0) o.log(`ingest: ${ingested.failed} failed, first: ${ingested.firstFailure}`);
  const ingest = {
    seconds: round(ingested.seconds, 2),
    reports_per_s: round(ingested.reports / ingested.seconds, 0),
    directives_per_s: round(ingested.directives / ingested.seconds, 0),
    directives_stored: ingested.directives,
    failed: ingested.failed,
    // CPU of every thread of the ingest child: what a report costs, whatever else shares the cores.
    cpu_ms_per_report: round((1000 * ingested.cpu_seconds) / Math.max(1, ingested.reports), 2),
    joined: ingested.joined,
  };
  o.log(`ingest: ${ingest.reports_per_s} reports/s, ${ingest.directives_per_s} directives/s, CPU ${ingest.cpu_ms_per_report} ms/report, ${ingest.joined} joined`);
  const storeBytes = directoryBytes(dataDir);

  const mem = spawnChild<MemoryChildResult>(o.script, 'memory', [dataDir]);
  const memory = { ...mem, bytes_per_directive: round(mem.heap_bytes / Math.max(1, mem.directives), 0) };
  o.log(`memory: ${memory.bytes_per_directive} B/directive (heap ${(mem.heap_bytes / 1e6).toFixed(1)} MB)`);

  const headlineBody = JSON.stringify({ query: HEADLINE_QUERY, variables: HEADLINE_VARIABLES });
  const coldStart = await measureColdStart(dataDir, headlineBody);
  o.log(`cold start: ${coldStart} s`);

  const answerFile = join(o.workDir, `headline-answer-${o.directives}.json`);
  const store = await openStore({ kind: 'embedded', dir: dataDir });
  let headline: QueryFigures;
  let deep: QueryFigures;
  try {
    headline = await measureQuery(store, HEADLINE_QUERY, HEADLINE_VARIABLES, o.queryIterations, (data) => writeFileSync(answerFile, JSON.stringify(data)));
    o.log(`headline: p50 ${headline.p50_ms} ms, floor ${headline.floor_p50_ms} ms, ratio ${headline.p50_ratio}, ${headline.store_calls} store calls`);
    deep = await measureQuery(store, DEEP_QUERY, {}, o.queryIterations);
    o.log(`deep: p50 ${deep.p50_ms} ms, floor ${deep.floor_p50_ms} ms, ratio ${deep.p50_ratio}, ${deep.store_calls} store calls`);
  } finally {
    await store.close();
  }
  const bareFetch = await bareYogaInProcessP50(o.queryIterations * 3);
  o.log(`bare yoga.fetch p50: ${bareFetch} ms`);

  // Each server figure next to the floor in the same configuration: one process, then N workers.
  const http = await measureApiHttp(dataDir, headlineBody, o.httpSeconds);
  o.log(`http: ${http.rps} req/s, p99 ${http.p99_ms} ms, ${http.error_bodies} error bodies, ${http.non2xx} non-2xx`);
  const httpFloor = await measureFloorHttp(o.floorScript, answerFile, headlineBody, o.httpSeconds);
  o.log(`http floor (same query, precomputed): ${httpFloor.rps} req/s, p99 ${httpFloor.p99_ms} ms → ${round(http.rps / httpFloor.rps, 2)}×`);
  const workers = availableParallelism();
  const httpWorkers = { ...(await measureApiHttp(dataDir, headlineBody, o.httpSeconds, workers)), workers };
  o.log(`http, ${workers} workers: ${httpWorkers.rps} req/s, p99 ${httpWorkers.p99_ms} ms, ${httpWorkers.error_bodies} error bodies`);
  const httpFloorWorkers = { ...(await measureFloorHttp(o.floorScript, answerFile, headlineBody, o.httpSeconds, workers)), workers };
  o.log(`http floor, ${workers} workers: ${httpFloorWorkers.rps} req/s, p99 ${httpFloorWorkers.p99_ms} ms → ${round(httpWorkers.rps / httpFloorWorkers.rps, 2)}×`);

  return {
    directives: o.directives,
    reports: corpus.reports,
    corpus_mb: round(corpus.bytes / 1e6, 1),
    extract,
    ingest,
    store_bytes: storeBytes,
    memory,
    cold_start_s: coldStart,
    headline,
    deep,
    bare_fetch_p50_ms: bareFetch,
    http,
    http_workers: httpWorkers,
    http_floor: httpFloor,
    http_floor_workers: httpFloorWorkers,
    load_average: { start: loadAtStart, end: loadavg().map((l) => round(l, 2)) },
  };
}
