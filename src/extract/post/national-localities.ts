// FORMAT.md's group "Các địa phương" takes "chủ tịch UBND tỉnh" and "UBND các tỉnh": the Prime
// Minister or a minister who asks "Chủ tịch UBND tỉnh …" in a report that names no province
// speaks to every province's committee, not to one. (A report about one province names it, and
// its "UBND tỉnh" is that province's committee; a provincial text that never names its province
// keeps "Ủy ban nhân dân tỉnh".)
import type { AgencyRow } from '../lexicon/agency-row';
import type { DirectiveMention, OfficialMention } from '../types';
import { localitiesParty } from '../directives/local-parties';
import { relabelDirective } from './relabel-parties';

export const NATIONAL_LOCALITIES = {
  id: 'post.national-localities',
  reason: 'A national leader\'s unnamed "(Chủ tịch) UBND tỉnh" in a report naming no province is every province: "Các địa phương" (FORMAT.md groups).',
};

const UNNAMED_COMMITTEE = 'Ủy ban nhân dân tỉnh';
const NATIONAL_TITLE = /Thủ tướng|Bộ trưởng|Chính phủ|Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội/u;
const LOCAL_TITLE = /(?<![\p{L}])(?:tỉnh|Tỉnh ủy|Thành ủy|huyện|Huyện ủy|thành phố|TP)(?![\p{L}])/u;

export function nationalLocalities(directives: readonly DirectiveMention[], officials: readonly OfficialMention[], province: AgencyRow | null): DirectiveMention[] {
  if (province) return [...directives];
  const titles = new Map(officials.map((o) => [o.name, o.titles]));
  return directives.map((d) => {
    const own = d.assigner ? titles.get(d.assigner.name) ?? [] : [];
    const national = own.some((t) => NATIONAL_TITLE.test(t)) && !own.some((t) => LOCAL_TITLE.test(t));
    return national ? relabelDirective(d, UNNAMED_COMMITTEE, localitiesParty(), NATIONAL_LOCALITIES.id) : d;
  });
}
