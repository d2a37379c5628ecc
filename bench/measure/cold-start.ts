// Cold start: from spawning `node bin/minutes-graph.js serve` to the first answered query
// (the headline, polled every 10 ms), over a store that already holds the corpus.
import { nowMs, round } from '../stats';
import { freePort, startMinutesGraph, waitForAnswer } from './server-process';

export async function measureColdStart(dataDir: string, body: string): Promise<number> {
  const port = await freePort();
  const t0 = nowMs();
  const server = startMinutesGraph(dataDir, port);
  try {
    const answered = await waitForAnswer(port, body, 600_000);
    if (!answered) throw new Error('cold start: the server never answered the headline query');
    return round((nowMs() - t0) / 1000, 3);
  } finally {
    await server.stop();
  }
}
