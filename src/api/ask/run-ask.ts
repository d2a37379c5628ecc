// ask(question): match the question against the intent table, run the structured query it maps
// to, and answer with how it was understood, the result and the sentences behind it.
import type { ApiContext } from '../context';
import type { Connection } from '../pagination';
import type { DirectiveRef } from '../directive-view';
import type { PathView } from '../path-view';
import type { MeetingNode, OfficialNode } from '../../graph/model';
import type { SourceView } from '../source-view';
import { queryOf, summaryOf } from './describe';
import { answerChairs, answerDirectives, answerMeetingsChaired, answerPath } from './executors';
import { EXAMPLE_QUESTIONS, matchQuestion } from './match';

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

/** Today in Vietnam (UTC+7), the reference for "overdue" when a question gives no date. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export async function runAsk(ctx: ApiContext, question: string, first: number | null | undefined): Promise<AnswerView> {
  const base = { question, directives: null, meetings: null, officials: null, path: null, citations: [], examples: EXAMPLE_QUESTIONS };
  const matched = matchQuestion(question);
  if (matched === null) {
    return {
      ...base,
      status: 'NOT_UNDERSTOOD',
      understood: null,
      message: 'Not understood: this question matches none of the question forms ask() knows, and it does not guess. See `examples` for the forms it answers, or use the structured queries.',
    };
  }
  const today = vietnamToday(ctx.clock());
  const { intent } = matched;
  const understood = { intent: intent.intent, pattern: matched.pattern, query: queryOf(intent, today), summary: summaryOf(intent, today) };
  let part: AnswerPart;
  switch (intent.intent) {
    case 'WHO_CHAIRED':
      part = await answerChairs(ctx, intent.body, intent.ordinal);
      break;
    case 'MEETINGS_CHAIRED':
      part = await answerMeetingsChaired(ctx, intent.official);
      break;
    case 'PATH':
      part = await answerPath(ctx, [[intent.from, intent.to], ...(intent.alternatives ?? [])]);
      break;
    default:
      part = await answerDirectives(ctx, intent, today, first);
  }
  return { ...base, understood, ...part };
}
