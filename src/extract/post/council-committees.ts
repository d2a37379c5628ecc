// "### 4. Giao Ban Pháp chế" in the notice of a council's standing body: a province's council has
// its committees ("Ban Pháp chế", "Ban Kinh tế - Ngân sách", "Ban Văn hóa - Xã hội", "Ban Đô thị"),
// and a text about the council names them without it. FORMAT.md's provincial form gives each the
// council and the province: "Ban Pháp chế Hội đồng nhân dân thành phố Hồ Chí Minh".
import type { AgencyRow } from '../lexicon/agency-row';
import type { DirectiveMention, PartyRef } from '../types';
import { fold } from '../../text/fold';
import { provinceSuffix } from '../directives/province-names';
import { placeDirectiveParties } from './relabel-parties';

export const COUNCIL_COMMITTEES = {
  id: 'post.council-committees',
  reason: 'In a text about a people\'s council, its committees named alone are the council\'s, with its province (FORMAT.md provincial agencies).',
};

const COMMITTEE = /^Ban (?:Pháp chế|Kinh tế(?: [-–] Ngân sách)?|Văn hóa [-–] Xã hội|Đô thị)$/u;
const COUNCIL = /HĐND|Hội đồng nhân dân/u;

export function councilCommittees(directives: readonly DirectiveMention[], text: string, province: AgencyRow | null): DirectiveMention[] {
  if (!COUNCIL.test(text)) return [...directives];
  const placed = (p: PartyRef): PartyRef => {
    if (!COMMITTEE.test(p.name)) return p;
    const name = `${p.name.replace(/ – /u, ' - ')} Hội đồng nhân dân${province ? provinceSuffix(province) : ''}`;
    return { ...p, name, key: fold(name) };
  };
  return directives.map((d) => placeDirectiveParties(d, placed, COUNCIL_COMMITTEES.id));
}
