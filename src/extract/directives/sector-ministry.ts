// "phối hợp với ngành công thương", "ngành y tế": a sector named in lower case stands for the
// ministry that runs it (as the dev gold reads "ngành công thương" → Bộ Công Thương). The words
// after "ngành" must begin exactly one ministry's name valid on the report's date.
import type { PartyRef } from '../types';
import type { Token } from '../document/tokens';
import { agencyKey, allAgencyRows, validOn } from '../lexicon/gazetteer';
import type { AgencyRow } from '../lexicon/agency-row';

export const SECTOR_MINISTRY = {
  id: 'party.sector-ministry',
  reason: '"ngành <sector>" in lower case is the ministry of that sector.',
};

const MIN_SYLLABLES = 2;
const MAX_SYLLABLES = 8;
let ministries: { row: AgencyRow; words: string[] }[] | null = null;

function ministryWords(): { row: AgencyRow; words: string[] }[] {
  // ("ngành tài nguyên môi trường": the press drops the "và" of a sector's name, too.)
  ministries ??= allAgencyRows()
    .filter((r) => r.kind === 'ministry' && r.name.startsWith('Bộ '))
    .flatMap((row) => {
      const words = agencyKey({ name: row.name.slice(3) }).split(' ');
      const withoutAnd = words.filter((w) => w !== 'va');
      return withoutAnd.length < words.length ? [{ row, words }, { row, words: withoutAnd }] : [{ row, words }];
    });
  return ministries;
}

/** The ministries of the sectors named at tokens[k] ("ngành" then its words; "ngành giáo dục, y
 * tế": more sectors after a comma or "và" share the one "ngành"), or null. */
export function sectorMinistryAt(tokens: readonly Token[], k: number, asOf?: string): { parties: PartyRef[]; end: number } | null {
  // (Capitalised only as a sentence's first word: "Ngành Y tế chủ động …".)
  if (tokens[k]?.f !== 'nganh' || (tokens[k].cap && tokens.slice(0, k).some((t) => t.word))) return null;
  const first = sectorAt(tokens, k + 1, asOf);
  if (!first) return null;
  const parties = [first.party];
  let end = first.end;
  for (let guard = 0; guard < 4 && (tokens[end]?.text === ',' || tokens[end]?.l === 'và'); guard++) {
    const next = tokens[end + 1]?.cap ? null : sectorAt(tokens, end + 1, asOf);
    if (!next || parties.some((p) => p.name === next.party.name)) break;
    parties.push(next.party);
    end = next.end;
  }
  return { parties, end };
}

/** The one ministry whose name (without "Bộ") the words at tokens[k] begin, or null. */
function sectorAt(tokens: readonly Token[], k: number, asOf?: string): { party: PartyRef; end: number } | null {
  for (let n = MAX_SYLLABLES; n >= MIN_SYLLABLES; n--) {
    const words = tokens.slice(k, k + n);
    if (words.length < n || words.some((t) => !t.word)) continue;
    const folded = words.map((t) => t.f);
    // (A ministry spelled both with and without its "và" is one hit.)
    const rows = [...new Set(ministryWords().filter((m) => (!asOf || validOn(m.row, asOf)) && folded.every((w, i) => m.words[i] === w)).map((m) => m.row))];
    if (rows.length === 1) return { party: { name: rows[0].name, kind: 'agency', key: agencyKey(rows[0]) }, end: k + n };
  }
  return null;
}
