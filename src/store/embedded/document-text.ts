// Document texts stay on disk. A document's record is its batch as JSON (compact-batch.ts) with the Document's
// text left empty, a newline, then the text as raw UTF-8; the store keeps only where the text
// lies and reads it when a Document node is asked for. A directive's clause and sentence are
// pieces of that text, so they are kept as offsets and cut from it when the directive is read.
// Texts are the largest part of a report: this keeps memory per directive and start-up small.
import type { DirectiveNode, DocumentNode, GraphBatch, GraphNode } from '../../graph/model';
import { compactBatch } from './compact-batch';
import { recordBody, type RecordBody } from './framing';
import type { RecordLog } from './record-log';

export interface DocumentRecord {
  body: RecordBody;
  /** The batch as held in memory: the Document node without its text. */
  stored: GraphBatch;
  /** Byte length of the text at the end of the record. */
  textBytes: number;
}

/** A directive as held: clause and sentence emptied, the sentence's place in the text kept. */
type StoredDirective = DirectiveNode & { sentenceAt?: number; sentenceLength?: number };

/** The directive without its texts when both can be cut back from the document text exactly. */
function storedDirective(node: DirectiveNode, text: string): StoredDirective {
  const { start, end, sentence } = node.provenance;
  if (text.slice(start, end) !== node.text) return node;
  const at = text.lastIndexOf(sentence, start);
  if (at < 0 || at + sentence.length < end) return node;
  return { ...node, text: '', provenance: { ...node.provenance, sentence: '' }, sentenceAt: at, sentenceLength: sentence.length };
}

export function documentRecord(batch: GraphBatch): DocumentRecord {
  const document = batch.nodes.find((node): node is DocumentNode => node.label === 'Document' && node.id === batch.documentId);
  const text = document?.text ?? '';
  const nodes = batch.nodes.map((node): GraphNode => {
    if (node === document) return { ...node, text: '' };
    // A task joined from another report is read back from that report's text: keep it whole.
    return node.label === 'Directive' && node.documentId === batch.documentId ? storedDirective(node, text) : node;
  });
  const stored: GraphBatch = { documentId: batch.documentId, nodes, edges: batch.edges, ...(batch.jointNodeIds === undefined ? {} : { jointNodeIds: batch.jointNodeIds }) };
  // The batch in its compact form (compact-batch.ts); records written before hold it whole under "batch".
  const body = recordBody(`{"t":"doc","c":${JSON.stringify(compactBatch(stored))}}\n${text}`);
  return { body, stored, textBytes: Buffer.byteLength(text, 'utf8') };
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

  /** The node as written: a Document gets its text back, a Directive its clause and sentence. */
  hydrate<N extends GraphNode | null>(node: N): N {
    if (node === null) return node;
    if (node.label === 'Document') {
      const text = this.text(node.id);
      return text === null ? node : ({ ...(node as DocumentNode), text } as N);
    }
    if (node.label !== 'Directive' || (node as StoredDirective).sentenceAt === undefined) return node;
    const text = this.text((node as DirectiveNode).documentId);
    return text === null ? node : (hydrateWithText(node as DirectiveNode, text) as N);
  }
}

/** A directive as written: clause and sentence cut back from its document's text. */
export function hydrateWithText(node: DirectiveNode, text: string): DirectiveNode {
  if ((node as StoredDirective).sentenceAt === undefined) return node;
  const { sentenceAt, sentenceLength, ...directive } = node as StoredDirective;
  const at = sentenceAt as number;
  const { start, end } = directive.provenance;
  return {
    ...directive,
    text: text.slice(start, end),
    provenance: { ...directive.provenance, sentence: text.slice(at, at + (sentenceLength as number)) },
  };
}
