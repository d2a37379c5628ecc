// `minutes-graph ingest [--urls FILE] <files|dirs|URLs>`: reads reports into the store. One line per file as it
// is acknowledged by the store (on a terminal above a progress bar), failures on stderr
// without stopping the batch, and a summary line at the end. Exit 1 if any file failed.
import { collectInputs, collectUrlList } from '../ingest/collect-inputs';
import { ingestInputs, type IngestSummary } from '../ingest/ingest-files';
import { isStoreError } from '../store/errors';
import type { StorePort } from '../store/port';
import { BatchTally, type TalliedOutcome } from './batch-tally';
import { publishedDateProblem } from './dates';
import { UsageError, type CliIO } from './io';
import { printableName } from './printable';
import { startProgress, type Progress } from './progress';

export interface IngestArgs {
  paths: string[];
  published: string | null;
  /** A file of URLs, one a line (`--urls FILE`). */
  urlList: string | null;
}

export function validateIngestArgs(paths: string[], published: string | undefined, urlList?: string): IngestArgs {
  if (paths.length === 0 && urlList === undefined) throw new UsageError('ingest needs at least one file, directory or URL (or --urls FILE)');
  const problem = published === undefined ? null : publishedDateProblem(published);
  if (problem !== null) throw new UsageError(problem);
  return { paths, published: published ?? null, urlList: urlList ?? null };
}

export async function ingestCommand(args: IngestArgs, store: StorePort, io: CliIO): Promise<number> {
  const items = [...(await collectInputs(args.paths)), ...(args.urlList === null ? [] : await collectUrlList(args.urlList))];
  const tally = new BatchTally();
  const progress = startProgress(io, 'ingest', items.length, { needsStdoutTTY: true });
  let stopped: unknown = null;
  try {
    await ingestInputs(items, store, {
      published: args.published,
      onOutcome: (outcome) => reportOutcome(tally.add(outcome), progress),
    });
  } catch (err) {
    // The store stopped the batch (a full disk, a lost lock): what was acknowledged stays
    // acknowledged, and the summary says so and why the rest was not stored.
    stopped = err;
  } finally {
    progress.stop();
  }
  if (stopped !== null) {
    io.stdout(`${summaryLine(tally.summary)}; stopped: ${storeStopReason(stopped)}`);
    return 1;
  }
  io.stdout(summaryLine(tally.summary));
  return tally.summary.failed > 0 ? 1 : 0;
}

function reportOutcome(entry: TalliedOutcome, progress: Progress): void {
  const { outcome } = entry;
  const name = printableName(outcome.path);
  if (!outcome.ok) progress.err(`skipped ${name}: ${outcome.message}`);
  else if (entry.duplicateOf !== null) progress.out(`duplicate ${name} -> ${outcome.documentId} (same document as ${printableName(entry.duplicateOf)} in this batch)`);
  else {
    const verb = outcome.changed ? 'ingested' : 'unchanged';
    const joined = outcome.joinedWith.length === 0 ? '' : `; same meeting as ${outcome.joinedWith.join(', ')}`;
    progress.out(`${verb} ${name} -> ${outcome.documentId} (${outcome.directives} directives, ${outcome.encoding}${joined})`);
  }
  if (outcome.ok) for (const warning of outcome.warnings ?? []) progress.err(`warning: ${name}: ${warning}`);
  progress.tick(name);
}

export function summaryLine(s: IngestSummary & { duplicates?: number }): string {
  const duplicates = s.duplicates ? `, ${s.duplicates} duplicate(s) in this batch` : '';
  return `ingest: ${s.ok} document(s) stored (${s.unchanged} unchanged${duplicates}), ${s.failed} failed, ${s.directives} directives`;
}

function storeStopReason(err: unknown): string {
  if (isStoreError(err) && err.code === 'STORE_FULL') return `the disk is full (ENOSPC): ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}
