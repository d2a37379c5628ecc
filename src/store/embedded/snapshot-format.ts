// The compact snapshot of docs.log's live records, as bytes and back (pure). A header line
// "minutes-graph/snapshot/5 <covered> <log id> <last offset> <last identity>\n" (the log it was
// taken of, and the last record before <covered>: see LogAnchor; "-" for none), then lines "<crc32> <json>\n" (JSON in ASCII): the
// documents in chunks of DOCS_PER_LINE, each [documentId, identity, offset, length, textBytes,
// nodes, edges, jointNodeIds?] in the packed form of snapshot-tuples.ts, then the tables
// [shared nodes, words, edge props, rule-id lists], then "end <lines>\n". It is written as the
// records are read, one chunk at a time, so writing never holds every batch (a million
// directives would not fit). Agencies and officials, repeated in every report that names them,
// are held once in the tables and referred to by index. Lines keep every string small: a
// million directives are over a gigabyte, past the longest string V8 can hold, and a small line
// parsed and applied is garbage before the next young-generation collection (lines of 500
// documents were copied by the collector as they were applied). Formats 3 (snapshot-v3.ts) and
// 4 (format 5 without the anchor) still open.
import type { GraphBatch, GraphNode } from '../../graph/model';
import { DOCUMENT_OWNED_LABELS } from '../../graph/model';
import { crc32Hex } from './crc32';
import { TableBuilder, TupleDecoder, freezeTables, packDocument, type PackedEdges, type PackedNode, type Tables } from './snapshot-tuples';
import { decodeDocsV3 } from './snapshot-v3';

const FORMAT_PREFIX = 'minutes-graph/snapshot/';
export const SNAPSHOT_VERSION = 5;
export const SNAPSHOT_FORMAT = `${FORMAT_PREFIX}${SNAPSHOT_VERSION}`;
/** Older formats that still open. */
const READABLE_VERSIONS = [3, 4, SNAPSHOT_VERSION];
const DOCS_PER_LINE = 25;

/**
 * The snapshot being loaded does not match the log, or cannot be decoded although its checksums
 * hold (written by a faulty version): the caller starts over from the whole log.
 */
export class SnapshotMismatch extends Error {}

/** One live document record of docs.log: where it lies, its identity, its stored batch. */
export interface SnapshotDoc {
  documentId: string;
  identity: string;
  offset: number;
  length: number;
  textBytes: number;
  batch: GraphBatch;
  /** The batch is already in the shared form the graph keeps (compact-batch.ts): apply it as is. */
  compacted?: boolean;
}

/**
 * What ties a snapshot to the docs.log it was taken of, checked once on open instead of one read
 * per document: the id in the log's header (a compaction, a repair or another store writes
 * another file, with another id) and the last record before `covered`, read back whole (a log
 * cut and written again past that point has another record there).
 */
export interface LogAnchor {
  /** Null: the log was written before logs had ids; each document is then checked in the log. */
  logId: string | null;
  /** The last frame before `covered` (null: none, the log held only its header). */
  last: { offset: number; identity: string } | null;
}

export interface Snapshot {
  /** docs.log bytes the snapshot covers: records from there on are replayed from the log. */
  covered: number;
  /** Null for formats 3 and 4, written before the anchor: each document is checked in the log. */
  anchor: LogAnchor | null;
  /** The format version it was written in (an older one is rewritten when the store next writes a snapshot). */
  version: number;
  /**
   * The documents in log order, decoded one line at a time as they are read, so the parsed
   * batches of a line can be applied and dropped before the next is parsed (opening a large
   * store then never holds every batch twice). Every line's checksum was verified up front.
   */
  docs(): Iterable<SnapshotDoc>;
}

type PackedDoc = [string, string, number, number, number, PackedNode[], PackedEdges, string[]?];

/**
 * JSON with every character past ASCII written as a \u escape: the line is then read back
 * byte for byte instead of decoded as UTF-8, which was a sixth of opening a large store, and
 * JSON.parse gets a one-byte string.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/**
 * Lines hold ASCII only, where every single-byte decoder agrees. Not Buffer#toString('latin1'):
 * past 1 MB that makes an external string, which JSON.parse slices, so every line stayed in
 * memory as long as one id or text parsed from it (the whole snapshot), and parsing was slower.
 */
const ASCII = new TextDecoder('latin1');

function line(value: unknown): Buffer {
  const json = Buffer.from(asciiJson(value), 'latin1');
  return Buffer.concat([Buffer.from(`${crc32Hex(json)} `, 'latin1'), json, Buffer.from('\n', 'latin1')]);
}

/** Encodes documents as they come: `add` returns a chunk of bytes to write when one is full. */
export class SnapshotEncoder {
  private readonly shared: GraphNode[] = [];
  private readonly sharedIndex = new Map<string, number>();
  private readonly tables = new TableBuilder();
  private docs: PackedDoc[] = [];
  private lines = 0;

  constructor(
    private readonly covered: number,
    private readonly anchor: LogAnchor,
  ) {}

  header(): Buffer {
    const { logId, last } = this.anchor;
    return Buffer.from(`${SNAPSHOT_FORMAT} ${this.covered} ${logId ?? '-'} ${last?.offset ?? '-'} ${last?.identity ?? '-'}\n`, 'latin1');
  }

  add(d: SnapshotDoc): Buffer | null {
    const sharedIndex = (node: GraphNode): number | undefined => {
      if (DOCUMENT_OWNED_LABELS.includes(node.label)) return undefined;
      let i = this.sharedIndex.get(node.id);
      // The last written version wins, as replaying the log would leave it.
      if (i === undefined) this.sharedIndex.set(node.id, (i = this.shared.push(node) - 1));
      else this.shared[i] = node;
      return i;
    };
    const { nodes, edges } = packDocument(d.documentId, d.batch.nodes, d.batch.edges, sharedIndex, this.tables);
    const joint = d.batch.jointNodeIds;
    this.docs.push(joint === undefined ? [d.documentId, d.identity, d.offset, d.length, d.textBytes, nodes, edges] : [d.documentId, d.identity, d.offset, d.length, d.textBytes, nodes, edges, joint]);
    return this.docs.length >= DOCS_PER_LINE ? this.flush() : null;
  }

  private flush(): Buffer {
    const out = line(this.docs);
    this.docs = [];
    this.lines++;
    return out;
  }

  finish(): Buffer {
    const rest = this.docs.length > 0 ? [this.flush()] : [];
    return Buffer.concat([...rest, line([this.shared, ...this.tables.tables]), Buffer.from(`end ${this.lines + 1}\n`, 'latin1')]);
  }
}

/** The lines of the snapshot between its header and its end line, checked; or why it cannot be used. */
function checkedLines(buf: Buffer, from: number): { start: number; end: number }[] | { unusable: string } {
  const lines: { start: number; end: number }[] = [];
  let at = from;
  for (;;) {
    // Relative to a view: Buffer#indexOf answers wrong positions past 2 GiB.
    const found = buf.subarray(at + 1).indexOf(0x0a);
    if (found < 0) return { unusable: 'incomplete' };
    const end = at + 1 + found;
    const text = buf.toString('latin1', at + 1, Math.min(end, at + 24));
    if (text.startsWith('end ')) {
      if (text !== `end ${lines.length}` || end !== buf.length - 1) return { unusable: 'incomplete or damaged' };
      return lines;
    }
    if (buf[at + 9] !== 0x20 || crc32Hex(buf.subarray(at + 10, end)) !== buf.toString('latin1', at + 1, at + 9)) return { unusable: 'damaged' };
    lines.push({ start: at + 10, end });
    at = end;
  }
}

/** The text of each line, decoded only when the documents are read. */
function* texts(buf: Buffer, lines: readonly { start: number; end: number }[]): Iterable<string> {
  for (const { start, end } of lines) yield ASCII.decode(buf.subarray(start, end));
}

/**
 * The checksums say each line is as written; a line that still fails to parse or decode was
 * written wrong (by a faulty version), and the store replays the log instead of failing to open.
 */
function undecodable(what: string, error: unknown): SnapshotMismatch {
  return new SnapshotMismatch(`the snapshot's ${what} cannot be decoded (${error instanceof Error ? error.message : String(error)})`);
}

function* decodeDocs(lines: Iterable<string>, decoder: TupleDecoder): Iterable<SnapshotDoc> {
  let line = 0;
  for (const text of lines) {
    line++;
    let docs: SnapshotDoc[];
    try {
      docs = (JSON.parse(text) as PackedDoc[]).map(([documentId, identity, offset, length, textBytes, packedNodes, packedEdges, joint]): SnapshotDoc => {
        const nodes = decoder.nodes(documentId, packedNodes);
        const edges = decoder.edges(documentId, packedEdges, nodes);
        const batch: GraphBatch = joint === undefined ? { documentId, nodes, edges } : { documentId, nodes, edges, jointNodeIds: joint };
        return { documentId, identity, offset, length, textBytes, batch, compacted: true };
      });
    } catch (error) {
      throw undecodable(`line ${line}`, error);
    }
    yield* docs;
  }
}

/**
 * The snapshot, or a reason it cannot be used (the log is the truth: the store then replays
 * it all). Every checksum is verified here, before a document is handed out; the tables
 * (the last line) are parsed first, since every document line refers to them.
 */
/** The anchor of a header line's last three fields (format 5; formats 3 and 4 have none). */
function anchorOf(fields: string | undefined): LogAnchor | null | 'malformed' {
  if (fields === undefined) return null;
  const match = /^ ([0-9a-f]{16}|-) (?:(\d+) ([0-9a-f]{16})|- -)$/.exec(fields);
  if (match === null) return 'malformed';
  return { logId: match[1] === '-' ? null : match[1], last: match[2] === undefined ? null : { offset: Number(match[2]), identity: match[3] } };
}

export function decodeSnapshot(buf: Buffer): Snapshot | { unusable: string } {
  const at = buf.indexOf(0x0a);
  const header = /^(\S+) (\d+)( .*)?$/.exec(buf.toString('latin1', 0, Math.max(0, at)));
  const version = header !== null && header[1].startsWith(FORMAT_PREFIX) ? Number(header[1].slice(FORMAT_PREFIX.length)) : NaN;
  if (at < 0 || header === null || !READABLE_VERSIONS.includes(version)) return { unusable: 'not a snapshot of a format this version reads' };
  const anchor = anchorOf(header[3]);
  if (anchor === 'malformed' || (anchor === null) !== version < 5) return { unusable: 'a header line of another format' };
  const lines = checkedLines(buf, at);
  if ('unusable' in lines) return lines;
  const tableLine = lines.pop();
  if (tableLine === undefined) return { unusable: 'no table line' };
  let tables: unknown;
  try {
    tables = JSON.parse(ASCII.decode(buf.subarray(tableLine.start, tableLine.end)));
  } catch {
    return { unusable: 'the table line is not JSON' };
  }
  const covered = Number(header[2]);
  if (version === 3) return { covered, anchor, version, docs: () => decodeDocsV3(texts(buf, lines), tables as GraphNode[]) };
  const [shared, ...rest] = tables as [GraphNode[], ...Tables];
  const decoder = new TupleDecoder(freezeTables(rest), shared);
  return { covered, anchor, version, docs: () => decodeDocs(texts(buf, lines), decoder) };
}
