// "Chủ tịch UBND tỉnh yêu cầu UBND các huyện tập trung triển khai đồng bộ một số nhiệm vụ:" is a
// task itself when no item follows it (the excerpt or the page stops there): the discourse pass
// keeps such an introduction aside and gives it out only if its list closes empty.
import type { DeadlineMention, DirectiveMention, Span } from '../types';
import type { Sentence } from '../document/segment';
import type { Token } from '../document/tokens';
import type { AgencyRow } from '../lexicon/agency-row';
import { deadlineOfClause } from '../rules/deadline-link';
import type { ClauseReading } from './read-clause';
import type { OpenList } from './open-list';
import { withProvinces } from './province-names';

export const INTRO_WITHOUT_ITEMS = 'discourse.intro-without-items';
const INTRO_TASK_WORDS = 4;
// "… các nhiệm vụ sau:", "… như sau:": words that only point at the list.
const AFTER_WORDS = new Set(['sau', 'như', 'đây', 'dưới', 'cụ', 'thể', 'các', 'những', 'một', 'số', 'nhiệm', 'vụ', 'nội', 'dung', 'giải', 'pháp', 'việc', 'trọng', 'tâm']);

/** An introduction kept aside, with the list it opened and how many items that list has had. */
export interface PendingIntro { d: DirectiveMention; list: OpenList | null; si: number; items: number }

function wordsBetween(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = Math.max(0, a); i < b; i++) if (tokens[i].word && !AFTER_WORDS.has(tokens[i].l)) n++;
  return n;
}

/** Does the introduction of a list, ending in a colon, state a task of its own before it? */
export function introStatesTask(tokens: readonly Token[], r: ClauseReading, b: number, sentence: string): boolean {
  return r.shape === 'cue' && r.assignees.length > 0 && /:[\s*_]*$/u.test(sentence) && wordsBetween(tokens, r.taskStart, b) >= INTRO_TASK_WORDS;
}

/** The introduction as a directive of its own. */
export function introAsTask(
  text: string, s: Sentence, span: Span, r: ClauseReading, deadlines: readonly DeadlineMention[], who: string | null,
  province: AgencyRow | null, district: string | null | undefined,
): DirectiveMention {
  const found = deadlineOfClause(text, deadlines, span);
  return {
    text: text.slice(span.start, span.end), span, sentence: s.text, sentenceSpan: s.span,
    assigner: who ? { name: who } : null,
    assignees: withProvinces(r.assignees, province, district),
    coordinators: withProvinces(r.coordinators, province, district),
    monitors: [], recipients: r.recipients, deadline: found?.deadline ?? null,
    ruleIds: ['shape.cue', ...r.ruleIds, INTRO_WITHOUT_ITEMS, ...(found ? [found.deadline.ruleId, found.ruleId] : [])],
  };
}
