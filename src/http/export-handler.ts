// Download routes for the exports, next to the page: GET /export/<format>.
//   /export/gexf, /export/graphml, /export/popolo   one file
//   /export/csv                                      every CSV in one .tar
//   /export/csv/<nodes-Agency.csv …>                 one CSV
//   /export/neo4j-csv                                the neo4j-admin import files in one .tar
// Returns false for other paths. Rendering reads the whole store, so it is async; errors
// become a 500 with the message, never a crashed server.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { nodeCsvName, edgeCsvName } from '../export/csv';
import { DIRECTIVE_SHEET } from '../export/directive-sheet';
import { isSingleFileFormat, renderCsvFiles, renderSingleFile, SINGLE_FILE_FORMATS, type SingleFileFormat } from '../export/formats';
import { toTar } from '../export/tar';
import { EDGE_TYPES, NODE_LABELS } from '../graph/model';
import { writeNeo4jImportCsv } from '../store/neo4j/export-csv';
import type { StorePort } from '../store/port';
import type { OptionalHandler } from './static-handler';

export const EXPORT_PREFIX = '/export/';

export interface ExportHandlerOptions {
  /** Modification time written into tar archives. */
  clock: () => Date;
}

const CSV_NAMES = new Set([DIRECTIVE_SHEET, ...NODE_LABELS.map(nodeCsvName), ...EDGE_TYPES.map(edgeCsvName)]);

type ExportRoute =
  | { kind: 'single'; format: SingleFileFormat }
  | { kind: 'csv-tar' }
  | { kind: 'csv-file'; name: string }
  | { kind: 'neo4j-tar' };

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

/** The neo4j-admin files are written by the adapter's exporter; it writes a directory. */
async function neo4jImportTar(store: StorePort, mtime: Date): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'minutes-graph-neo4j-csv-'));
  try {
    const { files } = await writeNeo4jImportCsv(store, dir);
    const entries = [];
    for (const file of files) entries.push({ name: `minutes-graph-neo4j-csv/${basename(file)}`, content: await readFile(file) });
    return toTar(entries, mtime);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function respond(store: StorePort, route: ExportRoute, res: ServerResponse, options: ExportHandlerOptions & { bom: boolean }, head: boolean): Promise<void> {
  let body: Buffer;
  let type: string;
  let fileName: string;
  if (route.kind === 'single') {
    body = Buffer.from(await renderSingleFile(store, route.format), 'utf8');
    ({ contentType: type, fileName } = SINGLE_FILE_FORMATS[route.format]);
  } else if (route.kind === 'neo4j-tar') {
    body = await neo4jImportTar(store, options.clock());
    type = 'application/x-tar';
    fileName = 'minutes-graph-neo4j-csv.tar';
  } else {
    // ?bom=1: a byte-order mark for Excel.
    const files = await renderCsvFiles(store, { bom: options.bom });
    if (route.kind === 'csv-file') {
      const file = files.find((f) => f.name === route.name);
      body = Buffer.from(file?.content ?? '', 'utf8');
      type = 'text/csv; charset=utf-8; header=present';
      fileName = route.name;
    } else {
      body = toTar(files.map((f) => ({ name: `minutes-graph-csv/${f.name}`, content: f.content })), options.clock());
      type = 'application/x-tar';
      fileName = 'minutes-graph-csv.tar';
    }
  }
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'content-disposition': attachment(fileName), 'cache-control': 'no-store' });
  res.end(head ? undefined : body);
}

export function createExportHandler(store: StorePort, options: ExportHandlerOptions): OptionalHandler {
  return (req, res) => {
    const [urlPath, search = ''] = (req.url ?? '/').split('?');
    const route = exportRoute(urlPath);
    if (route === null) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Method ${req.method} not allowed on ${urlPath}\n`);
      return true;
    }
    respond(store, route, res, { ...options, bom: new URLSearchParams(search).get('bom') === '1' }, req.method === 'HEAD').catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Export failed: ${err instanceof Error ? err.message : String(err)}\n`);
    });
    return true;
  };
}
