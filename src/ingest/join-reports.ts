// Reports of one meeting are stored joined (src/graph/merge/joint-batches.ts). Before a report
// is written, the stored reports of the same meeting date are compared with it, and every
// report of its group is written again in its joint form; removing a report rewrites the rest
// of its group. The graph then depends only on which reports are live, not on their order.
//
// Work for one meeting date runs one step at a time, so two reports of a date in flight
// together never miss each other; other dates go on in parallel. A group is written largest
// document id first: a fact moving to a smaller report is released before it is written again.
// Comparing needs each report's own, unjoined batch: kept from this run, or made again from
// the stored Document (text and metadata). Only the small summaries are kept for every report;
// whole batches for the most recent few, since a report that joins another is rare.
import type { DocumentNode, GraphBatch } from '../graph/model';
import { jointBatches } from '../graph/merge/joint-batches';
import { summariseReport, type ReportSummary } from '../graph/merge/report-summary';
import { batchOfEncoded, type EncodedDocument } from '../store/embedded/encoded-document';
import type { StorePort, WriteResult } from '../store/port';
import { DateGroups } from './date-groups';
import { batchOfStoredDocument } from './prepare-document';
import { meetingDateOf as meetingDate, type PreparedReport } from './prepare-report';

/** Unjoined reports kept whole (the least recently used goes first). */
const KEEP_BATCHES = 256;

/** A report's write, with the other reports its meeting was joined with (sorted ids). */
export type JoinedWrite = WriteResult & { joinedWith: string[] };

/** A report as the joiner holds it: its batch, or its record as a worker encoded it and the batch made from that when a join needs it. */
class HeldReport {
  private constructor(
    readonly documentId: string,
    readonly summary: ReportSummary | null,
    readonly encoded: EncodedDocument | null,
    private made: GraphBatch | null,
  ) {}

  static ofBatch(batch: GraphBatch): HeldReport {
    return new HeldReport(batch.documentId, summariseReport(batch), null, batch);
  }

  static ofPrepared(prepared: PreparedReport): HeldReport {
    return new HeldReport(prepared.encoded.documentId, prepared.summary, prepared.encoded, null);
  }

  get batch(): GraphBatch {
    return (this.made ??= batchOfEncoded(this.encoded as EncodedDocument));
  }
}

const descending = (batches: GraphBatch[]) => [...batches].sort((a, b) => b.documentId.localeCompare(a.documentId));

export class ReportJoiner {
  private readonly steps = new Map<string, Promise<unknown>>();
  private readonly summaries = new Map<string, ReportSummary | null>();
  private readonly batches = new Map<string, HeldReport>();
  /**
   * Reports this joiner stored alone, whose stored record is still their own batch as this
   * extractor made it: read back from the store when a later report joins them, instead of
   * extracting them again (most of a join's cost once the batch left the kept few).
   */
  private readonly storedAlone = new Set<string>();
  /** Groups among the stored reports of each date, as this joiner last wrote them (date-groups.ts). */
  private readonly dateGroups = new Map<string, DateGroups>();

  constructor(
    private readonly store: StorePort,
    /** Unjoined reports kept whole (tests make it small). */
    private readonly keepBatches = KEEP_BATCHES,
  ) {}

  /** Writes the report, joined with the stored reports of its meeting; the result is the report's own write. */
  async write(batch: GraphBatch): Promise<JoinedWrite> {
    return this.writeReport(HeldReport.ofBatch(batch), meetingDate(batch));
  }

  /** write() of a report a prepare worker encoded (prepare-report.ts). */
  async writePrepared(prepared: PreparedReport): Promise<JoinedWrite> {
    return this.writeReport(HeldReport.ofPrepared(prepared), prepared.meetingDate);
  }

  private async writeReport(report: HeldReport, date: string | null): Promise<JoinedWrite> {
    if (date === null) return { ...(await this.writeAlone(report)), joinedWith: [] }; // an undated meeting joins nothing
    return this.step(date, async () => {
      this.remember(report);
      const { group, groups } = await this.groupOf(report.documentId, date);
      // Until the writes below succeed, the store may hold neither the old groups nor the new.
      this.dateGroups.delete(date);
      if (group.length === 1) {
        const alone = await this.writeAlone(report);
        this.dateGroups.set(date, groups);
        return { ...alone, joinedWith: [] };
      }
      let own: WriteResult | null = null;
      for (const joint of descending(jointBatches(await this.batchesOf(group)))) {
        const written = await this.writeJoint(joint);
        if (joint.documentId === report.documentId) own = written;
      }
      this.dateGroups.set(date, groups);
      return { ...(own as WriteResult), joinedWith: group.filter((id) => id !== report.documentId) };
    });
  }

  /** A report joined with none is stored as it is: as its record, where the store takes one. */
  private writeAlone(report: HeldReport): Promise<WriteResult> {
    const { store } = this;
    const written = report.encoded !== null && store.writeEncoded !== undefined ? store.writeEncoded(report.encoded) : store.writeDocument(report.batch);
    return written.then((result) => (this.storedAlone.add(report.documentId), result));
  }

  /** Every write of a joint batch and every removal goes through here: the record is no longer the report's own. */
  private async writeJoint(joint: GraphBatch): Promise<WriteResult> {
    this.storedAlone.delete(joint.documentId);
    return this.store.writeDocument(joint);
  }

  /** Removes the report; the other reports of its meeting keep their facts. */
  async remove(documentId: string): Promise<WriteResult> {
    const [doc] = await this.store.getNodes([documentId]);
    const original = doc?.label === 'Document' ? this.originalOf(doc) : null;
    const date = original === null ? null : meetingDate(original);
    if (date === null) return this.store.removeDocument(documentId);
    return this.step(date, async () => {
      const group = (await this.wholeGroups(date, [])).group(documentId);
      // Taking a report out can split its group: the date's groups are matched afresh next time.
      this.dateGroups.delete(date);
      this.storedAlone.delete(documentId);
      const removed = await this.store.removeDocument(documentId);
      this.summaries.delete(documentId);
      this.batches.delete(documentId);
      const rest = group.filter((id) => id !== documentId);
      if (rest.length > 0) for (const joint of descending(jointBatches(await this.batchesOf(rest)))) await this.writeJoint(joint);
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

  /**
   * The reports whose meetings join `documentId`'s, among it and the stored reports of `date`
   * (sorted ids), with the date's groups once it is written. A new report is matched against
   * each stored one when the groups kept for the date are about exactly the stored reports;
   * otherwise (a new run, a report written again, a removal) every pair is matched.
   */
  private async groupOf(documentId: string, date: string): Promise<{ group: readonly string[]; groups: DateGroups }> {
    const stored = await this.store.documentsOnMeetingDate(date);
    const kept = this.dateGroups.get(date);
    if (kept !== undefined && !stored.includes(documentId) && kept.cover(stored)) {
      await this.summariesOf(stored);
      return { group: kept.add(this.summaries.get(documentId) ?? null, documentId, this.summaries), groups: kept };
    }
    const groups = await this.wholeGroups(date, [documentId], stored);
    return { group: groups.group(documentId), groups };
  }

  /** The groups among the stored reports of `date` and `alsoIds`, every pair matched. */
  private async wholeGroups(date: string, alsoIds: readonly string[], stored?: readonly string[]): Promise<DateGroups> {
    const ids = [...new Set([...alsoIds, ...(stored ?? (await this.store.documentsOnMeetingDate(date)))])];
    await this.summariesOf(ids);
    return DateGroups.of(ids, this.summaries);
  }

  /** Makes sure every report of `ids` has its summary (null: one that cannot be matched). */
  private async summariesOf(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.summaries.has(id));
    if (missing.length > 0) for (const doc of await this.store.getNodes(missing)) if (doc?.label === 'Document') this.originalOf(doc);
  }

  /** The unjoined batches of `ids` (kept, read back from the store, or made again), in their order. */
  private async batchesOf(ids: readonly string[]): Promise<GraphBatch[]> {
    const { store } = this;
    // Collected here: remembering one batch may push another of the group out of the kept few.
    const found = new Map<string, GraphBatch>();
    for (const id of ids) {
      const kept = this.batches.get(id);
      if (kept !== undefined) found.set(id, kept.batch);
    }
    for (const id of ids) {
      if (found.has(id) || !this.storedAlone.has(id) || store.storedBatch === undefined) continue;
      const batch = await store.storedBatch(id);
      if (batch !== null) found.set(id, batch);
    }
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      for (const doc of await store.getNodes(missing)) {
        const batch = doc?.label === 'Document' ? this.originalOf(doc) : null;
        if (batch !== null) found.set(batch.documentId, batch);
      }
    }
    return ids.map((id) => found.get(id)).filter((b): b is GraphBatch => b !== undefined);
  }

  /** The stored report's own batch (made again when not kept); its summary is kept either way. */
  private originalOf(doc: DocumentNode): GraphBatch | null {
    const kept = this.batches.get(doc.id);
    if (kept !== undefined) return kept.batch;
    const batch = batchOfStoredDocument(doc);
    if (batch === null) this.summaries.set(doc.id, null);
    else this.remember(HeldReport.ofBatch(batch));
    return batch;
  }

  private remember(report: HeldReport): void {
    this.summaries.set(report.documentId, report.summary);
    this.batches.delete(report.documentId);
    this.batches.set(report.documentId, report);
    if (this.batches.size > this.keepBatches) this.batches.delete(this.batches.keys().next().value as string);
  }
}
