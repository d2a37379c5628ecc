// Child process for the lock test: opens the embedded store in argv[2], prints READY, and holds
// it until SIGTERM, then closes it cleanly and prints CLOSED.
import { openStore } from '../../../src/store/open-store';

async function hold(dir: string): Promise<void> {
  const store = await openStore({ kind: 'embedded', dir });
  process.stdout.write('READY\n');
  // A signal listener alone does not keep Node running: hold the loop open until SIGTERM.
  const keepAlive = setInterval(() => undefined, 60_000);
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  clearInterval(keepAlive);
  await store.close();
  process.stdout.write('CLOSED\n');
}

hold(process.argv[2]).catch((err: unknown) => {
  process.stderr.write(`hold-store: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
