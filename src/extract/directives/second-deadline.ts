// "Bộ Y tế hoàn thành A trong tháng 6, triển khai B trong tháng 9": two tasks with two deadlines
// in one clause are two directives (FORMAT.md). The clause is cut at the first comma or "và"
// after the first deadline; the second task keeps the parties.
import type { DeadlineMention, DirectiveMention, PartyRef } from '../types';
import { tokenIndexAt, type Token } from '../document/tokens';
import { judgeDeadline } from '../rules/deadline-link';

export const SECOND_DEADLINE = { id: 'split.second-deadline', reason: 'A second task with a deadline of its own is a directive of its own.' };

export const PURPOSE_DOER = {
  id: 'split.purpose-doer',
  reason: '"gửi … về Sở X trước ngày 28-10 để sở thẩm định, trình UBND tỉnh trước ngày 10-11": the purpose names the next doer and its own deadline, a task of its own.',
};

const CONTRAST = new Set(['song', 'nhưng', 'tuy', 'mặc']);

/** The parties named at tokens[k] (read in the clause's environment), or none. */
export type DoersAt = (k: number) => PartyRef[];

/** "để sở …": the department named last before `at` ("… về Sở Tài nguyên và Môi trường …"). */
function departmentBefore(tokens: readonly Token[], at: number, doersAt: DoersAt): PartyRef[] {
  for (let k = at - 1; k >= 0; k--) {
    if (tokens[k].l !== 'sở' || !tokens[k].cap) continue;
    const named = doersAt(k);
    if (named.length) return named.slice(0, 1);
  }
  return [];
}

export function splitSecondTask(text: string, tokens: readonly Token[], d: DirectiveMention, deadlines: readonly DeadlineMention[], b: number, doersAt?: DoersAt): DirectiveMention | null {
  const first = d.deadline;
  if (!first) return null;
  const next = deadlines.find((x) => x.span.start >= first.span.end && x.span.end <= d.span.end && x.date !== first.date
    && judgeDeadline(text, x, d.span).accepted);
  if (!next) return null;
  let cut = -1;
  let doers: PartyRef[] = [];
  for (let k = tokenIndexAt(tokens, first.span.end); k < b && tokens[k].end <= next.span.start; k++) {
    if (tokens[k].text === ',' || tokens[k].l === 'và') { cut = k; break; }
    // "… để sở thẩm định …", "… để Sở Tài chính tổng hợp …": a purpose with a doer of its own.
    if (tokens[k].l === 'để' && doersAt && k + 1 < b) {
      doers = tokens[k + 1].l === 'sở' && !tokens[k + 1].cap ? departmentBefore(tokens, k, doersAt) : doersAt(k + 1);
      if (doers.length) { cut = k; break; }
    }
  }
  if (cut < 0 || cut + 1 >= b || tokens[cut + 1].start >= next.span.start) return null;
  // "… trước ngày 20.4 phải báo cáo …, kiến nghị doanh nghiệp song đến 22.4 mới chỉ có …": a
  // contrast before the second date tells what happened by then, not a second task.
  for (let k = cut + 1; k < b && tokens[k].end <= next.span.start; k++) if (CONTRAST.has(tokens[k].l)) return null;
  if (doers.length) {
    const rest = { start: tokens[cut].start, end: d.span.end };
    d.span = { start: d.span.start, end: tokens[cut - 1].end };
    return { ...d, span: rest, deadline: next, assignees: doers, coordinators: [], monitors: [], recipients: [], ruleIds: [SECOND_DEADLINE.id, PURPOSE_DOER.id, next.ruleId] };
  }
  const rest = { start: tokens[cut + 1].start, end: d.span.end };
  d.span = { start: d.span.start, end: tokens[cut - 1].end };
  return { ...d, span: rest, deadline: next, monitors: [], ruleIds: [SECOND_DEADLINE.id, 'discourse.inherit-clause', next.ruleId] };
}
