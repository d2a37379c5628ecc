// `minutes-graph extract [--json] [--explain] [--published YYYY-MM-DD] FILE|URL`: reads one
// report (text, web page, PDF or Word; a file or a download), normalises it, runs the extractor and prints the scorer JSON, a table, or per
// directive the sentence and the rules that fired. Bad input is a one-line message naming the
// file and the problem (exit 1), a bad command line exit 2; never a stack trace.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseManifest } from '../ingest/manifest';
import { parseArgs } from 'node:util';
import { normalizeText } from '../extract/document/normalize';
import { readOfficialLayout } from '../extract/document/official-layout';
import { readDocument } from '../extract/document/read-document';
import { extract } from '../extract/pipeline';
import { toScorerJson } from '../extract/format';
import { renderExplain, renderTable } from '../extract/render';
import { fetchDocument } from '../ingest/fetch-url';
import { readRegularFile } from '../ingest/read-regular-file';
import { utf8DamageWarning } from '../text/utf8-damage';
import { publishedDateProblem } from './dates';

export interface ExtractIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

const USAGE = 'usage: minutes-graph extract [--json] [--explain] [--published YYYY-MM-DD] FILE|URL';

export interface ExtractArgs {
  file: string;
  json?: boolean;
  explain?: boolean;
  published?: string;
}

function fileError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

async function manifestDate(file: string): Promise<string | null> {
  let json: string;
  try {
    json = await readFile(join(dirname(file), 'manifest.json'), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null; // no manifest beside the file
    throw err;
  }
  const parsed = parseManifest(json, join(dirname(file), 'manifest.json'));
  if (!parsed.ok) return null;
  return parsed.entries.find((e) => e.file === basename(file))?.published ?? null;
}

type Input = { ok: true; bytes: Uint8Array; contentType: string | null } | { ok: false; message: string };

/** The bytes of a file, or of an http(s) URL downloaded with the ingest limits. */
async function readInput(file: string): Promise<Input> {
  if (/^https?:\/\//i.test(file)) {
    const fetched = await fetchDocument(file);
    return fetched.ok ? { ok: true, bytes: fetched.bytes, contentType: fetched.contentType } : { ok: false, message: `${fetched.message} (${fetched.code})` };
  }
  try {
    const read = await readRegularFile(file);
    return read.ok ? { ok: true, bytes: read.bytes, contentType: null } : { ok: false, message: read.message };
  } catch (err) {
    return { ok: false, message: fileError(err) };
  }
}

export async function extractCommand(argv: string[], io: ExtractIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, explain: { type: 'boolean' }, published: { type: 'string' } },
    });
  } catch (err) {
    io.stderr(`minutes-graph extract: ${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr(`minutes-graph extract: expected exactly one FILE or URL, got ${positionals.length}\n${USAGE}\n`);
    return 2;
  }
  return runExtract({ ...values, file: positionals[0] }, io);
}

/** The command once its arguments are parsed (by the CLI's parser or by extractCommand). */
export async function runExtract(args: ExtractArgs, io: ExtractIO): Promise<number> {
  const published = args.published;
  const problem = published === undefined ? null : publishedDateProblem(published);
  if (problem !== null) {
    io.stderr(`minutes-graph extract: ${problem}\n`);
    return 2;
  }
  const file = args.file;
  const input = await readInput(file);
  if (!input.ok) {
    io.stderr(`minutes-graph extract: ${file}: ${input.message}\n`);
    return 1;
  }
  const read = await readDocument(input.bytes, { contentType: input.contentType });
  if (!read.ok) {
    io.stderr(`minutes-graph extract: ${file}: ${read.message} (${read.code})\n`);
    return 1;
  }
  if (read.diagnostics.some((d) => d.ruleId === 'decode/utf8-damaged')) {
    io.stderr(`minutes-graph extract: warning: ${file}: ${utf8DamageWarning(input.bytes)}\n`);
  }
  const normalized = normalizeText(read.text);
  // A report in a folder with a manifest.json (like seeds/) takes its publication date from it.
  const fromManifest = published === undefined && !/^https?:\/\//i.test(file) ? await manifestDate(file) : null;
  const layout = readOfficialLayout(normalized.text);
  const result = extract({ text: normalized.text, published: published ?? fromManifest ?? read.published ?? layout.date, layout });
  result.diagnostics.unshift(...read.diagnostics, ...normalized.diagnostics);
  if (args.json) io.stdout(`${JSON.stringify(toScorerJson(result, normalized.toInput), null, 2)}\n`);
  else if (args.explain) io.stdout(renderExplain(result));
  else io.stdout(renderTable(result));
  return 0;
}
