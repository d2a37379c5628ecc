// `minutes-graph export --format gexf|graphml|csv|popolo|neo4j-csv|network-csv [--out PATH]`: the graph
// for Gephi, networkx, spreadsheets or neo4j-admin import. One-document formats go to
// --out or stdout; the CSV sets need --out (a directory). With --out on a terminal, a
// progress bar on stderr names the step under way.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat, isSingleFileFormat, renderCsvFiles, renderSnapshot, type ExportFormat } from '../export/formats';
import { readSnapshot } from '../export/snapshot';
import type { StorePort } from '../store/port';
import { writeNeo4jImportCsv } from '../store/neo4j/export-csv';
import type { CliIO } from './io';
import { startProgress, type Progress } from './progress';

export type ExportIO = CliIO;

interface ExportArgs {
  format: ExportFormat;
  out: string | null;
  bom: boolean;
}

/** The options as a parser hands them over, before they are checked. */
export interface ExportOptions {
  format?: string;
  out?: string;
  bom?: boolean;
}

const USAGE = `usage: minutes-graph export --format ${EXPORT_FORMATS.join('|')} [--out PATH] [--bom]`;

/** The arguments, or a message saying what is wrong with them. */
export function parseExportArgs(argv: string[]): ExportArgs | { error: string } {
  let values: ExportOptions;
  try {
    ({ values } = parseArgs({ args: argv, options: { format: { type: 'string' }, out: { type: 'string' }, bom: { type: 'boolean' } }, allowPositionals: false, strict: true }));
  } catch (err) {
    return { error: (err as Error).message };
  }
  return checkExportOptions(values);
}

/** The checked arguments, or a message saying what is wrong with them. */
export function checkExportOptions(values: ExportOptions): ExportArgs | { error: string } {
  if (values.format === undefined) return { error: `--format is required (one of ${EXPORT_FORMATS.join(', ')})` };
  if (!isExportFormat(values.format)) return { error: `unknown format "${values.format}" (one of ${EXPORT_FORMATS.join(', ')})` };
  if ((values.format === 'csv' || values.format === 'neo4j-csv') && values.out === undefined) {
    return { error: `--format ${values.format} writes several files: give a directory with --out DIR` };
  }
  // `--out x.csv` used to create a directory named like a file.
  if ((values.format === 'csv' || values.format === 'neo4j-csv') && extname(values.out ?? '').toLowerCase() === '.csv') {
    return { error: `--format ${values.format} writes several files: --out must name a directory, not the file "${values.out}"` };
  }
  if (values.bom === true && values.format !== 'csv') return { error: '--bom is for --format csv (spreadsheets)' };
  return { format: values.format, out: values.out ?? null, bom: values.bom === true };
}

export async function exportCommand(argv: string[], io: ExportIO, openStore: () => Promise<StorePort>): Promise<number> {
  return runExportCommand(parseExportArgs(argv), io, openStore);
}

/** The command once its arguments are parsed (by the CLI's parser or by exportCommand). */
export async function runExportCommand(args: ExportArgs | { error: string }, io: ExportIO, openStore: () => Promise<StorePort>): Promise<number> {
  if ('error' in args) {
    io.stderr(`export: ${args.error}\n${USAGE}`);
    return 2;
  }
  // A bar (on a terminal, when the export goes to --out) over its steps: open, read, render, write.
  const progress = startProgress(io, 'export', args.out === null ? 0 : 4, { needsStdoutTTY: false, item: 'opening the store' });
  try {
    const store = await openStore();
    try {
      progress.tick('reading the graph');
      await runExport(store, args, io, progress);
      return 0;
    } finally {
      await store.close();
    }
  } finally {
    progress.stop();
  }
}

async function runExport(store: StorePort, args: ExportArgs, io: ExportIO, progress: Progress): Promise<void> {
  const { format, out } = args;
  if (isSingleFileFormat(format)) {
    const snapshot = await readSnapshot(store);
    progress.tick(`rendering ${format}`);
    const text = renderSnapshot(snapshot, format);
    if (out === null) {
      io.stdout(text);
      return;
    }
    progress.tick(`writing ${out}`);
    await mkdir(dirname(resolve(out)), { recursive: true });
    await writeFile(out, text, 'utf8');
    progress.stop();
    io.stderr(`export: wrote ${format} to ${out}`);
    return;
  }
  const dir = out as string; // parseExportArgs requires --out for the CSV sets
  if (format === 'neo4j-csv') {
    const written = await writeNeo4jImportCsv(store, dir);
    progress.stop();
    io.stderr(`export: wrote ${written.files.length} neo4j-admin import files to ${dir} (${written.nodes} nodes, ${written.edges} relationships)`);
    return;
  }
  await mkdir(dir, { recursive: true });
  const files = await renderCsvFiles(store, { bom: args.bom });
  progress.tick(`rendering ${files.length} CSV files`);
  progress.tick(`writing them to ${dir}`);
  for (const file of files) await writeFile(join(dir, file.name), file.content, 'utf8');
  progress.stop();
  io.stderr(`export: wrote ${files.length} CSV files to ${dir} (${files.reduce((n, f) => n + f.rows, 0)} rows)`);
}
