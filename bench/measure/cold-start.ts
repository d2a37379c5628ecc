// Cold start: from spawning `node bin/minutes-graph.js serve` to the first answered query
// (the headline, polled every 10 ms), over a store that already holds the corpus.
import { nowMs, round } from '../stats';
import { treeCpuSeconds } from './process-cpu';
import { freePort, startMinutesGraph, waitForAnswer } from './server-process';

export interface ColdStart {
  seconds: number;
  /** CPU seconds of the server's processes up to the answer (null where /proc cannot tell). */
  cpuSeconds: number | null;
}

export async function measureColdStartWithCpu(dataDir: string, body: string): Promise<ColdStart> {
  const port = await freePort();
  const t0 = nowMs();
  const server = startMinutesGraph(dataDir, port);
  try {
    const answered = await waitForAnswer(port, body, 600_000);
    if (!answered) throw new Error('cold start: the server never answered the headline query');
    const seconds = round((nowMs() - t0) / 1000, 3);
    const cpu = server.child.pid === undefined ? null : treeCpuSeconds(server.child.pid);
    return { seconds, cpuSeconds: cpu === null ? null : round(cpu, 2) };
  } finally {
    await server.stop();
  }
}

export async function measureColdStart(dataDir: string, body: string): Promise<number> {
  return (await measureColdStartWithCpu(dataDir, body)).seconds;
}
