// Snapshot format 6 holds the directives' folded texts apart from their tuples, in lines of
// texts end to end (folded-texts.ts). Where the lines end may only change how fast a store
// opens: every directive decodes to exactly what was stored, whatever the line length, and a
// text with a character past U+00FF stays in its tuple.
import type { GraphBatch, GraphNode } from '../../src/graph/model';
import { documentRecord } from '../../src/store/embedded/document-text';
import { SnapshotEncoder, decodeSnapshot } from '../../src/store/embedded/snapshot-format';
import { batch001, batch002, batch003 } from './fixtures';

/** Sixty documents as docs.log stores them (texts cut out); the first directive's folded text has a character past U+00FF. */
function storedDocuments(): GraphBatch[] {
  const batches = [batch001(), batch002(), batch003()].map((b) => documentRecord(b).stored);
  const first = batches[0];
  const at = first.nodes.findIndex((n) => n.label === 'Directive');
  const wide = { ...first.nodes[at], textFolded: `${(first.nodes[at] as { textFolded: string }).textFolded} \u201cso\u201d` } as GraphNode;
  batches[0] = { ...first, nodes: first.nodes.map((n, i) => (i === at ? wide : n)) };
  return Array.from({ length: 60 }, (_, i) => batches[i % 3]);
}

function encode(batches: readonly GraphBatch[], foldedPerLine: number): Buffer {
  const encoder = new SnapshotEncoder(60 * 100, { logId: null, last: null }, foldedPerLine);
  const chunks = [encoder.header()];
  batches.forEach((batch, i) => {
    const chunk = encoder.add({ documentId: batch.documentId, identity: '0123456789abcdef', offset: i * 100, length: 100, textBytes: 0, batch });
    if (chunk !== null) chunks.push(chunk);
  });
  chunks.push(encoder.finish());
  return Buffer.concat(chunks);
}

const foldedLines = (bytes: Buffer) => bytes.toString('latin1').split('\n').filter((line) => line.slice(9, 10) === '"');

test.each([
  ['one character (a line after every line of documents)', 1, 3],
  ['a billion characters (one line at the end)', 1e9, 1],
])('folded texts in lines of %s decode to the directives stored', (_name, perLine, lines) => {
  const batches = storedDocuments();
  const bytes = encode(batches, perLine);
  expect(foldedLines(bytes)).toHaveLength(lines);
  expect(foldedLines(bytes).join('')).not.toContain('\\u201c');
  const snapshot = decodeSnapshot(bytes);
  if ('unusable' in snapshot) throw new Error(snapshot.unusable);
  const docs = [...snapshot.docs()];
  expect(docs.map((d) => JSON.stringify(d.batch.nodes))).toEqual(batches.map((b) => JSON.stringify(b.nodes)));
  expect(docs.map((d) => JSON.stringify(d.batch.edges))).toEqual(batches.map((b) => JSON.stringify(b.edges)));
});

test('a snapshot whose folded texts end before its directives do cannot be decoded', () => {
  const bytes = encode(storedDocuments(), 1);
  const lines = bytes.toString('latin1').split('\n');
  const cut = lines.filter((line) => line !== foldedLines(bytes).at(-1));
  cut[cut.length - 2] = `end ${cut.length - 3}`;
  const snapshot = decodeSnapshot(Buffer.from(cut.join('\n'), 'latin1'));
  if ('unusable' in snapshot) throw new Error(snapshot.unusable);
  expect(() => [...snapshot.docs()]).toThrow(/cannot be decoded/);
});
