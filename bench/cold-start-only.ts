// `npm run bench -- --cold-start [--scales 100000] [--runs 5] [--seed 42]`: only the cold start
// (spawn → first headline answer), over bench/out/data-<N> as the last run left it, built once
// (corpus and ingest) when missing. A change to opening can then be measured again and again
// without the whole bench; nothing is written to results.json or BENCHMARKS.md.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../scripts/corpus/write-corpus';
import { spawnChild, type IngestChildResult } from './measure/child';
import { measureColdStartWithCpu } from './measure/cold-start';
import { HEADLINE_QUERY, HEADLINE_VARIABLES } from './queries';
import { percentile } from './stats';

export interface ColdStartOptions {
  directives: number;
  seed: number;
  workDir: string;
  /** This bench's bundle, re-run as the ingest child. */
  script: string;
  runs: number;
  log: (line: string) => void;
}

export async function coldStartOnly(o: ColdStartOptions): Promise<number[]> {
  const dataDir = join(o.workDir, `data-${o.directives}`);
  if (!existsSync(join(dataDir, 'docs.log'))) {
    const corpusDir = join(o.workDir, `corpus-${o.directives}`);
    if (!existsSync(join(corpusDir, 'manifest.json'))) writeCorpus({ directives: o.directives, seed: o.seed, out: corpusDir });
    const ingested = spawnChild<IngestChildResult>(o.script, 'ingest', [corpusDir, dataDir]);
    o.log(`built ${dataDir}: ${ingested.directives} directives in ${ingested.seconds.toFixed(1)} s`);
  }
  const manifest = JSON.parse(readFileSync(join(o.workDir, `corpus-${o.directives}`, 'manifest.json'), 'utf8')) as { documents: unknown[] };
  o.log(`${dataDir} (${manifest.documents.length} reports)`);
  const body = JSON.stringify({ query: HEADLINE_QUERY, variables: HEADLINE_VARIABLES });
  const seconds: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    const run = await measureColdStartWithCpu(dataDir, body);
    seconds.push(run.seconds);
    if (run.cpuSeconds !== null) cpu.push(run.cpuSeconds);
    const cpuText = run.cpuSeconds === null ? '' : `, ${run.cpuSeconds} s of CPU`;
    o.log(`cold start ${i + 1}/${o.runs}: ${run.seconds} s${cpuText} (load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  }
  // CPU time (every thread of the server, its collector's included) moves less with the machine's load than the wall clock.
  const cpuSummary = cpu.length === 0 ? '' : `; CPU median ${percentile(cpu, 50)} s, min ${Math.min(...cpu)} s`;
  o.log(`cold start at ${o.directives}: median ${percentile(seconds, 50)} s, min ${Math.min(...seconds)} s over ${o.runs} runs${cpuSummary}`);
  return seconds;
}
