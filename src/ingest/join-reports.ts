// Reports of one meeting are stored joined (src/graph/merge/joint-batches.ts). Before a report
// is written, the stored reports of the same meeting date are read back, and every report of
// the new one's group is written again in its joint form; removing a report rewrites the rest
// of its group. The graph then depends only on which reports are live, not on their order.
//
// Work for one meeting date runs one step at a time, so two reports of a date in flight
// together never miss each other; other dates go on in parallel. A group is written largest
// document id first: a fact moving to a smaller report is released before it is written again.
import type { DocumentNode, GraphBatch, MeetingNode } from '../graph/model';
import { jointBatches } from '../graph/merge/joint-batches';
import { mergeReports } from '../graph/merge/merge-reports';
import type { StorePort, WriteResult } from '../store/port';
import { batchOfStoredDocument } from './prepare-document';

/** Unjoined batches kept from this run, so reports ingested together are not extracted twice. */
const KEEP_ORIGINALS = 4096;

function meetingDate(batch: GraphBatch): string | null {
  return batch.nodes.find((n): n is MeetingNode => n.label === 'Meeting')?.date ?? null;
}

/** Ids of the reports whose meetings join `documentId`'s, itself included. */
function groupOf(documentId: string, batches: readonly GraphBatch[]): Set<string> {
  return new Set(mergeReports(batches).find((m) => m.documentIds.includes(documentId))?.documentIds ?? [documentId]);
}

/** A report's write, with the other reports its meeting was joined with (sorted ids). */
export type JoinedWrite = WriteResult & { joinedWith: string[] };

export class ReportJoiner {
  private readonly steps = new Map<string, Promise<unknown>>();
  private readonly originals = new Map<string, GraphBatch>();

  constructor(private readonly store: StorePort) {}

  /** Writes the report, joined with the stored reports of its meeting; the result is the report's own write. */
  async write(batch: GraphBatch): Promise<JoinedWrite> {
    const date = meetingDate(batch);
    if (date === null) return { ...(await this.store.writeDocument(batch)), joinedWith: [] }; // an undated meeting joins nothing
    return this.step(date, async () => {
      this.keep(batch);
      const others = (await this.originalsOn(date)).filter((b) => b.documentId !== batch.documentId);
      const all = [batch, ...others];
      const group = groupOf(batch.documentId, all);
      let own: WriteResult | null = null;
      for (const joint of this.descending(jointBatches(all.filter((b) => group.has(b.documentId))))) {
        const written = await this.store.writeDocument(joint);
        if (joint.documentId === batch.documentId) own = written;
      }
      return { ...(own as WriteResult), joinedWith: [...group].filter((id) => id !== batch.documentId).sort() };
    });
  }

  /** Removes the report; the other reports of its meeting keep their facts. */
  async remove(documentId: string): Promise<WriteResult> {
    const [doc] = await this.store.getNodes([documentId]);
    const original = doc?.label === 'Document' ? this.originalOf(doc) : null;
    const date = original === null ? null : meetingDate(original);
    if (original === null || date === null) return this.store.removeDocument(documentId);
    return this.step(date, async () => {
      const others = (await this.originalsOn(date)).filter((b) => b.documentId !== documentId);
      const group = groupOf(documentId, [original, ...others]);
      const removed = await this.store.removeDocument(documentId);
      this.originals.delete(documentId);
      for (const joint of this.descending(jointBatches(others.filter((b) => group.has(b.documentId))))) await this.store.writeDocument(joint);
      return removed;
    });
  }

  private step<T>(date: string, work: () => Promise<T>): Promise<T> {
    const previous = this.steps.get(date) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.steps.set(date, settled);
    void settled.then(() => {
      if (this.steps.get(date) === settled) this.steps.delete(date);
    });
    return next;
  }

  private descending(batches: GraphBatch[]): GraphBatch[] {
    return [...batches].sort((a, b) => b.documentId.localeCompare(a.documentId));
  }

  /** The unjoined batches of the stored reports of meetings held on `date`. */
  private async originalsOn(date: string): Promise<GraphBatch[]> {
    const ids = await this.store.documentsOnMeetingDate(date);
    const missing = ids.filter((id) => !this.originals.has(id));
    const docs = missing.length === 0 ? [] : await this.store.getNodes(missing);
    for (const doc of docs) if (doc?.label === 'Document') this.originalOf(doc);
    return ids.map((id) => this.originals.get(id)).filter((b): b is GraphBatch => b !== undefined);
  }

  private originalOf(doc: DocumentNode): GraphBatch | null {
    const known = this.originals.get(doc.id);
    if (known !== undefined) return known;
    const batch = batchOfStoredDocument(doc);
    if (batch !== null) this.keep(batch);
    return batch;
  }

  private keep(batch: GraphBatch): void {
    this.originals.delete(batch.documentId);
    this.originals.set(batch.documentId, batch);
    if (this.originals.size > KEEP_ORIGINALS) this.originals.delete(this.originals.keys().next().value as string);
  }
}
