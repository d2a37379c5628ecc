// Sources for Popolo records: the report a fact came from, and the sentence when the graph
// keeps one (directives keep their provenance; chair and attendance edges only their document).
import type { DirectiveNode } from '../graph/model';
import { fold, foldKeepingOffsets } from '../text/fold';
import type { GraphIndex } from './graph-index';
import type { PopoloSource } from './popolo-types';

export const GAZETTEER_SOURCE: PopoloSource = {
  document_id: null,
  title: 'minutes-graph agency gazetteer (reference list of agencies and the 2025 mergers)',
  published: null,
  note: 'gazetteer',
};

export function documentSource(index: GraphIndex, documentId: string): PopoloSource {
  const doc = index.nodeOf('Document', documentId);
  return { document_id: documentId, title: doc?.title ?? null, published: doc?.published ?? null };
}

/** Each report's sentence of the task (several when reports of one meeting both give it). */
export function directiveSources(index: GraphIndex, directive: DirectiveNode): PopoloSource[] {
  return (directive.sources ?? [directive.provenance]).map((p) => ({ ...documentSource(index, p.documentId), sentence: p.sentence, start: p.start, end: p.end }));
}

/** Sources in first-seen order without repeats (same document and span). */
export function uniqueSources(sources: readonly PopoloSource[]): PopoloSource[] {
  const seen = new Set<string>();
  const out: PopoloSource[] = [];
  for (const source of sources) {
    const key = `${source.document_id ?? source.note ?? ''}#${source.start ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(source);
  }
  return out;
}

const SENTENCE_END = /[.!?;\n]/;

/**
 * Where a name first occurs in a document, diacritic-insensitively and as whole words, with
 * the sentence around it; null when the text never writes it. Used for agencies a report
 * names without assigning them anything (so no directive carries their sentence).
 */
export function mentionSource(index: GraphIndex, documentId: string, names: readonly string[]): PopoloSource | null {
  const doc = index.nodeOf('Document', documentId);
  if (doc === undefined) return null;
  const { text: folded, offsets } = index.derived(`collapsed-fold ${documentId}`, () => collapsedFold(doc.text));
  for (const name of names) {
    const key = fold(name);
    if (key === '') continue;
    const at = folded.indexOf(` ${key} `);
    if (at < 0) continue;
    // `at` is the space before the name in the padded text; offsets maps collapsed → original.
    const start = offsets[at + 1];
    const end = offsets[at + key.length] + 1;
    return { ...documentSource(index, documentId), sentence: sentenceAround(doc.text, start, end), start, end };
  }
  return null;
}

/**
 * The text folded like fold() (runs of separators → one space), padded with a space at each
 * end, with the original offset of every character, so a match on fold()ed names maps back.
 */
function collapsedFold(text: string): { text: string; offsets: number[] } {
  const perChar = foldKeepingOffsets(text);
  const out: string[] = [' '];
  const offsets = [0];
  for (let i = 0; i < perChar.length; i++) {
    const ch = perChar[i];
    if (ch === ' ' && out[out.length - 1] === ' ') continue;
    out.push(ch);
    offsets.push(i);
  }
  offsets.push(perChar.length);
  return { text: `${out.join('')} `, offsets };
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}
