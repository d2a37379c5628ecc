// Expands the paths given to `ingest` into the list of files to read: a file is itself; a
// directory with a manifest.json is the manifest's documents; any other directory is its
// report files (.txt, .html, .htm, .xhtml, .md, .pdf, .docx, .doc), sorted; an http(s) address
// is a download; a URL list (`--urls FILE`) is its addresses, one a line. Problems become
// entries, never exceptions, so one bad path does not stop the batch.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocumentMeta } from './document-meta';
import { parseHttpUrl } from './fetch-url';
import { parseManifest } from './manifest';

export type InputItem =
  | { kind: 'file'; path: string; meta: Partial<DocumentMeta> }
  | { kind: 'url'; path: string; meta: Partial<DocumentMeta> }
  | { kind: 'error'; path: string; message: string };

// .doc is listed so that a folder's old Word files are refused by name, not silently skipped.
export const REPORT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.xhtml', '.md', '.pdf', '.docx', '.doc']);
export const MANIFEST_FILE = 'manifest.json';

export async function collectInputs(paths: readonly string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const path of paths) items.push(...(await collectOne(path)));
  return items;
}

async function collectOne(path: string): Promise<InputItem[]> {
  if (/^https?:\/\//i.test(path)) {
    return [parseHttpUrl(path) === null ? { kind: 'error', path, message: 'not a valid http(s) address' } : { kind: 'url', path, meta: {} }];
  }
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    return [{ kind: 'error', path, message: describeFsError(err) }];
  }
  if (info.isFile()) return [{ kind: 'file', path, meta: {} }];
  if (!info.isDirectory()) return [{ kind: 'error', path, message: 'not a file or directory' }];
  const names = (await readdir(path)).sort();
  if (names.includes(MANIFEST_FILE)) return fromManifest(join(path, MANIFEST_FILE), path);
  return names
    .filter((name) => REPORT_EXTENSIONS.has(extname(name).toLowerCase()))
    .map((name) => ({ kind: 'file' as const, path: join(path, name), meta: {} }));
}

async function fromManifest(manifestPath: string, dir: string): Promise<InputItem[]> {
  const parsed = parseManifest(await readFile(manifestPath, 'utf8'), manifestPath);
  if (!parsed.ok) return [{ kind: 'error', path: manifestPath, message: parsed.message }];
  return parsed.entries.map((entry) => ({
    kind: 'file' as const,
    path: join(dir, basename(entry.file)),
    meta: { title: entry.title, publisher: entry.publisher, published: entry.published, language: entry.language },
  }));
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error)?.message ?? String(err);
}

/**
 * A URL list: one address a line; blank lines and lines starting with "#" are skipped; a line
 * that is not an http(s) address is an error entry naming its line.
 */
export async function collectUrlList(listPath: string): Promise<InputItem[]> {
  let text: string;
  try {
    text = await readFile(listPath, 'utf8');
  } catch (err) {
    return [{ kind: 'error', path: listPath, message: describeFsError(err) }];
  }
  const items: InputItem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith('#')) return;
    items.push(parseHttpUrl(line) === null
      ? { kind: 'error', path: `${listPath}:${index + 1}`, message: `not an http(s) address: "${line.slice(0, 80)}"` }
      : { kind: 'url', path: line, meta: {} });
  });
  return items;
}
