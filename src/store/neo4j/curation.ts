// addCuration in one write transaction: the same record twice is a no-op, another record
// under a used id is refused, and records are checked with the embedded store's own rules.
import { StoreError } from '../errors';
import { validateCuration } from '../memory-index/curation-state';
import type { CurationRecord } from '../port';
import { decodeCuration, encodeCuration, labelOf } from './codec';
import type { Executor } from './executor';
import { buildAddCuration, buildGetCuration } from './queries/curation';
import { buildGetNodes } from './queries/nodes';
import { fromNeo4j } from './values';

const FIELD_ORDER: (keyof CurationRecord)[] = ['id', 'directiveId', 'kind', 'value', 'effectiveDate', 'note', 'evidenceUrl', 'reason', 'curator', 'recordedAt'];

function sameRecord(a: CurationRecord, b: CurationRecord): boolean {
  return FIELD_ORDER.every((f) => (a[f] ?? null) === (b[f] ?? null));
}

function idsIn(record: CurationRecord): string[] {
  const parties = record.kind === 'ASSIGNEES' ? record.value.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
  return [record.directiveId, ...parties];
}

export async function addCuration(executor: Executor, record: CurationRecord): Promise<void> {
  await executor.write(async (run) => {
    const [existing] = await run(buildGetCuration(record.id));
    if (existing) {
      if (sameRecord(decodeCuration(existing.get('props') as Record<string, unknown>), record)) return;
      throw new StoreError('STORE_BAD_INPUT', `Curation ${record.id} already exists with other content`);
    }
    const labels = new Map<string, string>();
    for (const r of await run(buildGetNodes(idsIn(record)))) {
      const label = labelOf((r.get('labels') as unknown[]) ?? []);
      if (label) labels.set(String(fromNeo4j(r.get('id'))), label);
    }
    validateCuration(record, (id, kind) =>
      kind === 'Directive' ? labels.get(id) === 'Directive' : labels.get(id) === 'Agency' || labels.get(id) === 'Official',
    );
    await run(buildAddCuration(record.id, record.directiveId, encodeCuration(record)));
  });
}
