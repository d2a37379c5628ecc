// Places and their people's committees in FORMAT.md's form: a province or centrally-run city read
// from the gazetteer (with its tones checked, "huyện Quang Bình" is not Quảng Bình), the name of a
// unit after its place word, and the committee of a province ("Ủy ban nhân dân tỉnh Sơn La").
import type { PartyRef } from '../types';
import type { AgencyRow } from '../lexicon/agency-row';
import { agencyKey } from '../lexicon/gazetteer';
import type { Token } from '../document/tokens';
import { matchAgencyAt } from '../rules/agency-matcher';
import { fold } from '../../text/fold';

export interface LocalHit {
  parties: PartyRef[];
  end: number;
  ruleId: string;
}

/** An agency party named as FORMAT.md writes it. */
export const localAgency = (name: string): PartyRef => ({ name, kind: 'agency', key: fold(name) });

// The written form of each folded place word.
export const UNIT_NAMES: Readonly<Record<string, string>> = { tx: 'thị xã', 'dac khu': 'đặc khu', thanh: 'thành phố', thi: 'thị xã', 'thi xa': 'thị xã', 'thanh pho': 'thành phố', 'thi tran': 'thị trấn', huyen: 'huyện', quan: 'quận', xa: 'xã', phuong: 'phường', tp: 'thành phố', tinh: 'tỉnh' };

/** The end of the folded words at tokens[k], else -1. */
export function wordsAt(tokens: readonly Token[], k: number, words: readonly string[]): number {
  for (let n = 0; n < words.length; n++) if (tokens[k + n]?.f !== words[n]) return -1;
  return k + words.length;
}

/** Capitalised name words after a unit word: "Vân Canh", "An Nhơn". */
export function placeName(tokens: readonly Token[], k: number): { name: string; end: number } | null {
  let j = k;
  const words: string[] = [];
  while (j < tokens.length && tokens[j].word && tokens[j].cap && words.length < 4) { words.push(tokens[j].text); j++; }
  // "quận 1", "Phường 5": a unit of a city numbered, not named.
  if (!words.length && /^\d{1,2}$/u.test(tokens[k]?.text ?? '') && /^(?:quận|phường)$/u.test(tokens[k - 1]?.l ?? '')) return { name: tokens[k].text, end: k + 1 };
  return words.length ? { name: words.join(' '), end: j } : null;
}

/** A unit's name as written: capitals, and what is glued to them ("Cư M'gar", "Ea H'leo"). */
export function unitName(tokens: readonly Token[], k: number): { name: string; end: number } | null {
  let j = k;
  while (j < tokens.length && j - k < 8 && ((tokens[j].word && tokens[j].cap) || (j > k && tokens[j].start === tokens[j - 1].end && tokens[j].text !== ','))) j++;
  while (j > k && !tokens[j - 1].word) j--;
  if (j === k) return null;
  let name = '';
  for (let x = k; x < j; x++) name += x > k && tokens[x].start > tokens[x - 1].end ? ` ${tokens[x].text}` : tokens[x].text;
  return { name, end: j };
}

export function provinceRow(tokens: readonly Token[], k: number, asOf?: string): { row: AgencyRow; end: number } | null {
  const hit = matchAgencyAt(tokens, k, { asOf, placeAllowed: true });
  if (!hit?.row || (hit.row.kind !== 'province' && hit.row.kind !== 'city')) return null;
  return sameTones(tokens.slice(k, hit.to), hit.row.name) ? { row: hit.row, end: hit.to } : null;
}

// The tone marks of Vietnamese (grave, acute, tilde, hook above, dot below): folding drops them,
// yet "huyện Quang Bình" is not the province of Quảng Bình. Their place in the syllable may vary
// ("Hoà" / "Hòa"); which one a syllable carries may not.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
const toneOf = (word: string): string => TONES.exec(word.normalize('NFD'))?.[0] ?? '';

/** Do the words written carry the tones of the place's name, word for word (when the name itself,
 * not an abbreviation, was written)? */
function sameTones(written: readonly Token[], name: string): boolean {
  const words = written.filter((t) => t.word);
  const nameWords = name.split(/\s+/u);
  if (words.length !== nameWords.length || words.some((t, i) => t.f !== fold(nameWords[i]))) return true;
  return words.every((t, i) => toneOf(t.text) === toneOf(nameWords[i]));
}

/** "TP.HCM", "TPHCM", "TP Đà Nẵng" at tokens[k]: a city spelled whole with its place word, else null. */
export function spelledCityAt(tokens: readonly Token[], k: number, asOf?: string): { row: AgencyRow; end: number } | null {
  return /^tp/u.test(tokens[k]?.f ?? '') ? provinceRow(tokens, k, asOf) : null;
}

/** A province named without "tỉnh" ("Bắc Giang", "Yên Bái"): a doer only where the caller knows
 * the position holds provinces (a topic "Với Bắc Giang, …", or after "tỉnh Bắc Giang, …"). */
export function bareProvinceAt(tokens: readonly Token[], k: number, asOf?: string): LocalHit | null {
  if (!tokens[k]?.cap) return null;
  const prov = provinceRow(tokens, k, asOf);
  return prov ? { parties: [{ name: prov.row.name, kind: 'agency', key: agencyKey(prov.row) }], end: prov.end, ruleId: 'party.bare-province' } : null;
}

/** "Chủ tịch UBND tỉnh đề nghị Thanh Bình cần rà soát …": the one district the report names,
 * written bare where a doer is expected (as a province may be), is its people's committee. */
export function bareDistrictAt(tokens: readonly Token[], k: number, district: string | null | undefined): LocalHit | null {
  if (!district || !tokens[k]?.cap) return null;
  const words = district.split(/\s+/u);
  if (!words.every((w, x) => tokens[k + x]?.text === w) || tokens[k + words.length]?.cap) return null;
  return { parties: [localAgency(`Ủy ban nhân dân huyện ${district}`)], end: k + words.length, ruleId: 'party.bare-district' };
}

/** Is the row a centrally-run city ("Đà Nẵng", "Thành phố Hồ Chí Minh"), not a province? */
export function isCentralCity(row: AgencyRow): boolean {
  return row.kind === 'city' || /^Thành phố /u.test(row.name);
}

/** "tỉnh Sơn La" / "thành phố Đà Nẵng" in the official form of a people's committee. */
export function committeeOf(row: AgencyRow): string {
  const city = isCentralCity(row);
  const bare = row.name.replace(/^Thành phố\s+/u, '');
  return `Ủy ban nhân dân ${city ? 'thành phố' : 'tỉnh'} ${bare}`;
}
