// How an understood question is shown back: the structured query as GraphQL arguments and a
// sentence in words. Pure.
import type { DirectiveFilterInput } from '../directive-filter';
import type { AskIntent } from './intents';

/** `{assignedBy: "PM", assignedTo: "Bộ Y tế"}` — the filter as a client would write it. */
export function filterText(filter: DirectiveFilterInput): string {
  const parts = Object.entries(filter)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `{${parts.join(', ')}}`;
}

export function directiveFilterOf(intent: AskIntent, today: string): DirectiveFilterInput | null {
  switch (intent.intent) {
    case 'DIRECTIVES':
      return { assignedBy: intent.by, assignedTo: intent.to };
    case 'DUE_BY':
      return { assignedTo: intent.to, dueBefore: intent.due.date };
    case 'OVERDUE':
      return { assignedTo: intent.to, overdueOn: intent.asOf?.date ?? today };
    default:
      return null;
  }
}

export function summaryOf(intent: AskIntent, today: string): string {
  switch (intent.intent) {
    case 'DIRECTIVES': {
      const by = intent.by === null ? '' : ` given by ${intent.by}`;
      const to = intent.to === null ? '' : ` assigned (as lead) to ${intent.to}`;
      return `Directives${by}${to}.`;
    }
    case 'DUE_BY':
      return `Directives${intent.to === null ? '' : ` led by ${intent.to}`} with a deadline on or before ${intent.due.date}.`;
    case 'OVERDUE':
      return `Directives${intent.to === null ? '' : ` led by ${intent.to}`} whose deadline passed before ${intent.asOf?.date ?? today} and not reported done.`;
    case 'WHO_CHAIRED':
      return `The chairs of ${intent.ordinal === null ? 'the meetings' : `session ${intent.ordinal}`} of ${intent.body}.`;
    case 'MEETINGS_CHAIRED':
      return `Meetings chaired by ${intent.official}.`;
    case 'PATH':
      return `The shortest chain of relationships between ${intent.from} and ${intent.to}.`;
  }
}

export function queryOf(intent: AskIntent, today: string): string {
  const filter = directiveFilterOf(intent, today);
  if (filter !== null) return `directives(filter: ${filterText(filter)})`;
  switch (intent.intent) {
    case 'WHO_CHAIRED':
      return `meetings of agency ${JSON.stringify(intent.body)}${intent.ordinal === null ? '' : ` with ordinal ${intent.ordinal}`} { chairs }`;
    case 'MEETINGS_CHAIRED':
      return `official(name: ${JSON.stringify(intent.official)}) { meetingsChaired }`;
    case 'PATH':
      return `path(from: ${JSON.stringify(intent.from)}, to: ${JSON.stringify(intent.to)})`;
    default:
      return '';
  }
}
