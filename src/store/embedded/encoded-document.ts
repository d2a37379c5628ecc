// A document's record for docs.log made where its batch is built (a prepare worker), so the
// bytes cross to the writing thread as one transferable buffer instead of an object graph to
// clone, and the writer neither serialises nor hashes the batch again. The writer parses the
// record's JSON only once it is durable, as opening the store would (load.ts), and keeps the
// parsed objects as they are. Issue 14: cloning the batch, then making the record from it on
// the main thread, and the garbage of both, were most of ingest's CPU outside extraction.
import type { DocumentNode, GraphBatch, GraphNode } from '../../graph/model';
import { validateBatch } from '../memory-index/graph-state';
import { batchOfRecord, type DocRecordFields } from './compact-batch';
import { documentRecord, hydrateWithText } from './document-text';

/** The body of a document's record (framing.ts) with what the writer needs to know of it. */
export interface EncodedDocument {
  documentId: string;
  /** The record body: the stored batch as JSON, a newline, then the text as UTF-8. */
  body: Uint8Array;
  /** 16 hex of the body's sha256 (framing.ts identityOf). */
  identity: string;
  /** Byte length of the JSON before the newline. */
  headBytes: number;
  /** Byte length of the text after it. */
  textBytes: number;
  /** Nodes and edges of the batch (the write's result tells them). */
  nodes: number;
  edges: number;
}

/**
 * The record of a batch, validated as a store's write validates it (a StoreError for a bad
 * batch). Its body owns a whole ArrayBuffer of its own, so it can be transferred.
 */
export function encodeDocument(batch: GraphBatch): EncodedDocument {
  validateBatch(batch);
  const record = documentRecord(batch);
  const bytes = record.body.bytes;
  // Buffer.from may hand out a slice of a shared pool: transferring that would detach the pool.
  const body = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  return {
    documentId: batch.documentId,
    body,
    identity: record.body.identity,
    headBytes: bytes.byteLength - record.textBytes - 1,
    textBytes: record.textBytes,
    nodes: batch.nodes.length,
    edges: batch.edges.length,
  };
}

/** The batch as docs.log holds it (texts left out), freshly parsed: nobody else holds it. */
export function storedBatchOf(encoded: EncodedDocument): GraphBatch {
  const head = Buffer.from(encoded.body.buffer, encoded.body.byteOffset, encoded.headBytes).toString('utf8');
  return batchOfRecord(JSON.parse(head) as DocRecordFields) as GraphBatch;
}

/** The batch the record was made from, texts put back (what joining reports needs). */
export function batchOfEncoded(encoded: EncodedDocument): GraphBatch {
  return batchOfRecordBody(encoded.body);
}

/** The batch a document record's body (framing.ts) was made from, texts put back. */
export function batchOfRecordBody(bytes: Uint8Array): GraphBatch {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // JSON text never holds a raw newline: the first one ends it.
  const headEnd = body.indexOf(0x0a);
  const stored = batchOfRecord(JSON.parse(body.toString('utf8', 0, headEnd)) as DocRecordFields) as GraphBatch;
  const text = body.toString('utf8', headEnd + 1);
  const nodes = stored.nodes.map((node): GraphNode => {
    if (node.label === 'Document' && node.id === stored.documentId) return { ...(node as DocumentNode), text };
    return node.label === 'Directive' && node.documentId === stored.documentId ? hydrateWithText(node, text) : node;
  });
  return { ...stored, nodes };
}
