// Agency mentions of the whole document (for the graph and for explanation) and the province
// a report is about, which "UBND tỉnh" with no name resolves to.
import type { AgencyKind, AgencyMention } from '../types';
import type { ExtractContext } from '../context';
import type { AgencyRow } from '../lexicon/agency-row';
import { agencyKey } from '../lexicon/gazetteer';
import { fold } from '../../text/fold';
import { SURNAMES_LOWER } from '../lexicon/titles';
import { findAgencyHits, matchAgencyAt } from './agency-matcher';

const KINDS = new Set<AgencyKind>(['ministry', 'ministry-level', 'government-body', 'party-body', 'committee', 'group', 'province', 'city', 'other']);
const kindOf = (k: string): AgencyKind => (KINDS.has(k as AgencyKind) ? (k as AgencyKind) : 'other');

export function extractAgencies(ctx: ExtractContext): AgencyMention[] {
  const out: AgencyMention[] = [];
  const namesBySentence = new Map<number, { start: number; end: number }[]>();
  for (const o of ctx.occurrences) {
    const list = namesBySentence.get(o.sentence);
    if (list) list.push(o.nameSpan);
    else namesBySentence.set(o.sentence, [o.nameSpan]);
  }
  ctx.sentences.forEach((s, si) => {
    if (s.kind === 'signoff' || s.kind === 'byline') return;
    const names = namesBySentence.get(si) ?? [];
    let n = 0; // hits and names are both in reading order: one pointer suffices
    for (const hit of findAgencyHits(ctx.tokens[si], { asOf: ctx.reference ?? undefined })) {
      while (n < names.length && names[n].end <= hit.start) n++;
      if (n < names.length && hit.start < names[n].end && hit.end > names[n].start) continue; // "Nguyễn Hòa Bình" is a person
      const text = ctx.text.slice(hit.start, hit.end);
      const span = { start: hit.start, end: hit.end };
      if (hit.labels) {
        for (const label of hit.labels) out.push({ name: label, key: fold(label), kind: 'group', text, span, ruleId: hit.ruleId });
      } else if (hit.row) {
        out.push({ name: hit.row.name, key: agencyKey(hit.row), kind: kindOf(hit.row.kind), text, span, ruleId: hit.ruleId });
      }
    }
  });
  return out;
}

// "Đảng bộ TP Thái Nguyên": the city that bears a province's name is the provincial capital; it
// does not name the province (FORMAT.md: only a province the text names gives the suffix).
const CITY_WORD_BEFORE = /(?:\bTP\.?|[Tt]hành phố)\s*$/u;

/** The most mentioned province or city of the report (named with a place word), if any. */
export function contextProvince(ctx: ExtractContext, rows: (name: string) => AgencyRow | undefined): AgencyRow | null {
  const counts = new Map<string, number>();
  for (const a of ctx.agencies) {
    if (a.kind !== 'province' && a.kind !== 'city') continue;
    if (a.kind === 'province' && CITY_WORD_BEFORE.test(ctx.text.slice(Math.max(0, a.span.start - 12), a.span.start))) continue;
    if (notYetProvincial(a.name, ctx.reference, rows)) continue;
    counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  best ??= bareProvince(ctx);
  return best ? rows(best) ?? null : null;
}

/** "TP. Huế" in a report of 2017: the city became a province-level city only on 2025-01-01;
 * before then it was a city of its province, and its name says nothing of a province's bodies. */
function notYetProvincial(name: string, asOf: string | null | undefined, rows: (name: string) => AgencyRow | undefined): boolean {
  if (!asOf) return false;
  const from = rows(name)?.validFrom;
  return !!from && asOf < from;
}

/**
 * In a report about several provinces ("Thừa Thiên Huế …, UBND tỉnh Quảng Trị …, TP Đà Nẵng …"),
 * two or more of them named at least twice, a sentence's provincial bodies are those of the last
 * province named up to the sentence's end; elsewhere the report's province.
 */
export function provinceNear(ctx: ExtractContext, rows: (name: string) => AgencyRow | undefined): (end: number) => AgencyRow | null {
  const mentions = ctx.agencies.filter((a) => (a.kind === 'province' || a.kind === 'city') && !notYetProvincial(a.name, ctx.reference, rows))
    .sort((a, b) => a.span.start - b.span.start);
  const counts = new Map<string, number>();
  for (const a of mentions) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  if ([...counts.values()].filter((n) => n >= 2).length < 2) return () => ctx.province;
  const starts = mentions.map((a) => a.span.start);
  const found = new Map<string, AgencyRow | null>();
  return (end) => {
    // The last mention starting before `end` (binary search: reports can be long).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < end) lo = mid + 1; else hi = mid; }
    if (lo === 0) return ctx.province;
    const name = mentions[lo - 1].name;
    if (!found.has(name)) found.set(name, rows(name) ?? null);
    return found.get(name) ?? ctx.province;
  };
}

// "… phát triển KT-XH của Bình Định": a report of a provincial meeting ("UBND tỉnh", "Tỉnh ủy")
// may name its province only bare. It counts when it is the only province the text names so.
const PROVINCIAL_WORDING = /(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân) tỉnh|Tỉnh ủy|Thành ủy|\btỉnh\b/u;
function bareProvince(ctx: ExtractContext): string | null {
  if (!PROVINCIAL_WORDING.test(ctx.text)) return null;
  const seen = new Set<string>();
  // "Phó Thủ tướng Nguyễn Hòa Bình": a province's name inside a person's is no place.
  const names = ctx.occurrences.map((o) => o.nameSpan);
  const inName = (at: number): boolean => names.some((n) => at >= n.start && at < n.end);
  for (const tokens of ctx.tokens) {
    for (let k = 0; k < tokens.length; k++) {
      if (!tokens[k].cap || inName(tokens[k].start)) continue;
      const hit = matchAgencyAt(tokens, k, { asOf: ctx.reference ?? undefined, placeAllowed: true });
      if (!hit) continue;
      const cityOfProvince = hit.row?.kind === 'province' && CITY_WORD_BEFORE.test(ctx.text.slice(Math.max(0, tokens[k].start - 12), tokens[k].start));
      const notYet = !!hit.row?.validFrom && !!ctx.reference && ctx.reference < hit.row.validFrom;
      if (hit.row && (hit.row.kind === 'province' || hit.row.kind === 'city') && !cityOfProvince && !notYet) seen.add(hit.row.name);
      k = hit.to - 1;
    }
  }
  return seen.size === 1 ? [...seen][0] : null;
}

// "huyện Vân Canh", "huyện Lạc Dương": the district named with its unit word.
// (On one line: "… trên địa bàn huyện.\n\nCập nhật lúc …" names no district "Cập".)
const DISTRICT = /(?<![\p{L}])huyện[ \t]+(\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,3})/gu;

/** "Đức Trọng Nguyễn Văn" (of "Chủ tịch UBND huyện Đức Trọng Nguyễn Văn Sơn"): the district's
 * name ends where a surname starts a further name. */
function beforePersonalName(words: string): string {
  const w = words.split(/\s+/u);
  for (let i = 1; i < w.length - 1; i++) if (SURNAMES_LOWER.has(w[i].toLowerCase())) return w.slice(0, i).join(' ');
  return words;
}

/** The district a report is about: the only one it names, or the one it names at least twice as
 * often as any other ("huyện cần …" then means it). */
export function contextDistrict(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(DISTRICT)) {
    const name = beforePersonalName(m[1]);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  if (ranked.length === 1 || (ranked[0][1] >= 2 && ranked[0][1] >= 2 * ranked[1][1])) return ranked[0][0];
  return null;
}
