// One HTTP export, rendered to its bytes with its content type and file name: a single-file
// format, one CSV, every CSV in a .tar, or the neo4j-admin import files in a .tar. Used in the
// server's export worker and, without one, in-process.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { StorePort } from '../store/port';
import { renderCsvFiles, renderSingleFile, SINGLE_FILE_FORMATS, type SingleFileFormat } from './formats';
import { toTar } from './tar';

export type ExportJob =
  | { kind: 'single'; format: SingleFileFormat }
  | { kind: 'csv-tar'; bom?: boolean }
  | { kind: 'csv-file'; name: string; bom?: boolean }
  | { kind: 'neo4j-tar' };

/** What the response says about the body. */
export function exportHeaders(job: ExportJob): { type: string; fileName: string } {
  if (job.kind === 'single') return { type: SINGLE_FILE_FORMATS[job.format].contentType, fileName: SINGLE_FILE_FORMATS[job.format].fileName };
  if (job.kind === 'csv-file') return { type: 'text/csv; charset=utf-8; header=present', fileName: job.name };
  if (job.kind === 'neo4j-tar') return { type: 'application/x-tar', fileName: 'minutes-graph-neo4j-csv.tar' };
  return { type: 'application/x-tar', fileName: 'minutes-graph-csv.tar' };
}

/** The neo4j-admin files are written by the adapter's exporter; it writes a directory. */
async function neo4jImportTar(store: StorePort, mtime: Date): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'minutes-graph-neo4j-csv-'));
  try {
    // Loaded here: the Neo4j driver it needs is hundreds of modules that `serve` over the
    // embedded store would otherwise load at every start for a download few ask for.
    const { writeNeo4jImportCsv } = await import('../store/neo4j/export-csv');
    const { files } = await writeNeo4jImportCsv(store, dir);
    const entries = [];
    for (const file of files) entries.push({ name: `minutes-graph-neo4j-csv/${basename(file)}`, content: await readFile(file) });
    return toTar(entries, mtime);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function renderExport(store: StorePort, job: ExportJob, mtime: Date): Promise<Buffer> {
  if (job.kind === 'single') return Buffer.from(await renderSingleFile(store, job.format), 'utf8');
  if (job.kind === 'neo4j-tar') return neo4jImportTar(store, mtime);
  const files = await renderCsvFiles(store, { bom: job.bom === true });
  if (job.kind === 'csv-file') return Buffer.from(files.find((f) => f.name === job.name)?.content ?? '', 'utf8');
  return toTar(files.map((f) => ({ name: `minutes-graph-csv/${f.name}`, content: f.content })), mtime);
}
