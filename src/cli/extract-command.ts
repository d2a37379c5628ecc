// `minutes-graph extract [--json] [--explain] [--published YYYY-MM-DD] FILE`: reads one report
// (text, web page, PDF or Word), normalises it, runs the extractor and prints the scorer JSON, a table, or per
// directive the sentence and the rules that fired. Bad input is a one-line message naming the
// file and the problem (exit 1), a bad command line exit 2; never a stack trace.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { normalizeText } from '../extract/document/normalize';
import { readDocument } from '../extract/document/read-document';
import { extract } from '../extract/pipeline';
import { toScorerJson } from '../extract/format';
import { renderExplain, renderTable } from '../extract/render';

export interface ExtractIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

const USAGE = 'usage: minutes-graph extract [--json] [--explain] [--published YYYY-MM-DD] FILE';

function validIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function fileError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
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
    io.stderr(`minutes-graph extract: expected exactly one FILE, got ${positionals.length}\n${USAGE}\n`);
    return 2;
  }
  const published = values.published;
  if (published !== undefined && !validIsoDate(published)) {
    io.stderr(`minutes-graph extract: --published must be a date YYYY-MM-DD, got "${published}"\n`);
    return 2;
  }
  const file = positionals[0];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    io.stderr(`minutes-graph extract: ${file}: ${fileError(err)}\n`);
    return 1;
  }
  const read = await readDocument(bytes);
  if (!read.ok) {
    io.stderr(`minutes-graph extract: ${file}: ${read.message} (${read.code})\n`);
    return 1;
  }
  const normalized = normalizeText(read.text);
  const result = extract({ text: normalized.text, published: published ?? read.published ?? null });
  result.diagnostics.unshift(...read.diagnostics, ...normalized.diagnostics);
  if (values.json) io.stdout(`${JSON.stringify(toScorerJson(result), null, 2)}\n`);
  else if (values.explain) io.stdout(renderExplain(result));
  else io.stdout(renderTable(result));
  return 0;
}
