// Child process for the crash test: writes the batches of a JSON file into an embedded store,
// a few at a time, and prints "ack <documentId>" once each write has resolved (is durable).
// The test kills it with SIGKILL at some point and checks what survived.
import { readFileSync } from 'node:fs';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import type { GraphBatch } from '../../src/graph/model';

async function main(): Promise<void> {
  const [dir, batchesFile] = process.argv.slice(2);
  const batches = JSON.parse(readFileSync(batchesFile, 'utf8')) as GraphBatch[];
  const store = await openEmbeddedStore({ dir });
  for (let i = 0; i < batches.length; i += 3) {
    await Promise.all(
      batches.slice(i, i + 3).map(async (batch) => {
        await store.writeDocument(batch);
        process.stdout.write(`ack ${batch.documentId}\n`);
      }),
    );
  }
  await store.close();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
