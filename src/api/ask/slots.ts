// Items of a scanned question → slots (assigner, assignee, role, status, deadline window,
// as-of day, meeting day), pure. Each gap (run of name words) is placed by the cue before it
// and by where it stands against the verb; a gap or date that no rule places is reported, so
// the refusal can name the words it could not place.
import type { CueKind } from './cue-lexicon';
import type { DatePhrase } from './date-phrase';
import type { Item, Word } from './question-scan';

export type Role = 'LEAD' | 'COORDINATOR' | 'ANY';

export interface Slots {
  assigner: Word[] | null;
  assignee: Word[] | null;
  role: Role | null;
  status: 'OVERDUE' | 'OPEN' | 'DONE' | null;
  dueBefore: DatePhrase | null;
  dueIn: DatePhrase | null;
  dueOn: DatePhrase | null;
  asOf: DatePhrase | null;
  meetingOn: DatePhrase | null;
  /** True when the question is about tasks at all (a task noun, verb, status or deadline). */
  aboutTasks: boolean;
  /** Word runs no rule placed. */
  unplaced: Word[][];
}

const has = (item: Item | undefined, kind: CueKind) => item?.kind === 'cue' && item.cue.includes(kind);
const TIME_CUES: CueKind[] = ['DUE_BY', 'DUE_IN', 'DUE', 'AS_OF'];
const VI_PASSIVE = new Set(['duoc', 'bi', 'da duoc']);

const isFiller = (item: Item) => item.kind === 'cue' && item.cue.every((k) => k === 'FILLER');

/** Places each date by the cue before it (and the meeting noun before that). */
function placeDates(items: readonly Item[], slots: Slots, overdue: boolean): void {
  items.forEach((item, i) => {
    if (item.kind !== 'date') return;
    const before = items[i - 1];
    const meetingBefore = has(before, 'MEETING') || (has(before, 'AS_OF') && has(items[i - 2], 'MEETING'));
    if (meetingBefore) slots.meetingOn = item.date;
    else if (has(before, 'DUE_BY')) slots.dueBefore = item.date;
    else if (has(before, 'DUE_IN')) slots.dueIn = item.date;
    else if (has(before, 'DUE') && !overdue) {
      if (item.date.precision === 'DAY') slots.dueOn = item.date;
      else slots.dueIn = item.date;
    }
    else if (overdue && (has(before, 'AS_OF') || has(before, 'DUE_BY') || before?.kind !== 'gap')) slots.asOf = item.date;
    else slots.unplaced.push(item.words);
  });
}

function cueKinds(items: readonly Item[]): Set<CueKind> {
  const kinds = new Set<CueKind>();
  items.forEach((item, i) => {
    if (item.kind !== 'cue') return;
    // A time word counts only before a date ("by June 2025"); otherwise "by" is the agent's.
    const time = item.cue.filter((k) => TIME_CUES.includes(k));
    const dated = items[i + 1]?.kind === 'date';
    for (const k of item.cue) if (!time.includes(k) || dated) kinds.add(k);
  });
  return kinds;
}

/** Fillers ("the", "những") carry nothing and stand between nothing: dropped before placing. */
export function fillSlots(scanned: readonly Item[]): Slots {
  const items = scanned.filter((item) => !isFiller(item));
  const kinds = cueKinds(items);
  const status = kinds.has('OVERDUE') ? 'OVERDUE' : kinds.has('DONE') ? 'DONE' : kinds.has('OPEN') ? 'OPEN' : null;
  const slots: Slots = {
    assigner: null, assignee: null, role: null, status, dueBefore: null, dueIn: null, dueOn: null, asOf: null, meetingOn: null,
    aboutTasks: ['TASKS', 'ASSIGN', 'OVERDUE', 'OPEN', 'DONE'].some((k) => kinds.has(k as CueKind)),
    unplaced: [],
  };
  if (kinds.has('ROLE_LEAD') && kinds.has('ROLE_COORDINATOR')) slots.role = 'ANY';
  else if (kinds.has('ROLE_COORDINATOR')) slots.role = 'COORDINATOR';
  else if (kinds.has('ROLE_LEAD')) slots.role = 'LEAD';
  placeDates(items, slots, status === 'OVERDUE');
  if (slots.dueBefore || slots.dueIn || slots.dueOn) slots.aboutTasks = true;

  const verb = items.findIndex((item) => has(item, 'ASSIGN'));
  const passiveAt = items.findIndex((item, i) => has(item, 'PASSIVE') && (verb < 0 || i < verb));
  const viPassive = passiveAt >= 0 && VI_PASSIVE.has((items[passiveAt] as { words: Word[] }).words.map((w) => w.folded).join(' '));
  const gaps = items.map((item, i) => ({ item, i })).filter((g) => g.item.kind === 'gap');
  const rest: typeof gaps = [];
  for (const g of gaps) {
    const before = items[g.i - 1];
    // "by X" names the assigner unless it was read as a deadline ("by June 2025" is a date).
    if (has(before, 'BY') && slots.assigner === null) slots.assigner = g.item.words;
    else if (has(before, 'ASSIGNEE_NEXT') && slots.assignee === null) slots.assignee = g.item.words;
    else rest.push(g);
  }
  for (const g of rest) {
    const words = g.item.words;
    let slot: 'assigner' | 'assignee' | null = null;
    if (verb < 0) slot = 'assignee';
    else if (passiveAt < 0) slot = g.i < verb ? 'assigner' : 'assignee';
    else if (viPassive) slot = g.i < passiveAt ? 'assignee' : g.i < verb ? 'assigner' : null;
    else slot = g.i < verb ? 'assignee' : null;
    if (slot !== null && slots[slot] === null) slots[slot] = words;
    else slots.unplaced.push(words);
  }
  return slots;
}
