// A directory of reports may carry a manifest.json naming each report's title, publisher,
// publication date and language (seeds/manifest.json is one). Validated strictly: a bad
// manifest is an error naming the file and the entry, never silently ignored.
import type { DocumentMeta } from './document-meta';

export interface ManifestEntry extends DocumentMeta {
  id: string;
  file: string;
}

export type ManifestResult = { ok: true; entries: ManifestEntry[] } | { ok: false; message: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseManifest(json: string, path: string): ManifestResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return { ok: false, message: `${path}: not valid JSON (${(err as Error).message})` };
  }
  const documents = (data as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) return { ok: false, message: `${path}: expected an object with a "documents" array` };
  const entries: ManifestEntry[] = [];
  for (const [i, raw] of documents.entries()) {
    const e = raw as Record<string, unknown>;
    const where = `${path}: documents[${i}]`;
    if (typeof e?.file !== 'string' || !e.file) return { ok: false, message: `${where}: "file" must be a file name` };
    if (e.published != null && (typeof e.published !== 'string' || !ISO_DATE.test(e.published))) {
      return { ok: false, message: `${where}: "published" must be YYYY-MM-DD or null, not ${JSON.stringify(e.published)}` };
    }
    entries.push({
      id: typeof e.id === 'string' ? e.id : String(i),
      file: e.file,
      title: typeof e.title === 'string' ? e.title : null,
      publisher: typeof e.publisher === 'string' ? e.publisher : null,
      published: (e.published as string | null | undefined) ?? null,
      language: typeof e.language === 'string' ? e.language : 'vi',
    });
  }
  return { ok: true, entries };
}
