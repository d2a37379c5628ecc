// A worker thread of the prepare pool: bytes in, prepared batch out (prepare-pool.ts).
import { parentPort } from 'node:worker_threads';
import { prepareDocument } from './prepare-document';
import type { PrepareRequest, PrepareReply } from './prepare-pool';

parentPort?.on('message', async (request: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { id: request.id, result: await prepareDocument(request.bytes, request.meta, request.source, request.options) };
  } catch (error) {
    // prepareDocument returns refusals as values; a throw is a bug, reported with the file.
    reply = { id: request.id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
