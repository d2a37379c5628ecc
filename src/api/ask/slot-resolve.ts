// Names in a scanned question → what they stand for, against the graph's name index and the
// gazetteer. Two steps: runs of name words split by a cue word are joined when the whole is a
// name ("Ministry" "of" "Health"); then each slot's words resolve — to a name the filter will
// find, to a known agency absent from the reports, to a clear name that matches nothing
// (NOT_FOUND), or to nothing (the words are reported as not placed).
import type { AgencyNode } from '../../graph/model';
import type { StorePort } from '../../store/port';
import { knownAgency } from '../known-agencies';
import { exactIds, groupNameOf, resolveAssignees, resolveIssuer } from '../resolve-names';
import { spanText, type Item, type Word } from './question-scan';

export type NameReading =
  | { kind: 'resolved'; text: string }
  | { kind: 'absent'; text: string; agency: AgencyNode }
  | { kind: 'not-found'; text: string; message: string }
  | { kind: 'unreadable'; text: string };

async function isName(store: StorePort, text: string): Promise<boolean> {
  if (groupNameOf(text) !== null || knownAgency(text) !== null) return true;
  return (await exactIds(store, text, ['Agency', 'Official'])).length > 0;
}

/** Joins gap–cue–gap runs whose whole text is a name, until none is left. */
export async function joinNames(store: StorePort, text: string, items: readonly Item[]): Promise<Item[]> {
  const out = [...items];
  for (let i = 0; i + 2 < out.length; ) {
    const [a, cue, b] = [out[i], out[i + 1], out[i + 2]];
    if (a.kind === 'gap' && cue.kind === 'cue' && b.kind === 'gap') {
      const words = [...a.words, ...cue.words, ...b.words];
      if (await isName(store, spanText(text, words))) {
        out.splice(i, 3, { kind: 'gap', words });
        continue;
      }
    }
    i++;
  }
  return out;
}

// First words of Vietnamese agency names, often typed in lower case ("bo y te"): a run starting
// with one is clearly meant as a name. English names count when capitalised.
const AGENCY_HEADS = new Set(['bo', 'uy', 'ubnd', 'so', 'tinh', 'thanh', 'van', 'ban', 'tong', 'cuc']);

/** A run of words clearly meant as a name: a capitalised word, or an agency's first word. */
export function looksLikeName(text: string, words: readonly Word[]): boolean {
  if (AGENCY_HEADS.has(words[0]?.folded ?? '')) return true;
  return words.some((w) => /^\p{Lu}/u.test(text.slice(w.start, w.end)));
}

export async function readName(store: StorePort, question: string, words: readonly Word[], slot: 'assigner' | 'assignee'): Promise<NameReading> {
  const text = spanText(question, words);
  const resolved = slot === 'assigner' ? await resolveIssuer(store, text) : await resolveAssignees(store, text);
  if (resolved.ok) return { kind: 'resolved', text };
  const agency = slot === 'assignee' ? knownAgency(text) : null;
  if (agency !== null) return { kind: 'absent', text, agency };
  return looksLikeName(text, words) ? { kind: 'not-found', text, message: resolved.error.message } : { kind: 'unreadable', text };
}
