// `npm run bench` — every figure at 1k, 10k and 100k directives, written to BENCHMARKS.md and
// bench/results.json. `npm run bench -- --quick`: 10k directives only, results.json only.
// Options: --scales 1000,10000 --http-seconds 10 --iterations 300 --seed 42 --merge (keep the
// other scales of the last bench/results.json); --render rewrites
// BENCHMARKS.md from bench/results.json and bench/FINDINGS.md without measuring; --cold-start
// [--runs 5] measures only the cold start, over the store the last run left (bench/cold-start-only.ts);
// --ingest [--runs 3] [--threads 1,2] only the ingest, alternating pool sizes (bench/ingest-only.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coldStartOnly } from './cold-start-only';
import { ingestOnly } from './ingest-only';
import { runChild } from './measure/child';
import { measureBareYogaHttp } from './measure/http';
import { machineInfo } from './machine';
import { benchmarksMarkdown, resultsJson, runFromResults, type BenchRun } from './report';
import { runScale, type ScaleFigures } from './scale-run';

const REPO = resolve(__dirname, '../..');
const WORK = join(REPO, 'bench/out');
const FINDINGS = join(REPO, 'bench/FINDINGS.md');

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') return runChild(argv[1], argv.slice(2));
  if (argv[0] === '--render') {
    // Re-render BENCHMARKS.md from the last full run's bench/results.json and bench/FINDINGS.md.
    const run = runFromResults(JSON.parse(readFileSync(join(REPO, 'bench/results.json'), 'utf8')) as Record<string, unknown>);
    writeFileSync(join(REPO, 'BENCHMARKS.md'), benchmarksMarkdown(run, readFileSync(FINDINGS, 'utf8')));
    return;
  }
  const quick = argv.includes('--quick');
  const coldStart = argv.includes('--cold-start');
  const ingest = argv.includes('--ingest');
  const scales = (option(argv, 'scales') ?? (quick ? '10000' : coldStart || ingest ? '100000' : '1000,10000,100000')).split(',').map(Number);
  const seed = Number(option(argv, 'seed') ?? 42);
  const httpSeconds = Number(option(argv, 'http-seconds') ?? 10);
  const iterations = Number(option(argv, 'iterations') ?? (quick ? 200 : 300));
  const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  const log = (line: string) => process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  mkdirSync(WORK, { recursive: true });
  if (coldStart) {
    const runs = Number(option(argv, 'runs') ?? 5);
    for (const directives of scales) await coldStartOnly({ directives, seed, workDir: WORK, script: __filename, runs, log });
    return;
  }
  if (ingest) {
    const runs = Number(option(argv, 'runs') ?? 1);
    const threads = (option(argv, 'threads') ?? 'default').split(',').map((t) => (t === 'default' ? null : Number(t)));
    for (const directives of scales) ingestOnly({ directives, seed, workDir: WORK, script: __filename, runs, threads, log });
    return;
  }

  // The bare yoga figure first, then each scale: results are written after every scale, so a
  // large scale that runs out of time or memory leaves the smaller ones reported.
  const bare = await measureBareYogaHttp(join(WORK, 'bare-yoga.js'), httpSeconds);
  log(`bare yoga: ${bare.rps} req/s, p99 ${bare.p99_ms} ms`);
  // --merge: keep the other scales of the last results.json (to add one scale to a curve).
  const previous = argv.includes('--merge') && existsSync(join(REPO, 'bench/results.json'))
    ? runFromResults(JSON.parse(readFileSync(join(REPO, 'bench/results.json'), 'utf8')) as Record<string, unknown>).scales.filter((s) => !scales.includes(s.directives))
    : [];
  const figures: ScaleFigures[] = [];
  for (const directives of scales) {
    log(`— ${directives} directives —`);
    figures.push(await runScale({ directives, seed, workDir: WORK, script: __filename, floorScript: join(WORK, 'floor-yoga.js'), httpSeconds, queryIterations: iterations, log }));
    const run: BenchRun = {
      command,
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: machineInfo(),
      seed,
      scales: [...previous, ...figures].sort((a, b) => a.directives - b.directives),
      bareYoga: { rps: bare.rps, p99_ms: bare.p99_ms },
    };
    writeFileSync(join(REPO, 'bench/results.json'), JSON.stringify(resultsJson(run), null, 2) + '\n');
    log('wrote bench/results.json');
    if (!quick) {
      const findings = existsSync(FINDINGS) ? readFileSync(FINDINGS, 'utf8') : 'No findings recorded yet.';
      writeFileSync(join(REPO, 'BENCHMARKS.md'), benchmarksMarkdown(run, findings));
      log('wrote BENCHMARKS.md');
    }
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
