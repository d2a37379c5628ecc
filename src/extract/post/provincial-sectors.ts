// FORMAT.md's national group "Các bộ, ngành" takes "các cấp, các ngành" and "các ngành" too. A
// province's leader or committee has no ministries to instruct: its "các cấp, các ngành" are the
// province's departments and sectors, "Các sở, ngành tỉnh X" (the group below the national
// level). Only a phrase that names no ministry is relabelled; "đề nghị các bộ, ngành Trung ương
// …" from a province stays the national group.
import type { AgencyRow } from '../lexicon/agency-row';
import type { DirectiveMention, OfficialMention, PartyRef } from '../types';
import { fold } from '../../text/fold';
import { provinceSuffix } from '../directives/province-names';
import { relabelDirective } from './relabel-parties';

export const PROVINCIAL_SECTORS = {
  id: 'post.provincial-sectors',
  reason: 'A provincial issuer\'s "các cấp, các ngành" are the province\'s departments and sectors, not the ministries (FORMAT.md groups).',
};

export const DISTRICT_SECTORS = {
  id: 'post.district-sectors',
  reason: 'A district leader\'s "các ngành" are the district\'s own offices: no group label exists for them (FORMAT.md groups), and they are not the ministries.',
};

const NATIONAL = 'Các bộ, ngành';
// A ministry written out: "các bộ", "Bộ, ngành", "Bộ Y tế", "Bộ trưởng", "bộ, ngành Trung ương".
const NAMES_MINISTRY = /(?<![\p{L}])(?<!(?:cán|toàn|nội|sơ|đồng|[Cc]ông) )(?:các [Bb]ộ|[Bb]ộ,|[Bb]ộ ngành|Bộ \p{Lu}|[Bb]ộ trưởng|[Tt]rung ương)(?![\p{L}])/u;
// The words of a provincial leader's title; a whole word of a title, as a pattern.
// ("Tỉnh ủy viên, Bí thư Huyện ủy": a member of the province's committee leads a district.)
const PROVINCE_WORDS = 'tỉnh|Tỉnh ủy(?! viên)|Thành ủy(?! viên)|UBND TP|UBND thành phố|Ủy ban nhân dân thành phố';
const titleWord = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'u');
// The titles of a provincial or district leader, and a provincial body speaking in its own name.
const LOCAL_TITLE = titleWord(`${PROVINCE_WORDS}|huyện|Huyện ủy`);
const NATIONAL_TITLE = /Thủ tướng|Chính phủ|Bộ trưởng|Quốc hội|Tổng Bí thư|Chủ tịch nước/u;
const LOCAL_SPEAKER = /(?:UBND|Ủy ban nhân dân|Ban [Cc]hỉ đạo|Ban [Cc]hỉ huy|Tỉnh ủy|Thành ủy)(?:[^.;:]*?)(?<![\p{L}])(?:tỉnh|thành phố|TP|huyện)(?![\p{L}])/u;
const CUES = /(?<![\p{L}])(?:yêu cầu|giao|đề nghị|chỉ đạo|lưu ý|nhắc nhở|kêu gọi)(?![\p{L}])/gu;
const ACCORDING_TO = /^Theo ([^,;:]{3,60}),/u;
export const INHERITED = /^discourse\.(?:inherit-|list-item|directed-list)/u;

// A district's leader: the district's sectors are its own offices, for which FORMAT.md has no label.
const DISTRICT_TITLE = titleWord('huyện|Huyện ủy|quận|Quận ủy|thị xã|Thị ủy');
const PROVINCIAL_TITLE = titleWord(PROVINCE_WORDS);

export function districtIssuer(d: DirectiveMention, titles: ReadonlyMap<string, readonly string[]>): boolean {
  const own = d.assigner ? titles.get(d.assigner.name) ?? [] : [];
  return own.some((t) => DISTRICT_TITLE.test(t)) && !own.some((t) => PROVINCIAL_TITLE.test(t) || NATIONAL_TITLE.test(t));
}

export function localIssuer(d: DirectiveMention, titles: ReadonlyMap<string, readonly string[]>): boolean {
  if (d.assigner) {
    const own = titles.get(d.assigner.name) ?? [];
    return own.some((t) => LOCAL_TITLE.test(t)) && !own.some((t) => NATIONAL_TITLE.test(t));
  }
  // The speaker is named before an instruction verb: "Ban Chỉ đạo … tỉnh X yêu cầu …" (also
  // after another: "Phát biểu chỉ đạo tại hội nghị, đồng chí Chủ tịch UBND tỉnh yêu cầu …").
  for (const m of d.sentence.matchAll(CUES)) if ((m.index ?? 0) > 0 && LOCAL_SPEAKER.test(d.sentence.slice(0, m.index))) return true;
  // "Theo Chủ tịch UBND tỉnh, ngành y tế cần …": the post the words are attributed to.
  const according = ACCORDING_TO.exec(d.sentence);
  return according !== null && LOCAL_SPEAKER.test(according[1]);
}

export function provincialSectors(directives: readonly DirectiveMention[], officials: readonly OfficialMention[], province: AgencyRow | null): DirectiveMention[] {
  // ("Bí thư Tỉnh ủy … yêu cầu UBND tỉnh, các cấp, ngành …" in a text that never names the
  // province: the departments with no suffix, FORMAT.md.)
  const name = `Các sở, ngành${province ? provinceSuffix(province) : ''}`;
  const sectors: PartyRef = { name, kind: 'agency', key: fold(name) };
  const titles = new Map(officials.map((o) => [o.name, o.titles]));
  // A province's own plan or letter: no national official speaks in it and no ministry is given
  // a task, so its "các ngành, các cấp" are the province's whoever is (not) named as the issuer.
  // (Only where the text names its province: with none, a national text naming no official
  // would pass for a local one; a local speaker must then be seen.)
  const localDocument = province !== null && !officials.some((o) => o.titles.some((t) => NATIONAL_TITLE.test(t)))
    && !directives.some((d) => d.assignees.some((a) => /^Bộ /u.test(a.name)));
  // A continuation inherits the doers of the directive before it: it is relabelled with it.
  let previous: { before: string; relabelled: boolean } | null = null;
  return directives.map((d) => {
    const before = d.assignees.map((a) => a.name).join('|');
    const has = d.assignees.some((a) => a.name === NATIONAL) || d.coordinators.some((a) => a.name === NATIONAL);
    const inherited = previous?.relabelled === true && previous.before === before && d.ruleIds.some((r) => INHERITED.test(r));
    const relabelled = has && !NAMES_MINISTRY.test(d.sentence) && (inherited || localDocument || localIssuer(d, titles));
    previous = { before, relabelled };
    if (!relabelled) return d;
    if (districtIssuer(d, titles)) {
      return { ...d, assignees: d.assignees.filter((a) => a.name !== NATIONAL), coordinators: d.coordinators.filter((a) => a.name !== NATIONAL), ruleIds: [...d.ruleIds, DISTRICT_SECTORS.id] };
    }
    return relabelDirective(d, NATIONAL, sectors, PROVINCIAL_SECTORS.id);
  });
}
