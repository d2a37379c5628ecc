// Download routes for the exports, next to the page: GET /export/<format>.
//   /export/gexf, /export/graphml, /export/popolo   one file
//   /export/csv                                      every CSV in one .tar
//   /export/csv/<nodes-Agency.csv …>                 one CSV
//   /export/neo4j-csv                                the neo4j-admin import files in one .tar
// Returns false for other paths. With a store configuration the export renders in a worker
// thread (the event loop stays free) and streams with backpressure; at most a few run at once,
// beyond that 429 with Retry-After. Errors become a 500 with the message, never a crashed server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { nodeCsvName, edgeCsvName } from '../export/csv';
import { DEFAULT_EXPORT_POOL, ExportPool, type ExportPoolOptions } from '../export/export-worker-pool';
import { isSingleFileFormat } from '../export/formats';
import { DIRECTIVE_SHEET } from '../export/directive-sheet';
import { exportHeaders, renderExport, type ExportJob } from '../export/render-export';
import { EDGE_TYPES, NODE_LABELS } from '../graph/model';
import type { StoreConfig } from '../store/config';
import type { StorePort } from '../store/port';
import type { OptionalHandler } from './static-handler';

export const EXPORT_PREFIX = '/export/';

export interface ExportHandlerOptions {
  /** Modification time written into tar archives. */
  clock: () => Date;
  /**
   * How a worker thread opens the same store (read-only). Given, exports render there and the
   * event loop stays free; absent (tests over a temporary store), they render in-process.
   */
  storeConfig?: StoreConfig;
  pool?: ExportPoolOptions;
}

/** Seconds a client is told to wait when every export slot is busy. */
export const EXPORT_RETRY_AFTER_SECONDS = 10;

const CSV_NAMES = new Set([DIRECTIVE_SHEET, ...NODE_LABELS.map(nodeCsvName), ...EDGE_TYPES.map(edgeCsvName)]);

type ExportRoute = ExportJob;

export function exportRoute(urlPath: string): ExportRoute | null {
  if (!urlPath.startsWith(EXPORT_PREFIX)) return null;
  const rest = urlPath.slice(EXPORT_PREFIX.length);
  if (isSingleFileFormat(rest)) return { kind: 'single', format: rest };
  if (rest === 'csv') return { kind: 'csv-tar' };
  if (rest === 'neo4j-csv') return { kind: 'neo4j-tar' };
  if (rest.startsWith('csv/') && CSV_NAMES.has(rest.slice(4))) return { kind: 'csv-file', name: rest.slice(4) };
  return null;
}

function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}

function startResponse(res: ServerResponse, route: ExportRoute, length: number | null): void {
  const { type, fileName } = exportHeaders(route);
  const headers: Record<string, string | number> = { 'content-type': type, 'content-disposition': attachment(fileName), 'cache-control': 'no-store' };
  if (length !== null) headers['content-length'] = length;
  res.writeHead(200, headers);
}

/** Resolves once the response can take more (backpressure), or rejects if it closed. */
function writeDrained(res: ServerResponse, bytes: Uint8Array): Promise<void> {
  if (res.destroyed) return Promise.reject(new Error('the client went away'));
  if (res.write(bytes)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', gone);
      resolve();
    };
    const gone = () => {
      res.off('drain', done);
      reject(new Error('the client went away'));
    };
    res.once('drain', done);
    res.once('close', gone);
  });
}

async function respond(store: StorePort, route: ExportRoute, req: IncomingMessage, res: ServerResponse, options: ExportHandlerOptions, pool: ExportPool): Promise<void> {
  const head = req.method === 'HEAD';
  if (options.storeConfig === undefined || head) {
    const body = await renderExport(store, route, options.clock());
    startResponse(res, route, body.length);
    res.end(head ? undefined : body);
    return;
  }
  const aborted = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) aborted.abort();
  });
  let started = false;
  const write = (bytes: Uint8Array) => {
    if (!started) startResponse(res, route, null);
    started = true;
    return writeDrained(res, bytes);
  };
  await pool.run({ config: options.storeConfig, job: route, mtime: options.clock().toISOString() }, write, aborted.signal);
  if (!started) startResponse(res, route, 0);
  res.end();
}

export function createExportHandler(store: StorePort, options: ExportHandlerOptions): OptionalHandler {
  const pool = new ExportPool(options.pool ?? DEFAULT_EXPORT_POOL);
  if (options.storeConfig !== undefined) pool.prepare();
  return (req, res) => {
    const [urlPath, search = ''] = (req.url ?? '/').split('?');
    const found = exportRoute(urlPath);
    if (found === null) return false;
    // ?bom=1: a byte-order mark for Excel on the CSV files.
    const route: ExportRoute = (found.kind === 'csv-tar' || found.kind === 'csv-file') && new URLSearchParams(search).get('bom') === '1' ? { ...found, bom: true } : found;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Method ${req.method} not allowed on ${urlPath}\n`);
      return true;
    }
    if (!pool.tryStart()) {
      res.writeHead(429, { 'retry-after': String(EXPORT_RETRY_AFTER_SECONDS), 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Too many exports are running; try again in ${EXPORT_RETRY_AFTER_SECONDS} s.\n`);
      return true;
    }
    respond(store, route, req, res, options, pool)
      .catch((err: unknown) => {
        if (res.destroyed) return;
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`Export failed: ${err instanceof Error ? err.message : String(err)}\n`);
        } else res.destroy(); // a half-sent file must not look complete
      })
      .finally(() => pool.finished());
    return true;
  };
}
