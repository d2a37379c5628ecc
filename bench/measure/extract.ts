// Extraction throughput on one core (MB of UTF-8 input per second), next to its floor: one pass
// of NFC normalisation plus a whitespace split over the same texts.
import { extract } from '../../src/extract/pipeline';
import { nowMs, round } from '../stats';

export interface ExtractInput {
  text: string;
  published: string | null;
}

export interface ExtractFigures {
  mb: number;
  mb_per_s: number;
  /** The same over the process's CPU time (every thread, GC helpers too, so below mb_per_s on an
   * idle machine): what the extractor costs, whatever else shares the cores. */
  cpu_mb_per_s: number;
  floor_mb_per_s: number;
  /** Extraction speed as a share of the floor. */
  share_of_floor: number;
  directives: number;
}

function floorPass(texts: readonly ExtractInput[]): number {
  let tokens = 0;
  for (const t of texts) tokens += t.text.normalize('NFC').split(/\s+/u).length;
  return tokens;
}

/** Throughput per core does not depend on the corpus size: at most this much text is timed. */
export const EXTRACT_SAMPLE_BYTES = 10e6;

/** The first reports of the corpus up to EXTRACT_SAMPLE_BYTES (the corpus order is random by seed). */
export function extractionSample(texts: readonly ExtractInput[]): ExtractInput[] {
  const out: ExtractInput[] = [];
  let bytes = 0;
  for (const t of texts) {
    if (bytes >= EXTRACT_SAMPLE_BYTES) break;
    out.push(t);
    bytes += Buffer.byteLength(t.text);
  }
  return out;
}

export function measureExtraction(texts: readonly ExtractInput[]): ExtractFigures {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  const mb = bytes / 1e6;
  // Warm up the JIT on a slice, then one full timed pass.
  for (const t of texts.slice(0, 20)) extract({ text: t.text, published: t.published });
  let directives = 0;
  const t0 = nowMs();
  const c0 = process.cpuUsage();
  for (const t of texts) directives += extract({ text: t.text, published: t.published }).directives.length;
  const cpu = process.cpuUsage(c0);
  const seconds = (nowMs() - t0) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  // The floor is fast: repeat it for at least half a second for a stable figure.
  floorPass(texts.slice(0, 20));
  let passes = 0;
  const f0 = nowMs();
  let sink = 0;
  while (passes === 0 || nowMs() - f0 < 500) {
    sink += floorPass(texts);
    passes++;
  }
  const floorSeconds = (nowMs() - f0) / 1000 / passes;
  if (sink < 0) throw new Error('unreachable');
  const mbPerS = mb / seconds;
  const floorMbPerS = mb / floorSeconds;
  return {
    mb: round(mb, 2),
    mb_per_s: round(mbPerS, 2),
    cpu_mb_per_s: round(mb / cpuSeconds, 2),
    floor_mb_per_s: round(floorMbPerS, 1),
    share_of_floor: round(mbPerS / floorMbPerS, 4),
    directives,
  };
}
