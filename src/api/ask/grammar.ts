// A question about tasks, read by slots: scan (question-scan.ts), join split names and place
// the words (slots.ts, slot-resolve.ts), then build the directive filter. It answers only when
// every run of words found its slot and every name resolved; otherwise it says which words
// it could not place, or which name matches nothing.
import type { AgencyNode } from '../../graph/model';
import type { StorePort } from '../../store/port';
import type { DirectiveFilterInput } from '../directive-filter';
import type { DatePhrase } from './date-phrase';
import { scanQuestion, spanText } from './question-scan';
import { readName, joinNames, type NameReading } from './slot-resolve';
import { fillSlots, type Slots } from './slots';

export type TaskIntentKind = 'DIRECTIVES' | 'DUE_BY' | 'OVERDUE';

export type GrammarReading =
  | { kind: 'understood'; intent: TaskIntentKind; filter: DirectiveFilterInput; absent: AgencyNode | null }
  | { kind: 'not-understood'; unplaced: string[] }
  | { kind: 'not-found'; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of the period a date phrase ends ("June 2025" → 2025-06-01). */
export function periodStart(phrase: DatePhrase): string {
  const [y, m] = phrase.date.split('-').map(Number);
  switch (phrase.precision) {
    case 'DAY':
      return phrase.date;
    case 'MONTH':
      return `${y}-${pad(m)}-01`;
    case 'QUARTER':
      return `${y}-${pad(m - 2)}-01`;
    case 'YEAR':
      return `${y}-01-01`;
  }
}

function filterOf(slots: Slots, assigner: string | null, assignee: string | null, today: string): DirectiveFilterInput {
  const filter: DirectiveFilterInput = {};
  if (assigner !== null) filter.assignedBy = assigner;
  if (assignee !== null) filter.assignedTo = assignee;
  if (slots.role !== null && slots.role !== 'LEAD') filter.role = slots.role;
  if (slots.meetingOn !== null) filter.meetingOn = slots.meetingOn.date;
  if (slots.dueOn !== null) filter.dueOn = slots.dueOn.date;
  if (slots.dueIn !== null) filter.dueAfter = periodStart(slots.dueIn);
  if (slots.dueBefore !== null || slots.dueIn !== null) filter.dueBefore = (slots.dueBefore ?? slots.dueIn)!.date;
  if (slots.status === 'OVERDUE') filter.overdueOn = slots.asOf?.date ?? today;
  else if (slots.status === 'OPEN') filter.status = ['OPEN', 'IN_PROGRESS'];
  else if (slots.status === 'DONE') filter.status = ['DONE'];
  return filter;
}

const intentOf = (filter: DirectiveFilterInput): TaskIntentKind =>
  filter.overdueOn !== undefined ? 'OVERDUE' : filter.dueBefore !== undefined || filter.dueOn !== undefined ? 'DUE_BY' : 'DIRECTIVES';

export async function readTaskQuestion(store: StorePort, question: string, today: string): Promise<GrammarReading> {
  const scanned = scanQuestion(question);
  const items = await joinNames(store, scanned.text, scanned.items);
  const slots = fillSlots(items);
  const words = (ws: Parameters<typeof spanText>[1]) => spanText(scanned.text, ws);
  if (!slots.aboutTasks) {
    const runs = items.filter((i) => i.kind === 'gap').map((i) => words(i.words));
    return { kind: 'not-understood', unplaced: runs.length > 0 ? runs : scanned.text === '' ? [] : [scanned.text] };
  }
  if (slots.unplaced.length > 0) return { kind: 'not-understood', unplaced: slots.unplaced.map(words) };
  const readings: Record<'assigner' | 'assignee', NameReading | null> = {
    assigner: slots.assigner === null ? null : await readName(store, scanned.text, slots.assigner, 'assigner'),
    assignee: slots.assignee === null ? null : await readName(store, scanned.text, slots.assignee, 'assignee'),
  };
  const all = [readings.assigner, readings.assignee].filter((r): r is NameReading => r !== null);
  const unreadable = all.filter((r) => r.kind === 'unreadable');
  if (unreadable.length > 0) return { kind: 'not-understood', unplaced: unreadable.map((r) => r.text) };
  const missing = all.find((r): r is Extract<NameReading, { kind: 'not-found' }> => r.kind === 'not-found');
  if (missing !== undefined) return { kind: 'not-found', message: missing.message };
  const absent = readings.assignee?.kind === 'absent' ? readings.assignee.agency : null;
  const filter = filterOf(slots, readings.assigner?.text ?? null, absent?.name ?? readings.assignee?.text ?? null, today);
  return { kind: 'understood', intent: intentOf(filter), filter, absent };
}
