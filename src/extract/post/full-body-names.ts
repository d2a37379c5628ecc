// "Ban Tổ chức Festival Ninh Bình năm 2024 tổ chức Hội nghị … yêu cầu các thành viên Ban Tổ chức
// …": a body named in full once is then called by its head alone. The short name is the body the
// report named in full, when it named one such body (its other names only shorten the longest);
// otherwise it stays as written.
import type { Token } from '../document/tokens';
import type { DirectiveMention, PartyRef } from '../types';
import { agencyPatternAt } from '../rules/agency-pattern';
import { fold } from '../../text/fold';

export const FULL_BODY_NAMES = {
  id: 'post.full-body-name',
  reason: 'A body called by its head alone ("Ban Tổ chức") is the one the report named in full, when it named only one.',
};

// Heads that name a body only together with what follows them.
const SHORT_HEADS = new Set(['Ban Tổ chức', 'Ban Chỉ đạo', 'Ban Quản lý', 'Ban Quản lý dự án', 'Tổ công tác', 'Đoàn công tác', 'Hội đồng']);
const FIRST_WORDS = new Set([...SHORT_HEADS].map((h) => h.split(' ')[0]));

/** The longer names the text gives each short head, as read by the agency pattern. */
function fullNames(sentences: readonly (readonly Token[])[], heads: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i].cap || !FIRST_WORDS.has(tokens[i].text)) continue;
      const hit = agencyPatternAt(tokens, i);
      if (!hit) continue;
      for (const head of heads) {
        if (hit.name.length > head.length && fold(hit.name).startsWith(`${fold(head)} `)) {
          const names = out.get(head) ?? new Set<string>();
          names.add(hit.name);
          out.set(head, names);
        }
      }
    }
  }
  return out;
}

/** Are the words of `short` those of `long`, in order, with some left out? */
function shortens(short: string, long: string): boolean {
  const words = fold(long).split(' ');
  let i = 0;
  for (const w of fold(short).split(' ')) {
    while (i < words.length && words[i] !== w) i++;
    if (i === words.length) return false;
    i++;
  }
  return true;
}

export function fullBodyNames(directives: readonly DirectiveMention[], sentences: readonly (readonly Token[])[]): DirectiveMention[] {
  const short = new Set<string>();
  for (const d of directives) for (const p of [...d.assignees, ...d.coordinators]) if (SHORT_HEADS.has(p.name)) short.add(p.name);
  if (!short.size) return [...directives];
  const full = fullNames(sentences, short);
  const only = new Map<string, PartyRef>();
  for (const [head, names] of full) {
    // The longest full name, where every other one is a shortening of it ("Ban Tổ chức Festival
    // năm 2024" of "Ban Tổ chức Festival Ninh Bình năm 2024"): two different bodies stay apart.
    const [name, ...others] = [...names].sort((x, y) => y.length - x.length);
    if (!others.every((o) => shortens(o, name))) continue;
    only.set(head, { name, kind: 'agency', key: fold(name) });
  }
  if (!only.size) return [...directives];
  const swap = (parties: readonly PartyRef[]) => parties.map((p) => only.get(p.name) ?? p);
  return directives.map((d) => {
    if (![...d.assignees, ...d.coordinators].some((p) => only.has(p.name))) return d;
    return { ...d, assignees: swap(d.assignees), coordinators: swap(d.coordinators), ruleIds: [...d.ruleIds, FULL_BODY_NAMES.id] };
  });
}
