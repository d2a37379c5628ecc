// Coreference for the assigner: "Thủ tướng", "người đứng đầu Chính phủ", "lãnh đạo Chính phủ"
// → the Prime Minister named in the report; "Phó Thủ tướng" → the Deputy PM named; "Ông",
// "đồng chí" → the official currently speaking; a name → that official.
import { fold } from '../../text/fold';
import type { OfficialOccurrence } from './officials';
import { primeMinisterOn } from '../lexicon/prime-ministers';

export interface Speakers {
  occurrences: readonly OfficialOccurrence[];
  /** Main chair of the meeting, if found. */
  chair: string | null;
  reference: string | null;
}

function withRole(s: Speakers, role: 'PM' | 'DPM'): string | null {
  const occ = s.occurrences.find((o) => o.heads.some((h) => h.role === role));
  return occ?.name ?? null;
}

/** The official a reference phrase stands for; `current` is whoever is speaking at that point. */
export function resolveOfficialRef(phrase: string, s: Speakers, current: string | null): { name: string | null; ruleId: string } {
  const f = fold(phrase);
  const named = s.occurrences.find((o) => f.endsWith(fold(o.name)));
  if (named) return { name: named.name, ruleId: 'coref.name' };
  if (/(?:^| )pho thu tuong/.test(f)) return { name: withRole(s, 'DPM') ?? current ?? s.chair, ruleId: 'coref.deputy-pm' };
  if (/lanh dao chinh phu/.test(f)) return { name: withRole(s, 'PM') ?? s.chair ?? current, ruleId: 'coref.government-leader' };
  if (/thu tuong|nguoi dung dau chinh phu/.test(f)) {
    const pm = withRole(s, 'PM');
    if (pm) return { name: pm, ruleId: 'coref.pm' };
    // Not named in the report: the holder of the post on the meeting date, else the chair.
    return { name: primeMinisterOn(s.reference) ?? s.chair ?? current, ruleId: 'coref.pm-by-date' };
  }
  return { name: current ?? s.chair, ruleId: 'coref.current-speaker' };
}
