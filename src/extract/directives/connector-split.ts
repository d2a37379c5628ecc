// "…, đồng thời tổ chức …" | "…, do đó phải huy động …": inside a sentence, a comma then a clause
// connector then a task starts a task of its own, which inherits the doers of the one before
// (FORMAT.md: a clause with its own task is its own directive; "Đồng thời, …" continues the
// instruction). A list of verbs joined by commas stays one task: only these connectors split.
import type { Token } from '../document/tokens';
import { PhraseSet } from '../document/tokens';
import { INSTRUCTION_VERBS, SUBJECT_MODALS, TASK_OPENERS } from '../lexicon/instruction-cues';
import { OBLIGATION_MARKERS } from '../lexicon/verbs';

export const CONNECTOR_SPLIT = {
  id: 'split.connector',
  // Not "từ đó" / "qua đó": they lead to a purpose of the same task ("…, từ đó xác định …").
  phrases: ['đồng thời', 'do đó', 'vì vậy', 'vì thế'],
  reason: 'A comma, a clause connector ("đồng thời", "do đó") and a task verb start a task of its own that inherits the doers before it.',
};

const CONNECTORS = new PhraseSet(CONNECTOR_SPLIT.phrases);
const TASK = new PhraseSet([...TASK_OPENERS.phrases, ...SUBJECT_MODALS.phrases, ...OBLIGATION_MARKERS.phrases, ...INSTRUCTION_VERBS.phrases]);
const MIN_WORDS_BEFORE = 4;
const ELLIPSIS = /^(?:\.{1,3}|…)$/u;

/** Clause ranges [a, b) cut before each ", <connector> <task>". */
export function splitAtConnector(tokens: readonly Token[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let start = a;
  let words = 0;
  let depth = 0;
  for (let x = a; x < b; x++) {
    const t = tokens[x];
    if (t.word) { words++; continue; }
    if (t.text === '(' || t.text === '“') depth++;
    else if ((t.text === ')' || t.text === '”') && depth > 0) depth--;
    if ((t.text !== ',' && !ELLIPSIS.test(t.text)) || depth > 0 || words < MIN_WORDS_BEFORE) continue;
    // ("… các vấn đề liên quan pháp lý,... đồng thời phải căn cứ …": an ellipsis after the comma,
    // or in its place, closes the list before the connector all the same.)
    let y = x + 1;
    while (y < b && ELLIPSIS.test(tokens[y].text)) y++;
    const c = CONNECTORS.matchAt(tokens, y, b);
    if (c < 0) continue;
    const task = tokens[c]?.text === ',' ? c + 1 : c;
    if (TASK.matchAt(tokens, task, b) < 0) continue;
    out.push([start, x]);
    start = y;
    words = 0;
  }
  out.push([start, b]);
  return out.filter(([s, e]) => e > s);
}
