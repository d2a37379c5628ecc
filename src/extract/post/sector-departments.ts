// "Phó Chủ tịch UBND tỉnh … đề nghị ngành Y tế lên kịch bản …": a provincial leader's sector named
// in lower case is the province's department of that sector, not the ministry that the reading of
// "ngành <sector>" gives (directives/sector-ministry.ts); its continuations follow it.
import type { DirectiveMention, OfficialMention, PartyRef } from '../types';
import type { AgencyRow } from '../lexicon/agency-row';
import { fold } from '../../text/fold';
import { withProvince } from '../directives/province-names';
import { districtIssuer, INHERITED, localIssuer } from './provincial-sectors';

export const SECTOR_DEPARTMENTS = {
  id: 'post.sector-departments',
  reason: 'A provincial leader\'s "ngành y tế" is the province\'s Sở Y tế, not the ministry (FORMAT.md: provincial agencies).',
};

/** The ministry the sentence (folded) names only as a sector ("ngành y tế", never "Bộ Y tế"). */
function namedAsSector(p: PartyRef, folded: string): boolean {
  if (!p.name.startsWith('Bộ ')) return false;
  const sector = fold(p.name.slice(3));
  // ("ngành tài nguyên môi trường": written without the "và" of the name.)
  const named = folded.includes(`nganh ${sector}`) || folded.includes(`nganh ${sector.replace(/ va /g, ' ')}`);
  return named && !folded.includes(fold(p.name));
}

export function sectorDepartments(directives: readonly DirectiveMention[], officials: readonly OfficialMention[], province: AgencyRow | null): DirectiveMention[] {
  const titles = new Map(officials.map((o) => [o.name, o.titles]));
  let previous: { before: string; after: PartyRef[] } | null = null;
  return directives.map((d) => {
    const before = d.assignees.map((a) => a.name).join('|');
    const inherited = previous !== null && previous.before === before && d.ruleIds.some((r) => INHERITED.test(r));
    // (The sentence is folded only for a local issuer's directive that names a ministry.)
    const folded = !inherited && d.assignees.some((p) => p.name.startsWith('Bộ ')) && localIssuer(d, titles) && !districtIssuer(d, titles) ? fold(d.sentence) : null;
    const own = folded !== null && d.assignees.some((p) => namedAsSector(p, folded));
    if (!own && !inherited) { previous = null; return d; }
    const assignees = inherited ? previous!.after : d.assignees.map((p) => {
      if (!namedAsSector(p, folded!)) return p;
      const name = `Sở ${p.name.slice(3)}`;
      return withProvince({ name, kind: 'agency', key: fold(name) }, province);
    });
    previous = { before, after: assignees };
    return { ...d, assignees, ruleIds: [...d.ruleIds, SECTOR_DEPARTMENTS.id] };
  });
}
