// ask(question): read the question — by the fixed patterns (paths, chairs) or else by slots
// (tasks) — run the structured query it maps to, and answer with how it was understood, the
// result and the sentences behind it. Nothing is guessed: a question whose words do not all
// find a place is answered NOT_UNDERSTOOD, naming those words.
import type { ApiContext } from '../context';
import type { Connection } from '../pagination';
import type { DirectiveRef } from '../directive-view';
import type { PathView } from '../path-view';
import type { MeetingNode, OfficialNode } from '../../graph/model';
import type { SourceView } from '../source-view';
import { answerTasks, withSuccession } from './answer-tasks';
import { queryOf, summaryOf } from './describe';
import { EXAMPLE_QUESTIONS } from './examples';
import { answerChairs, answerMeetingsChaired, answerPath } from './executors';
import { readTaskQuestion } from './grammar';
import type { Matched } from './intents';
import { matchQuestion } from './match';
import { vietnamToday } from './today';

export interface AnswerView {
  status: 'ANSWERED' | 'NOT_UNDERSTOOD' | 'NOT_FOUND';
  question: string;
  understood: { intent: string; pattern: string; query: string; summary: string } | null;
  message: string;
  directives: Connection<DirectiveRef> | null;
  meetings: MeetingNode[] | null;
  officials: OfficialNode[] | null;
  path: PathView | null;
  citations: SourceView[];
  examples: readonly string[];
}

/** Part of an answer an executor fills in. */
export type AnswerPart = Pick<AnswerView, 'status' | 'message'> & Partial<Pick<AnswerView, 'directives' | 'meetings' | 'officials' | 'path' | 'citations'>>;

export { vietnamToday } from './today';

const KNOWN = 'ask() reads who gave a task, to whom, in which role, its deadline, status, as-of day and meeting, and who chaired or how two entities are linked';

export function notUnderstoodMessage(unplaced: readonly string[]): string {
  const words = unplaced.map((w) => JSON.stringify(w)).join(', ');
  return unplaced.length > 0
    ? `Not understood: could not place ${words} in the question (${KNOWN}). Nothing was guessed; see \`examples\`, or use the structured queries.`
    : `Not understood: the question holds nothing to look for (${KNOWN}). See \`examples\`.`;
}

async function answerMatched(ctx: ApiContext, matched: Matched, notes: readonly string[], first: number | null | undefined): Promise<AnswerPart> {
  const { intent } = matched;
  switch (intent.intent) {
    case 'WHO_CHAIRED':
      return answerChairs(ctx, intent.body, intent.ordinal, intent.date);
    case 'MEETINGS_CHAIRED':
      return answerMeetingsChaired(ctx, intent.official);
    case 'PATH':
      return answerPath(ctx, [[intent.from, intent.to], ...(intent.alternatives ?? [])]);
    default:
      return answerTasks(ctx, intent, notes, first);
  }
}

export async function runAsk(ctx: ApiContext, question: string, first: number | null | undefined): Promise<AnswerView> {
  const base = { question, directives: null, meetings: null, officials: null, path: null, citations: [], examples: EXAMPLE_QUESTIONS };
  const today = vietnamToday(ctx.clock());
  let matched = matchQuestion(question);
  let notes: string[] = [];
  if (matched === null) {
    const reading = await readTaskQuestion(ctx.store, question, today);
    if (reading.kind === 'not-understood') return { ...base, status: 'NOT_UNDERSTOOD', understood: null, message: notUnderstoodMessage(reading.unplaced) };
    if (reading.kind === 'not-found') return { ...base, status: 'NOT_FOUND', understood: null, message: reading.message };
    const succession = await withSuccession(ctx, reading.filter, today);
    notes = succession.notes;
    matched = { pattern: 'slots.tasks', intent: { intent: reading.intent, filter: succession.filter, absent: reading.absent } };
  }
  const understood = { intent: matched.intent.intent, pattern: matched.pattern, query: queryOf(matched.intent), summary: summaryOf(matched.intent) };
  return { ...base, understood, ...(await answerMatched(ctx, matched, notes, first)) };
}
