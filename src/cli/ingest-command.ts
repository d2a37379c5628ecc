// `minutes-graph ingest [--urls FILE] <files|dirs|URLs>`: reads reports into the store. One line per file as it
// is acknowledged by the store (on a terminal, a progress counter first), failures on stderr
// without stopping the batch, and a summary line at the end. Exit 1 if any file failed.
import { collectInputs, collectUrlList } from '../ingest/collect-inputs';
import { ingestInputs, type IngestOutcome, type IngestSummary } from '../ingest/ingest-files';
import type { StorePort } from '../store/port';
import { publishedDateProblem } from './dates';
import { UsageError, type CliIO } from './io';

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
  const summary = await ingestInputs(items, store, {
    published: args.published,
    onOutcome: (outcome, index, total) => reportOutcome(outcome, index, total, io),
  });
  io.stdout(summaryLine(summary));
  return summary.failed > 0 ? 1 : 0;
}

function reportOutcome(outcome: IngestOutcome, index: number, total: number, io: CliIO): void {
  const progress = io.isTTY ? `[${index + 1}/${total}] ` : '';
  if (outcome.ok) {
    const verb = outcome.changed ? 'ingested' : 'unchanged';
    io.stdout(`${progress}${verb} ${outcome.path} -> ${outcome.documentId} (${outcome.directives} directives, ${outcome.encoding})`);
  } else {
    io.stderr(`${progress}skipped ${outcome.path}: ${outcome.message}`);
  }
}

export function summaryLine(s: IngestSummary): string {
  return `ingest: ${s.ok} document(s) stored (${s.unchanged} unchanged), ${s.failed} failed, ${s.directives} directives`;
}
