// Expands the paths given to `ingest` into the list of files to read: a file is itself; a
// directory with a manifest.json is the manifest's documents; any other directory is its
// report files (.txt, .html, .htm, .xhtml, .md, .pdf, .docx, .doc), sorted. Problems become entries, never exceptions,
// so one bad path does not stop the batch.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocumentMeta } from './document-meta';
import { parseManifest } from './manifest';

export type InputItem =
  | { kind: 'file'; path: string; meta: Partial<DocumentMeta> }
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
