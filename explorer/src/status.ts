// How a directive stands on a day, for colours and words: one state per directive.
import { addDays } from './dates';
import { t } from './i18n';
import type { DirectiveRow } from './queries';

export type DeadlineState = 'done' | 'overdue' | 'due-soon' | 'in-progress' | 'open' | 'no-deadline';

export const STATE_LABELS: Record<DeadlineState, string> = {
  done: 'done',
  overdue: 'overdue',
  'due-soon': 'due within 30 days',
  'in-progress': 'in progress',
  open: 'open',
  'no-deadline': 'no deadline',
};

/** The state's words in the page's language. */
export function stateLabel(state: DeadlineState): string {
  return t(STATE_LABELS[state]);
}

export function deadlineState(row: Pick<DirectiveRow, 'status' | 'overdue' | 'deadline'>, asOf: string): DeadlineState {
  if (row.status === 'DONE') return 'done';
  if (row.overdue) return 'overdue';
  if (row.deadline === null) return 'no-deadline';
  if (row.deadline.date >= asOf && row.deadline.date <= addDays(asOf, 30)) return 'due-soon';
  return row.status === 'IN_PROGRESS' ? 'in-progress' : 'open';
}
