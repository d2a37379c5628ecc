// How many directives the extractor reads from the seeds, each with its manifest's publication
// date: what ingest must store and count, whatever the extractor's rules are this week.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/pipeline';

export function seedDirectiveCount(seedsDir = join(__dirname, '../../seeds')): { total: number; perFile: Record<string, number> } {
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')) as { documents: { file: string; published: string | null }[] };
  const perFile: Record<string, number> = {};
  for (const d of manifest.documents) {
    perFile[d.file] = extract({ text: readFileSync(join(seedsDir, d.file), 'utf8'), published: d.published }).directives.length;
  }
  return { total: Object.values(perFile).reduce((a, b) => a + b, 0), perFile };
}
