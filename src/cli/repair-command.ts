// `minutes-graph repair`: for each log of the embedded store, whether it was intact or what was
// done to it — the copy kept, each dropped byte range and why, acknowledged bytes that are gone.
// Exit 0 when the store opens afterwards.
import type { LogRepair } from '../store/embedded/repair';
import type { CliIO } from './io';
import { printableName } from './printable';

export async function repairCommand(dir: string, io: CliIO, now: Date): Promise<number> {
  const { repairEmbeddedStore } = await import('../store/embedded/repair');
  for (const repair of repairEmbeddedStore(dir, now)) for (const line of describeRepair(repair)) io.stdout(line);
  return 0;
}

export function describeRepair(r: LogRepair): string[] {
  const name = printableName(r.file);
  if (r.state === 'intact') return [`repair: ${name}: intact (${r.records} records), nothing to do`];
  const lines = [`repair: ${name}: ${r.problem}`];
  if (r.state === 'recreated') lines.push(`repair: ${name}: created empty; ${r.missingBytes} acknowledged bytes of records are lost`);
  for (const d of r.dropped) lines.push(`repair: ${name}: dropped bytes ${d.offset}-${d.offset + d.length - 1} (${d.length} bytes: ${d.reason})`);
  if (r.missingBytes > 0 && r.state === 'repaired') lines.push(`repair: ${name}: ${r.missingBytes} acknowledged bytes were already missing from the file and cannot be recovered here`);
  if (r.copy !== null) lines.push(`repair: ${name}: kept ${r.records} records; the damaged file is kept as ${printableName(r.copy)}`);
  return lines;
}
