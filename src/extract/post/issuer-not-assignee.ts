// FORMAT.md: "The issuer is never its own assignee." A minister who instructs at the ministry's
// own meeting ("Bộ Nội vụ cần phối hợp …" in the Minister of Home Affairs' conclusions) gives the
// task to its units, not to the ministry: the body the assigner heads is dropped from the doers.
import type { DirectiveMention, OfficialMention } from '../types';

export const ISSUER_NOT_ASSIGNEE = {
  id: 'post.issuer-not-assignee',
  reason: 'The body that the assigner heads issues the instruction; it is never its own assignee (FORMAT.md).',
};

// The Government's leaders instruct the Government's members; "Chính phủ" as a doer is read
// elsewhere (a National Assembly conclusion may task it), so only bodies below it are dropped.
const NOT_DROPPED = /^(?:Chính phủ|Quốc hội)$/u;

export function dropIssuerAsAssignee(directives: readonly DirectiveMention[], officials: readonly OfficialMention[]): DirectiveMention[] {
  const heads = new Map(officials.map((o) => [o.name, new Set(o.agencies.filter((a) => !NOT_DROPPED.test(a)))]));
  return directives.map((d) => {
    const own = d.assigner ? heads.get(d.assigner.name) : undefined;
    if (!own?.size || !d.assignees.some((a) => own.has(a.name))) return d;
    return { ...d, assignees: d.assignees.filter((a) => !own.has(a.name)), ruleIds: [...d.ruleIds, ISSUER_NOT_ASSIGNEE.id] };
  });
}
