// A worker thread of the prepare pool: bytes in, the encoded record and summary out (prepare-pool.ts).
import { parentPort } from 'node:worker_threads';
import { prepareForStore } from './prepare-report';
import type { PrepareRequest, PrepareReply } from './prepare-pool';

parentPort?.on('message', async (request: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { id: request.id, result: await prepareForStore(request.bytes, request.meta, request.source, request.options) };
  } catch (error) {
    // prepareForStore returns refusals as values; a throw is a bug, reported with the file.
    reply = { id: request.id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  // The record's bytes move to the main thread instead of being copied.
  const body = 'result' in reply && reply.result.ok ? reply.result.report.encoded.body.buffer : null;
  parentPort?.postMessage(reply, body === null ? [] : [body as ArrayBuffer]);
});
