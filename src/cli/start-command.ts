// `minutes-graph start` (what `npm start` runs): make sure the bundled seeds/ are in the
// store, then serve. Writing a report the store already holds changes nothing (deterministic
// ids; the store answers `changed: false`), so "ingest if not yet ingested" is simply ingest.
import { collectInputs } from '../ingest/collect-inputs';
import { ingestInputs } from '../ingest/ingest-files';
import type { StorePort } from '../store/port';
import { summaryLine } from './ingest-command';
import type { CliIO } from './io';
import { SEEDS_DIR } from './paths';

/** Returns false if any seed report could not be ingested. */
export async function ensureSeeds(store: StorePort, io: CliIO, dir = SEEDS_DIR): Promise<boolean> {
  const summary = await ingestInputs(await collectInputs([dir]), store, {
    onOutcome: (o) => (o.ok ? undefined : io.stderr(`skipped ${o.path}: ${o.message}`)),
  });
  if (summary.failed === 0 && summary.unchanged === summary.ok) {
    io.stdout(`start: the ${summary.ok} seed reports in ${dir} were already in the store`);
  } else {
    io.stdout(`start: ${summaryLine(summary)}`);
  }
  return summary.failed === 0;
}
