// Extraction throughput: MB of UTF-8 report text per second on one core, for `extract` from
// src/extract/pipeline.ts, next to a floor that does the least any extractor must — one pass
// of NFC normalisation plus a whitespace split over the same texts. The bar is
// ≥ 1 MB/s per core. `npm run bench` calls measureExtractThroughput; run alone with
//   npx esbuild bench/extract-throughput.ts --bundle --platform=node --packages=external \
//     --outfile=bench/out/extract-throughput.js && node bench/out/extract-throughput.js
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/pipeline';

export interface ExtractThroughput {
  /** MB (10⁶ bytes of UTF-8) extracted per second. */
  mbPerSec: number;
  /** MB per second of the floor pass over the same texts. */
  floorMbPerSec: number;
  /** UTF-8 bytes of all texts. */
  bytes: number;
}

/** A stand-in reference date: the throughput does not depend on which date it is. */
const PUBLISHED = '2025-02-06';
const MIN_FLOOR_MS = 300;

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function floorPass(texts: readonly string[]): number {
  let words = 0;
  for (const text of texts) words += text.normalize('NFC').split(/\s+/u).length;
  return words;
}

/** Times one full extraction pass over `texts` (after a short warm-up) and the floor pass. */
export function measureExtractThroughput(texts: string[]): ExtractThroughput {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const mb = bytes / 1e6;
  for (const text of texts.slice(0, 10)) extract({ text, published: PUBLISHED });

  const t0 = nowMs();
  let directives = 0;
  for (const text of texts) directives += extract({ text, published: PUBLISHED }).directives.length;
  const extractMs = nowMs() - t0;

  // The floor is fast: repeat it until the clock has something to measure.
  floorPass(texts.slice(0, 10));
  let passes = 0;
  let words = 0;
  const f0 = nowMs();
  while (passes === 0 || nowMs() - f0 < MIN_FLOOR_MS) {
    words += floorPass(texts);
    passes += 1;
  }
  const floorMs = (nowMs() - f0) / passes;
  // Use the results so no pass can be optimised away.
  if (directives < 0 || words < 0) throw new Error('unreachable');
  return { mbPerSec: mb / (extractMs / 1000), floorMbPerSec: mb / (floorMs / 1000), bytes };
}

/** The seed reports, repeated until they hold about `targetBytes` of UTF-8. */
export function seedTexts(targetBytes = 5_000_000, seedsDir = join(__dirname, '..', 'seeds')): string[] {
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')) as { documents: Array<{ file: string }> };
  const seeds = manifest.documents.map((d) => readFileSync(join(seedsDir, d.file), 'utf8'));
  const texts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const text = seeds[texts.length % seeds.length];
    texts.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return texts;
}

if (require.main === module) {
  // When bundled into bench/out/, the seeds are two levels up.
  const texts = seedTexts(5_000_000, join(process.cwd(), 'seeds'));
  const r = measureExtractThroughput(texts);
  process.stdout.write(
    `extract: ${r.mbPerSec.toFixed(2)} MB/s per core over ${(r.bytes / 1e6).toFixed(1)} MB ` +
      `(floor ${r.floorMbPerSec.toFixed(1)} MB/s; ${((100 * r.mbPerSec) / r.floorMbPerSec).toFixed(2)}% of floor)\n`,
  );
}
