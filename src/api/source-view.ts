// Sources: where a fact was read. A directive carries its sentence; for facts without a span of
// their own (who chaired) the citation is the report's first sentence naming the person.
import type { DirectiveNode, DocumentNode, Provenance } from '../graph/model';
import { fold } from '../text/fold';

export interface SourceView {
  sentence: string;
  start: number;
  end: number;
  documentId: string;
}

function viewOf(p: Provenance): SourceView {
  return { sentence: p.sentence, start: p.start, end: p.end, documentId: p.documentId };
}

export function sourceOfDirective(node: DirectiveNode): SourceView {
  return viewOf(node.provenance);
}

/** Every report's source of a task several reports give; the one source otherwise. */
export function sourcesOfDirective(node: DirectiveNode): SourceView[] {
  return (node.sources ?? [node.provenance]).map(viewOf);
}

// A sentence ends at . ! ? or a line break; numbers like "30/6/2025" and "1.000" keep their dots.
const SENTENCE_END = /[.!?](?=\s|$)|\n/g;

/** The sentence of the document that first mentions `name` (diacritic-insensitive), or null. */
export function sentenceMentioning(doc: DocumentNode, name: string): SourceView | null {
  const needle = fold(name);
  if (needle === '') return null;
  let start = 0;
  for (const match of doc.text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + 1;
    const sentence = doc.text.slice(start, end).trim();
    if (fold(sentence).includes(needle)) {
      const offset = doc.text.indexOf(sentence, start);
      return { sentence, start: offset, end: offset + sentence.length, documentId: doc.id };
    }
    start = end;
  }
  return null;
}
