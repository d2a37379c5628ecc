// HTTP throughput with autocannon (32 connections, loopback only): the API answering the
// headline query, next to yoga answering the same query from precomputed objects (the floor)
// and a bare yoga server answering a trivial one. Every response body is
// checked for "errors"; a response with errors counts as a mismatch.
import autocannon from 'autocannon';
import { round } from '../stats';
import { freePort, startMinutesGraph, startProcess, waitForAnswer, waitForListeners, type RunningServer } from './server-process';

export interface HttpFigures {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Responses whose body held "errors". */
  error_bodies: number;
}

/**
 * Seconds of the same load before the measured run, for every server alike: the first requests
 * of a fresh process run unoptimised code (V8 has not compiled the hot paths yet, the API has
 * not compiled the query), which is start-up, not throughput.
 */
const WARM_UP_SECONDS = 3;

async function load(port: number, body: string, seconds: number): Promise<HttpFigures> {
  await run(port, body, WARM_UP_SECONDS);
  const result = await run(port, body, seconds);
  return {
    rps: round(result.requests.average, 0),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    error_bodies: result.mismatches,
  };
}

function run(port: number, body: string, seconds: number) {
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: 32,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    verifyBody: (text: string) => !text.includes('"errors"'),
  });
}

/** Long enough for a million directives to load (about a minute each on a loaded machine). */
const START_TIMEOUT_MS = 600_000;

async function withServer<T>(start: (port: number) => RunningServer, probe: string, use: (port: number, server: RunningServer) => Promise<T>): Promise<T> {
  const port = await freePort();
  const server = start(port);
  try {
    if (!(await waitForAnswer(port, probe, START_TIMEOUT_MS))) throw new Error(`server on port ${port} never answered`);
    return await use(port, server);
  } finally {
    await server.stop();
  }
}

/** `workers` > 1: `serve --workers N` (node:cluster); the load starts once every worker listens. */
export function measureApiHttp(dataDir: string, body: string, seconds: number, workers = 1): Promise<HttpFigures> {
  return withServer((port) => startMinutesGraph(dataDir, port, workers), body, async (port, server) => {
    if (workers > 1 && !(await waitForListeners(server, workers, START_TIMEOUT_MS, /GraphQL and GraphiQL at/g))) throw new Error(`not every one of ${workers} workers started`);
    return load(port, body, seconds);
  });
}

/**
 * The same query served by bench/floor-yoga.ts from the API's captured answer, in the same
 * configuration as the server figure it is compared with: `workers` > 1 runs it in that many
 * node:cluster workers, as `serve --workers N` does.
 */
export function measureFloorHttp(script: string, answerFile: string, body: string, seconds: number, workers = 1): Promise<HttpFigures> {
  const clustered = workers > 1 ? ['--workers', String(workers)] : [];
  return withServer((port) => startProcess([script, String(port), answerFile, ...clustered], port), body, async (port, server) => {
    if (workers > 1 && !(await waitForListeners(server, workers, START_TIMEOUT_MS, /floor listening on/g))) throw new Error(`not every one of ${workers} floor workers started`);
    return load(port, body, seconds);
  });
}

export function measureBareYogaHttp(script: string, seconds: number): Promise<HttpFigures> {
  const body = JSON.stringify({ query: '{ hello }' });
  return withServer((port) => startProcess([script, String(port)], port), body, (port) => load(port, body, seconds));
}
