// `minutes-graph remove <document id>...`: takes reports out of the store. The other reports
// of the same meeting keep their facts (their joint meeting and tasks are written again
// without the removed report). Exit 1 if any id was not stored.
import { ReportJoiner } from '../ingest/join-reports';
import type { StorePort } from '../store/port';
import { UsageError, type CliIO } from './io';

export function validateRemoveArgs(ids: string[]): string[] {
  if (ids.length === 0) throw new UsageError('remove needs at least one document id (doc:…, as ingest prints it)');
  const bad = ids.find((id) => !/^doc:[0-9a-f]{16}$/.test(id));
  if (bad !== undefined) throw new UsageError(`"${bad}" is not a document id (doc: and 16 hex digits, as ingest prints it)`);
  return ids;
}

export async function removeCommand(ids: string[], store: StorePort, io: CliIO): Promise<number> {
  const joiner = new ReportJoiner(store);
  let missing = 0;
  for (const id of ids) {
    const result = await joiner.remove(id);
    if (result.changed) io.stdout(`removed ${id}`);
    else {
      missing += 1;
      io.stderr(`not stored: ${id}`);
    }
  }
  return missing > 0 ? 1 : 0;
}
