// How an understood question is shown back: the structured query as GraphQL arguments and a
// sentence in words. Pure.
import type { DirectiveFilterInput } from '../directive-filter';
import type { AskIntent } from './intents';

/** `{assignedBy: "PM", assignedTo: "Bộ Y tế"}` — the filter as a client would write it. */
export function filterText(filter: DirectiveFilterInput): string {
  const parts = Object.entries(filter)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${k === 'role' || k === 'status' ? (Array.isArray(v) ? `[${v.join(', ')}]` : String(v)) : JSON.stringify(v)}`);
  return `{${parts.join(', ')}}`;
}

const ROLE_WORDS = { LEAD: 'as lead', COORDINATOR: 'as coordinator', ANY: 'in any role' } as const;

/** The filter in words: "Directives given by PM, assigned (as lead) to Bộ Y tế, …". */
export function filterSummary(f: DirectiveFilterInput): string {
  const parts: string[] = [];
  if (f.assignedBy) parts.push(`given by ${f.assignedBy}`);
  if (f.assignedTo) parts.push(`assigned (${ROLE_WORDS[f.role ?? 'LEAD']}) to ${f.assignedTo}${f.followSuccession ? ' or to the agencies whose duties it took over' : ''}`);
  if (f.meetingOn) parts.push(`at a meeting held on ${f.meetingOn}`);
  if (f.dueOn) parts.push(`with a deadline on ${f.dueOn}`);
  if (f.dueAfter && f.dueBefore) parts.push(`with a deadline from ${f.dueAfter} to ${f.dueBefore}`);
  else if (f.dueBefore) parts.push(`with a deadline on or before ${f.dueBefore}`);
  if (f.overdueOn) parts.push(`whose deadline passed before ${f.overdueOn} and not reported done`);
  if (f.status) parts.push(`with status ${f.status.join(' or ')}`);
  return `Directives${parts.length > 0 ? ' ' + parts.join(', ') : ''}.`;
}

export function summaryOf(intent: AskIntent): string {
  switch (intent.intent) {
    case 'WHO_CHAIRED':
      if (intent.date !== null) return `The chairs of the meetings held on ${intent.date.date}.`;
      return `The chairs of ${intent.ordinal === null ? 'the meetings' : `session ${intent.ordinal}`} of ${intent.body}.`;
    case 'MEETINGS_CHAIRED':
      return `Meetings chaired by ${intent.official}.`;
    case 'PATH':
      return `The shortest chain of relationships between ${intent.from} and ${intent.to}.`;
    default:
      return filterSummary(intent.filter);
  }
}

export function queryOf(intent: AskIntent): string {
  switch (intent.intent) {
    case 'WHO_CHAIRED':
      if (intent.date !== null) return `meetings(filter: {from: ${JSON.stringify(intent.date.date)}, to: ${JSON.stringify(intent.date.date)}}) { chairs }`;
      return `meetings(filter: {organiser: ${JSON.stringify(intent.body)}})${intent.ordinal === null ? '' : ` with ordinal ${intent.ordinal}`} { chairs }`;
    case 'MEETINGS_CHAIRED':
      return `officials(search: ${JSON.stringify(intent.official)}) { meetingsChaired }`;
    case 'PATH':
      return `path(from: ${JSON.stringify(intent.from)}, to: ${JSON.stringify(intent.to)})`;
    default:
      return `directives(filter: ${filterText(intent.filter)})`;
  }
}
