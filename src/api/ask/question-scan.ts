// A question → a sequence of items: cue words (cue-lexicon.ts), dates, and the runs of other
// words between them ("gaps": names to resolve). Pure. Words are matched on the folded
// question; a gap keeps its span so the name is read as written ("Bộ LĐTB&XH").
// A capitalised word inside the question is part of a name, never a cue: "Tô" in "Tô Lâm" is
// not the preposition "to", "Giao" in "Bộ Giao thông vận tải" is not the verb "giao".
import { foldKeepingOffsets } from '../../text/fold';
import { CUE_PHRASES, LONGEST_CUE, type CueKind } from './cue-lexicon';
import { readDatePhrase, type DatePhrase } from './date-phrase';

export interface Word {
  /** Folded. */
  folded: string;
  start: number;
  end: number;
  /** May be read as a cue (not a capitalised word of a name). */
  cueable: boolean;
}

export type Item =
  | { kind: 'cue'; cue: CueKind[]; words: Word[] }
  | { kind: 'date'; date: DatePhrase; words: Word[] }
  | { kind: 'gap'; words: Word[] };

export interface ScannedQuestion {
  /** The question as matched (NFC, trailing "?" removed). */
  text: string;
  items: Item[];
}

const LONGEST_DATE = 8;
const isCapitalised = (original: string) => /^\p{Lu}/u.test(original);

function words(original: string): Word[] {
  const folded = foldKeepingOffsets(original);
  const found = [...folded.matchAll(/[a-z0-9]+/g)].map((m) => ({ folded: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  return found.map((w, i) => {
    const capital = isCapitalised(original.slice(w.start, w.end));
    // The first word is capitalised by writing; it is a name only when the next word is too ("Tô Lâm").
    const next = found[i + 1];
    const nameStart = i === 0 && capital && next !== undefined && isCapitalised(original.slice(next.start, next.end));
    return { ...w, cueable: i === 0 ? !nameStart : !capital };
  });
}

const foldedOf = (ws: readonly Word[]) => ws.map((w) => w.folded).join(' ');

function dateAt(ws: readonly Word[], i: number): { date: DatePhrase; length: number } | null {
  for (let n = Math.min(LONGEST_DATE, ws.length - i); n >= 1; n--) {
    const span = ws.slice(i, i + n);
    if (!span.some((w) => /\d/.test(w.folded))) continue;
    const date = readDatePhrase(foldedOf(span));
    if (date !== null) return { date, length: n };
  }
  return null;
}

function cueAt(ws: readonly Word[], i: number): { cue: CueKind[]; length: number } | null {
  for (let n = Math.min(LONGEST_CUE, ws.length - i); n >= 1; n--) {
    const span = ws.slice(i, i + n);
    if (!span.every((w) => w.cueable)) continue;
    const cue = CUE_PHRASES.get(foldedOf(span));
    if (cue !== undefined) return { cue, length: n };
  }
  return null;
}

export function cleanQuestion(question: string): string {
  return question.normalize('NFC').trim().replace(/[?？\s]+$/u, '');
}

export function scanQuestion(question: string): ScannedQuestion {
  const text = cleanQuestion(question);
  const ws = words(text);
  const items: Item[] = [];
  for (let i = 0; i < ws.length; ) {
    const date = dateAt(ws, i);
    if (date !== null) {
      items.push({ kind: 'date', date: date.date, words: ws.slice(i, i + date.length) });
      i += date.length;
      continue;
    }
    const cue = cueAt(ws, i);
    if (cue !== null) {
      items.push({ kind: 'cue', cue: cue.cue, words: ws.slice(i, i + cue.length) });
      i += cue.length;
      continue;
    }
    const last = items[items.length - 1];
    if (last?.kind === 'gap') last.words.push(ws[i]);
    else items.push({ kind: 'gap', words: [ws[i]] });
    i++;
  }
  return { text, items };
}

/** The words of items as written in the question. */
export const spanText = (text: string, ws: readonly Word[]): string => (ws.length === 0 ? '' : text.slice(ws[0].start, ws[ws.length - 1].end));
