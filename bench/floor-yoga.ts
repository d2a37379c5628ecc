// The same-query HTTP floor as a server (see measure/floor-yoga.ts), in the configuration of the
// server figure it is compared with: one process, or N node:cluster workers sharing the port
// (as `serve --workers N` runs), so the comparison is one process with one process and N
// workers with N workers.
// `node bench/out/floor-yoga.js PORT ANSWER.json [--workers N]`
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createFloorYoga } from './measure/floor-yoga';

const [port, answerFile] = [Number(process.argv[2]), process.argv[3]];
const workersAt = process.argv.indexOf('--workers');
const workers = workersAt > 0 ? Number(process.argv[workersAt + 1]) : 1;

function serve(): void {
  createServer(createFloorYoga(JSON.parse(readFileSync(answerFile, 'utf8')) as Record<string, unknown>)).listen(port, '127.0.0.1', () => {
    // The bench waits for every worker's line, as it does for `serve --workers`.
    process.stdout.write(`floor listening on ${port}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
}

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on('SIGTERM', () => {
    const live = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined && !w.isDead());
    if (live.length === 0) process.exit(0);
    // The next measurement starts once this one's workers have gone.
    cluster.on('exit', () => Object.values(cluster.workers ?? {}).every((w) => w === undefined || w.isDead()) && process.exit(0));
    for (const worker of live) worker?.process.kill('SIGTERM');
  });
} else {
  serve();
}
