// The seed reports and their manifest dates, as the format tests' real texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(__dirname, '../../../../seeds');

export interface SeedReport {
  file: string;
  text: string;
  published: string;
}

export function seedReports(): SeedReport[] {
  const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as { documents: { file: string; published: string }[] };
  return manifest.documents.map((d) => ({ file: d.file, text: readFileSync(join(SEEDS, d.file), 'utf8'), published: d.published }));
}
