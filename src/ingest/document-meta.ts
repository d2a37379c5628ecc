// What is known about a report besides its text.
export interface DocumentMeta {
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD; the reference for dates written without a year. */
  published: string | null;
  language: string;
}

const MAX_TITLE = 200;

/** Without a manifest, a report's headline is its first non-empty line. */
export function titleFromText(text: string): string | null {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  if (!line) return null;
  return line.length > MAX_TITLE ? `${line.slice(0, MAX_TITLE - 1)}…` : line;
}
