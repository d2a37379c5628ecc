// The default store: the in-memory graph of memory-index, made durable by two append-only
// logs in the data directory — docs.log (one record per written document batch) and
// curations.log. A write resolves only after its record is fsync'd; writes arriving together,
// or while the previous group's fsync runs, share one append and one fsync (group commit),
// which is what makes bulk ingest fast.
import type { MeetingDirection } from '../../graph/meeting-order';
import type { EdgeType, GraphBatch, GraphEdge, GraphNode, MeetingNode, NodeLabel } from '../../graph/model';
import { StoreError } from '../errors';
import { validateBatch, type BatchOwnership } from '../memory-index/graph-state';
import { MemoryGraph } from '../memory-index/memory-graph';
import { displayNameOf } from '../memory-index/search';
import type {
  DirectiveRequest,
  CurationRecord,
  DirectiveHit,
  DirectiveQuery,
  EdgeKey,
  GraphStats,
  Page,
  PageArgs,
  SearchArgs,
  SearchHit,
  StorePort,
  WriteResult,
} from '../port';
import { documentRecord, type DocumentRecord, type DocumentTexts } from './document-text';
import { batchOfRecordBody, storedBatchOf, type EncodedDocument } from './encoded-document';
import { runSliced, type ReadOptions } from '../sliced-work';
import { recordBody, type RecordBody } from './framing';
import { loadCurations, loadDocuments } from './load';
import type { DirectoryLock } from './lock';
import type { RecordLog } from './record-log';
import { SNAPSHOT_MIN_NEW_BYTES, writeSnapshot } from './snapshot';
import { catchUp, followLog, type FollowTarget } from './follow-log';

/** A record waiting for its fsync: the batch is made (or parsed) only once it is durable. */
interface PendingRecord {
  body: RecordBody;
  textBytes: number;
  nodes: number;
  edges: number;
  stored(): GraphBatch;
  /** 'copy' for a caller's batch; 'owned' for one parsed here, which the graph may keep as it is. */
  ownership: BatchOwnership;
}

interface PendingWrite {
  documentId: string;
  /** Null for a removal. */
  record: PendingRecord | null;
  resolve(result: WriteResult): void;
  reject(error: unknown): void;
}

function pendingOf(record: DocumentRecord, batch: GraphBatch): PendingRecord {
  return { body: record.body, textBytes: record.textBytes, nodes: batch.nodes.length, edges: batch.edges.length, stored: () => record.stored, ownership: 'copy' };
}

function pendingOfEncoded(encoded: EncodedDocument): PendingRecord {
  const bytes = Buffer.from(encoded.body.buffer, encoded.body.byteOffset, encoded.body.byteLength);
  return { body: { bytes, identity: encoded.identity }, textBytes: encoded.textBytes, nodes: encoded.nodes, edges: encoded.edges, stored: () => storedBatchOf(encoded), ownership: 'owned' };
}

/** The record that says a document was removed: its earlier records no longer count. */
function removalBody(documentId: string): RecordBody {
  return recordBody(JSON.stringify({ t: 'del', documentId }));
}

/** Place of each document's live record in docs.log, for compaction. */
export type LivePlaces = Map<string, { offset: number; length: number }>;

export interface EmbeddedParts {
  graph: MemoryGraph;
  /** Null only when a read-only store found no data directory. */
  docsLog: RecordLog | null;
  curationsLog: RecordLog | null;
  readOnly: boolean;
  live: LivePlaces;
  texts: DocumentTexts;
  lock: DirectoryLock | null;
  dir: string;
  /** For a reader: opens the directory afresh (after a compaction replaced the log). */
  reopen?: () => Promise<EmbeddedStore>;
  /** docs.log bytes the usable snapshot covers (0: none); see snapshot.ts. */
  snapshotCovered?: number;
  /** The snapshot loaded is of an older format: rewritten on close, whatever the log's growth. */
  snapshotOutdated?: boolean;
}

/** Compact when dead records outweigh live ones and amount to this much. */
const COMPACT_MIN_DEAD_BYTES = 8 * 1024 * 1024;

export class EmbeddedStore implements StorePort {
  readonly kind = 'embedded' as const;
  private pending: PendingWrite[] = [];
  private flushScheduled = false;
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;
  /** The last failed compaction, if any: the store keeps working on the uncompacted log. */
  compactionError: unknown = null;
  private following: FollowTarget | null = null;
  /** Bytes of the live records in docs.log, once summed (compactIfWorthIt); null: not yet. */
  private liveBytes: number | null = null;

  constructor(private parts: EmbeddedParts) {
    // A reader notes which files it read now, so a compaction from here on is noticed.
    const { docsLog, curationsLog, readOnly } = parts;
    if (readOnly && docsLog !== null && curationsLog !== null) {
      this.following = { graph: parts.graph, live: parts.live, texts: parts.texts, docs: followLog(docsLog), curations: followLog(curationsLog) };
    }
  }

  /** The docs.log this store reads and appends to (null: a read-only store over no directory). */
  get docsLogFile(): string {
    return this.parts.docsLog?.file ?? '';
  }

  /**
   * A read-only store applies what the writer process appended since it last looked
   * (follow-log.ts); 'reopen' when the writer compacted a log and the store must be opened again.
   */
  catchUp(): 'current' | 'reopen' {
    void this.graph; // throws STORE_CLOSED
    return this.following === null ? 'current' : catchUp(this.following);
  }

  /** docs.log bytes the snapshot loaded or last written covers (0: the log was read whole). */
  get snapshotCovered(): number {
    return this.parts.snapshotCovered ?? 0;
  }

  get readOnly(): boolean {
    return this.parts.readOnly;
  }

  /**
   * A read-only store follows the writer: applies the records appended to both logs since it
   * opened (or last refreshed), or reopens when a compaction replaced a log. Returns whether
   * anything changed. A writer's store is its own source of truth: nothing to do.
   */
  async refresh(): Promise<boolean> {
    const { docsLog, curationsLog, readOnly, reopen } = this.parts;
    if (!readOnly || this.closed) return false;
    const docs = docsLog?.readAppended() ?? { frames: [], replaced: true };
    const curations = curationsLog?.readAppended() ?? { frames: [], replaced: true };
    if (docs.replaced || curations.replaced) {
      if (reopen === undefined) return false;
      const fresh = await reopen();
      docsLog?.close();
      curationsLog?.close();
      this.parts = fresh.parts;
      return true;
    }
    if (docsLog !== null) loadDocuments(this.parts.graph, docs.frames, docsLog.file, this.parts.live, this.parts.texts);
    if (curationsLog !== null) loadCurations(this.parts.graph, curations.frames, curationsLog.file);
    return docs.frames.length + curations.frames.length > 0;
  }

  private get graph(): MemoryGraph {
    if (this.closed) throw new StoreError('STORE_CLOSED', `The store in ${this.parts.dir} is closed`, { target: this.parts.dir });
    return this.parts.graph;
  }

  private writableLog(log: RecordLog | null): RecordLog {
    if (log === null || this.parts.readOnly) throw new StoreError('STORE_NOT_WRITABLE', `The store in ${this.parts.dir} is open read-only`, { target: this.parts.dir });
    return log;
  }

  async writeDocument(batch: GraphBatch): Promise<WriteResult> {
    void this.graph; // throws STORE_CLOSED
    this.writableLog(this.parts.docsLog);
    validateBatch(batch);
    // The record's identity doubles as the document's version: equal batches, equal records.
    return this.enqueue(batch.documentId, pendingOf(documentRecord(batch), batch));
  }

  /** writeDocument of a record already made (and its batch validated) by encodeDocument. */
  async writeEncoded(encoded: EncodedDocument): Promise<WriteResult> {
    void this.graph; // throws STORE_CLOSED
    this.writableLog(this.parts.docsLog);
    return this.enqueue(encoded.documentId, pendingOfEncoded(encoded));
  }

  async removeDocument(documentId: string): Promise<WriteResult> {
    void this.graph; // throws STORE_CLOSED
    this.writableLog(this.parts.docsLog);
    return this.enqueue(documentId, null);
  }

  /**
   * The batch of the document's live record as it was written, texts put back (null: not
   * held). The joiner reads a report it stored alone this way instead of extracting it again.
   */
  async storedBatch(documentId: string): Promise<GraphBatch | null> {
    void this.graph; // throws STORE_CLOSED
    const place = this.parts.live.get(documentId);
    const log = this.parts.docsLog;
    if (place === undefined || log === null) return null;
    const frame = log.read(place.offset, place.length);
    // "#<length> <crc> <identity>\n<body>\n" (framing.ts)
    return batchOfRecordBody(frame.subarray(frame.indexOf(0x0a) + 1, frame.length - 1));
  }

  /** Writes and removals share one queue, so they land in the order they were asked for. */
  private enqueue(documentId: string, record: PendingRecord | null): Promise<WriteResult> {
    return new Promise<WriteResult>((resolve, reject) => {
      this.pending.push({ documentId, record, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushing = this.flushing.then(() => this.flush());
        });
      }
    });
  }

  async documentsOnMeetingDate(date: string): Promise<string[]> {
    const state = this.graph.state;
    const ids = new Set<string>();
    for (const meetingId of state.meetingsOn(date)) for (const edge of state.out(meetingId)) if (edge.type === 'REPORTED_IN') ids.add(edge.to);
    return [...ids].sort();
  }

  private async flush(): Promise<void> {
    const group = this.pending;
    this.pending = [];
    this.flushScheduled = false;
    const { graph } = this.parts;
    const latest = new Map<string, string | null>();
    const toWrite: PendingWrite[] = [];
    const unchanged: PendingWrite[] = [];
    for (const write of group) {
      const id = write.documentId;
      const current = latest.has(id) ? latest.get(id) : graph.state.documentHash(id);
      const next = write.record?.body.identity ?? null;
      if (current === next) unchanged.push(write);
      else {
        latest.set(id, next);
        toWrite.push(write);
      }
    }
    const result = (w: PendingWrite, changed: boolean): WriteResult => ({ documentId: w.documentId, changed, nodes: w.record?.nodes ?? 0, edges: w.record?.edges ?? 0 });
    try {
      // The lock must still be this directory's before anything is acknowledged (see lock.ts).
      if (toWrite.length > 0) this.parts.lock?.check();
      // The fsync runs off the main thread; writes arriving meanwhile wait for the next flush
      // and share its fsync (group commit). Nothing is applied or acknowledged before it returns.
      const places = toWrite.length === 0 ? [] : await this.writableLog(this.parts.docsLog).appendDurably(toWrite.map((w) => w.record?.body ?? removalBody(w.documentId)));
      toWrite.forEach((write, i) => {
        if (write.record === null) {
          graph.state.removeDocument(write.documentId);
          this.placeLive(write.documentId, null);
          return;
        }
        graph.applyBatch(write.record.stored(), write.record.body.identity, write.record.ownership);
        this.placeLive(write.documentId, places[i]);
        this.parts.texts.set(write.documentId, write.record.textBytes);
      });
    } catch (error) {
      for (const write of toWrite) write.reject(error);
      for (const write of unchanged) write.reject(error);
      return;
    }
    for (const write of toWrite) write.resolve(result(write, true));
    for (const write of unchanged) write.resolve(result(write, false));
    try {
      this.compactIfWorthIt();
    } catch (error) {
      // The log is intact (the copy is discarded on the next open); say so instead of failing a write.
      this.compactionError = error;
    }
  }

  /** Records where a document's live record is (null: removed), keeping the sum of live bytes. */
  private placeLive(documentId: string, place: { offset: number; length: number } | null): void {
    const { live } = this.parts;
    if (this.liveBytes !== null) this.liveBytes += (place?.length ?? 0) - (live.get(documentId)?.length ?? 0);
    if (place === null) live.delete(documentId);
    else live.set(documentId, place);
  }

  /** Keeps docs.log within twice its live size, so rewriting documents never grows it forever. */
  compactIfWorthIt(minDeadBytes = COMPACT_MIN_DEAD_BYTES): void {
    const log = this.parts.docsLog;
    if (log === null || this.parts.readOnly) return;
    // Summed once, then kept by placeLive: summing every live place after each flush made
    // ingest quadratic in the number of documents.
    if (this.liveBytes === null) {
      this.liveBytes = 0;
      for (const place of this.parts.live.values()) this.liveBytes += place.length;
    }
    const liveBytes = this.liveBytes;
    const dead = log.bytes - liveBytes;
    if (dead < minDeadBytes || dead < liveBytes) return;
    const ids = [...this.parts.live.keys()];
    const moved = log.compact(ids.map((id) => this.parts.live.get(id) as { offset: number; length: number }));
    ids.forEach((id, i) => this.parts.live.set(id, moved[i]));
    // Every offset moved: the old snapshot no longer matches the log.
    this.writeSnapshot();
  }

  /** Writes docs.snapshot for the log as it is now (at compaction, and on close once the log outgrew it). */
  writeSnapshot(): void {
    const log = this.parts.docsLog;
    if (log === null || this.parts.readOnly) return;
    writeSnapshot(this.parts.dir, log, this.parts.live);
    this.parts.snapshotCovered = log.bytes;
    this.parts.snapshotOutdated = false;
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    const texts = this.parts.texts;
    return this.graph.getNodes(ids).map((node) => texts.hydrate(node));
  }

  async getEdges(keys: readonly EdgeKey[]): Promise<GraphEdge[][]> {
    return this.graph.getEdges(keys);
  }

  async findDirectives(query: DirectiveQuery, page: PageArgs): Promise<Page<DirectiveHit>> {
    return this.graph.findDirectives(query, page);
  }

  async findDirectivesMany(requests: readonly DirectiveRequest[]): Promise<Page<DirectiveHit>[]> {
    return requests.map(({ query, page }) => this.graph.findDirectives(query, page));
  }

  async listNodes(label: NodeLabel, page: PageArgs): Promise<Page<GraphNode>> {
    const page_ = this.graph.listNodes(label, page);
    if (label !== 'Document' && label !== 'Directive') return page_;
    return { ...page_, items: page_.items.map((item) => ({ ...item, value: this.parts.texts.hydrate(item.value) })) };
  }

  async listMeetingsByDate(direction: MeetingDirection, page: PageArgs): Promise<Page<MeetingNode>> {
    return this.graph.listMeetingsByDate(direction, page);
  }

  async listEdges(type: EdgeType | null, page: PageArgs): Promise<Page<GraphEdge>> {
    return this.graph.listEdges(type, page);
  }

  async search(args: SearchArgs): Promise<SearchHit[]> {
    const texts = this.parts.texts;
    return this.graph.search(args, (node) => displayNameOf(texts.hydrate(node)));
  }

  async shortestPath(from: string, to: string, maxHops: number, options: ReadOptions = {}): Promise<GraphEdge[] | null> {
    return runSliced(this.graph.shortestPathSteps(from, to, maxHops), options.signal);
  }

  async stats(top: number): Promise<GraphStats> {
    return this.graph.stats(top);
  }

  async addCuration(record: CurationRecord): Promise<void> {
    const graph = this.graph;
    const log = this.writableLog(this.parts.curationsLog);
    const existing = graph.curations.get(record.id);
    if (existing !== undefined) {
      if (JSON.stringify(existing) === JSON.stringify(record)) return;
      throw new StoreError('STORE_BAD_INPUT', `Curation ${record.id} already exists with other content`);
    }
    graph.checkCuration(record);
    this.parts.lock?.check();
    log.append([recordBody(JSON.stringify({ t: 'cur', record }))]);
    graph.applyCuration(record);
  }

  async getCurations(directiveIds: readonly string[]): Promise<CurationRecord[][]> {
    return this.graph.getCurations(directiveIds);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await new Promise((resolve) => setImmediate(resolve));
    await this.flushing;
    const log = this.parts.docsLog;
    const grown = log !== null && log.bytes - (this.parts.snapshotCovered ?? 0) >= SNAPSHOT_MIN_NEW_BYTES;
    if (log !== null && !this.parts.readOnly && (grown || this.parts.snapshotOutdated === true)) {
      // A snapshot that cannot be written costs the next start time, never data.
      try {
        this.writeSnapshot();
      } catch (error) {
        this.compactionError = error;
      }
    }
    this.closed = true;
    this.parts.docsLog?.close();
    this.parts.curationsLog?.close();
    this.parts.lock?.release();
  }
}
