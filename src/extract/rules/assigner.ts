// Coreference for the assigner: "Thủ tướng", "người đứng đầu Chính phủ", "lãnh đạo Chính phủ"
// → the Prime Minister named in the report; "Phó Thủ tướng" → the Deputy PM named; "Ông",
// "đồng chí" → the official currently speaking; a name → that official.
import { fold } from '../../text/fold';
import type { OfficialOccurrence } from './officials';
import { primeMinisterOn } from '../lexicon/prime-ministers';

export interface Speakers {
  /** Folded name → name of every official of the report. */
  names: ReadonlyMap<string, string>;
  pm: string | null;
  dpm: string | null;
  /** Main chair of the meeting, if found. */
  chair: string | null;
  /** Each official's titles, folded ("bi thu tinh uy dien bien"). */
  titled: readonly { name: string; titles: readonly string[] }[];
  reference: string | null;
}

export function speakersOf(occurrences: readonly OfficialOccurrence[], chair: string | null, reference: string | null): Speakers {
  const names = new Map<string, string>();
  // A name in capitals (a title block's) gives way to the body's spelling of it.
  for (const o of occurrences) {
    const known = names.get(fold(o.name));
    if (!known || (known === known.toUpperCase() && o.name !== o.name.toUpperCase())) names.set(fold(o.name), o.name);
  }
  const withRole = (role: 'PM' | 'DPM') => {
    const o = occurrences.find((x) => x.heads.some((h) => h.role === role));
    return o ? names.get(fold(o.name)) ?? o.name : null;
  };
  const byName = new Map<string, Set<string>>();
  for (const o of occurrences) {
    const name = names.get(fold(o.name)) ?? o.name;
    const set = byName.get(name) ?? new Set<string>();
    for (const t of o.titles) set.add(fold(t));
    byName.set(name, set);
  }
  const titled = [...byName].map(([name, titles]) => ({ name, titles: [...titles] }));
  return { names, pm: withRole('PM'), dpm: withRole('DPM'), chair, reference, titled };
}

/** "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh": the one official of the report whose title it is. */
function holderOf(f: string, s: Speakers): string | null {
  const post = f.replace(/^(?:dong chi|ong|ba)\s+/u, '').trim();
  if (post.split(' ').length < 2) return null;
  const holders = s.titled.filter((o) => o.titles.some((t) => t === post || t.startsWith(`${post} `)));
  return holders.length === 1 ? holders[0].name : null;
}

/** A name at the end of the phrase ("Thủ tướng Chính phủ Phạm Minh Chính"): 2–4 last words. */
function nameAtEnd(f: string, s: Speakers): string | null {
  const w = f.split(' ');
  for (let n = Math.min(4, w.length); n >= 2; n--) {
    const hit = s.names.get(w.slice(w.length - n).join(' '));
    if (hit) return hit;
  }
  return null;
}

/** The official a reference phrase stands for; `current` is whoever is speaking at that point. */
export function resolveOfficialRef(phrase: string, s: Speakers, current: string | null): { name: string | null; ruleId: string } {
  const f = fold(phrase);
  const named = nameAtEnd(f, s);
  if (named) return { name: named, ruleId: 'coref.name' };
  if (/(?:^| )pho thu tuong/.test(f)) return { name: s.dpm ?? current ?? s.chair, ruleId: 'coref.deputy-pm' };
  if (/lanh dao chinh phu/.test(f)) return { name: s.pm ?? s.chair ?? current, ruleId: 'coref.government-leader' };
  if (/thu tuong|nguoi dung dau chinh phu/.test(f)) {
    if (s.pm) return { name: s.pm, ruleId: 'coref.pm' };
    // Not named in the report: the holder of the post on the meeting date, else the chair.
    return { name: primeMinisterOn(s.reference) ?? s.chair ?? current, ruleId: 'coref.pm-by-date' };
  }
  const holder = holderOf(f, s);
  if (holder) return { name: holder, ruleId: 'coref.title-holder' };
  // "Đồng chí đề nghị …" before anyone has spoken: the one official the report names, if only one.
  const sole = s.titled.length === 1 ? s.titled[0].name : null;
  return { name: current ?? s.chair ?? sole, ruleId: 'coref.current-speaker' };
}
