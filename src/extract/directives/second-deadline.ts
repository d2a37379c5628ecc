// "Bộ Y tế hoàn thành A trong tháng 6, triển khai B trong tháng 9": two tasks with two deadlines
// in one clause are two directives (FORMAT.md). The clause is cut at the first comma or "và"
// after the first deadline; the second task keeps the parties.
import type { DeadlineMention, DirectiveMention } from '../types';
import { tokenIndexAt, type Token } from '../document/tokens';
import { judgeDeadline } from '../rules/deadline-link';

export const SECOND_DEADLINE = { id: 'split.second-deadline', reason: 'A second task with a deadline of its own is a directive of its own.' };

export function splitSecondTask(text: string, tokens: readonly Token[], d: DirectiveMention, deadlines: readonly DeadlineMention[], b: number): DirectiveMention | null {
  const first = d.deadline;
  if (!first) return null;
  const next = deadlines.find((x) => x.span.start >= first.span.end && x.span.end <= d.span.end && x.date !== first.date
    && judgeDeadline(text, x, d.span).accepted);
  if (!next) return null;
  let cut = -1;
  for (let k = tokenIndexAt(tokens, first.span.end); k < b && tokens[k].end <= next.span.start; k++) {
    if (tokens[k].text === ',' || tokens[k].l === 'và') { cut = k; break; }
  }
  if (cut < 0 || cut + 1 >= b || tokens[cut + 1].start >= next.span.start) return null;
  const rest = { start: tokens[cut + 1].start, end: d.span.end };
  d.span = { start: d.span.start, end: tokens[cut - 1].end };
  return { ...d, span: rest, deadline: next, monitors: [], ruleIds: [SECOND_DEADLINE.id, 'discourse.inherit-clause', next.ruleId] };
}
