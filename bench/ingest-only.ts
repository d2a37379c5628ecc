// `npm run bench -- --ingest [--scales 100000] [--runs 3] [--threads 1,2] [--seed 42]`: only
// the ingest, into a fresh store each run, over bench/out/corpus-<N> (generated once when
// missing). Wall time and the CPU time of the whole child (every thread) are both printed:
// other sessions share these cores, and CPU seconds per report tell two builds apart where
// reports/s only tells the load. --threads alternates prepare-pool sizes run by run, for an
// A/B on one corpus. Nothing is written to results.json or BENCHMARKS.md.
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../scripts/corpus/write-corpus';
import { spawnChild, type IngestChildResult } from './measure/child';

export interface IngestOnlyOptions {
  directives: number;
  seed: number;
  workDir: string;
  /** This bench's bundle, re-run as the ingest child. */
  script: string;
  runs: number;
  /** Prepare-pool sizes to alternate (null: the default of ingestInputs). */
  threads: (number | null)[];
  log: (line: string) => void;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

export function ingestOnly(o: IngestOnlyOptions): IngestChildResult[] {
  const corpusDir = join(o.workDir, `corpus-${o.directives}`);
  if (!existsSync(join(corpusDir, 'manifest.json'))) writeCorpus({ directives: o.directives, seed: o.seed, out: corpusDir });
  const dataDir = join(o.workDir, `data-ingest-${o.directives}`);
  const results: IngestChildResult[] = [];
  for (let run = 0; run < o.runs; run++) {
    for (const threads of o.threads) {
      rmSync(dataDir, { recursive: true, force: true });
      const before = load();
      const r = spawnChild<IngestChildResult>(o.script, 'ingest', [corpusDir, dataDir, ...(threads === null ? [] : [String(threads)])]);
      results.push(r);
      o.log(
        `ingest ${o.directives}, threads ${threads ?? 'default'}, run ${run + 1}/${o.runs}: ${Math.round(r.reports / r.seconds)} reports/s ` +
          `(${r.reports} in ${r.seconds.toFixed(1)} s), CPU ${r.cpu_seconds.toFixed(1)} s = ${((1000 * r.cpu_seconds) / r.reports).toFixed(2)} ms/report, ` +
          `${r.joined} joined; load ${before} → ${load()}`,
      );
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  return results;
}
