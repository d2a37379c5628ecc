// "… xử lý nghiêm vi phạm; tham mưu … báo cáo. Hoàn thành trước 15h00 ngày 08/6/2023.": a
// sentence that only states when the tasks before it are due is no task of its own; its date
// goes on those tasks (a sentence that adds a task, "Báo cáo kết quả trước …", is a directive).
import type { DirectiveMention } from '../types';

export const DEADLINE_ONLY = {
  id: 'discourse.deadline-only',
  reason: 'A sentence that only gives a due date ("Hoàn thành trước ngày …") dates the tasks before it.',
};

// The words such a sentence has besides its date.
const DUE_WORDS = new Set(['hoàn', 'thành', 'xong', 'thời', 'hạn', 'gian', 'trước', 'chậm', 'nhất', 'là', 'trong', 'vào', 'ngày', 'tất', 'cả']);

/** The directive only states a due date. */
export function statesOnlyADeadline(d: DirectiveMention, text: string): boolean {
  if (!d.deadline?.span) return false;
  const outside = text.slice(d.span.start, d.deadline.span.start) + ' ' + text.slice(d.deadline.span.end, d.span.end);
  const lowered = outside.toLowerCase();
  // Most clauses with a date say more than it: without "hoàn" there is nothing to split into words.
  if (!lowered.includes('hoàn')) return false;
  const words: string[] = lowered.match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.every((w) => DUE_WORDS.has(w)) && words.includes('hoàn');
}

/** Dates the earlier tasks of the same instruction that have none; returns whether any took it. */
export function dateEarlierTasks(d: DirectiveMention, earlier: readonly DirectiveMention[]): boolean {
  const undated = earlier.filter((x) => x.deadline === null);
  for (const x of undated) {
    x.deadline = d.deadline;
    x.ruleIds.push(DEADLINE_ONLY.id);
  }
  return undated.length > 0;
}
