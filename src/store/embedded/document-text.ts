// Document texts stay on disk. A document's record is its batch as JSON with the Document's
// text left empty, a newline, then the text as raw UTF-8; the store keeps only where the text
// lies and reads it when a Document node is asked for. The text is the largest part of a
// report, so this keeps memory per directive and start-up parsing small.
import type { DocumentNode, GraphBatch, GraphNode } from '../../graph/model';
import { recordBody, type RecordBody } from './framing';
import type { RecordLog } from './record-log';

export interface DocumentRecord {
  body: RecordBody;
  /** The batch as held in memory: the Document node without its text. */
  stored: GraphBatch;
  /** Byte length of the text at the end of the record. */
  textBytes: number;
}

export function documentRecord(batch: GraphBatch): DocumentRecord {
  let text = '';
  const nodes = batch.nodes.map((node) => {
    if (node.label !== 'Document' || node.id !== batch.documentId) return node;
    text = node.text;
    return { ...node, text: '' };
  });
  const stored: GraphBatch = { documentId: batch.documentId, nodes, edges: batch.edges };
  const textBuffer = Buffer.from(text, 'utf8');
  const body = recordBody(`{"t":"doc","batch":${JSON.stringify(stored)}}\n${text}`);
  return { body, stored, textBytes: textBuffer.length };
}

const CACHE_SIZE = 256;

/** Reads texts back from docs.log, keeping the most recently read few. */
export class DocumentTexts {
  private readonly lengths = new Map<string, number>();
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly log: () => RecordLog | null,
    private readonly placeOf: (documentId: string) => { offset: number; length: number } | undefined,
  ) {}

  /** The record of `documentId` now ends with a text of `textBytes` bytes. */
  set(documentId: string, textBytes: number): void {
    this.lengths.set(documentId, textBytes);
    this.cache.delete(documentId);
  }

  private text(documentId: string): string | null {
    const cached = this.cache.get(documentId);
    if (cached !== undefined) return cached;
    const length = this.lengths.get(documentId);
    const place = this.placeOf(documentId);
    const log = this.log();
    if (length === undefined || place === undefined || log === null) return null;
    // The record ends with the text and one newline.
    const text = log.read(place.offset + place.length - 1 - length, length).toString('utf8');
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(documentId, text);
    return text;
  }

  /** The node as written: a Document gets its text back. */
  hydrate<N extends GraphNode | null>(node: N): N {
    if (node === null || node.label !== 'Document') return node;
    const text = this.text(node.id);
    return text === null ? node : ({ ...(node as DocumentNode), text } as N);
  }
}
