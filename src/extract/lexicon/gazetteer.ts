// Lookup over the reference gazetteer: any spelling of an agency (Vietnamese or English name,
// abbreviation, tone-mark variant, NFC or NFD, any case) finds its row. Group rows are kept, and
// groupLabelsOf() says which of the two scorer labels a group stands for.
import { fold } from '../../text/fold';
import { AGENCY_ROWS } from './agencies.data';
import type { AgencyRow } from './agency-row';
import { GROUP_LOCALITIES, GROUP_MINISTRIES, TSV_GROUP_LABELS, type GroupLabel } from './groups';

export { GROUP_LOCALITIES, GROUP_MINISTRIES };
export type { AgencyRow };

/** Stable key of an agency: its folded canonical name. */
export function agencyKey(row: Pick<AgencyRow, 'name'>): string {
  return fold(row.name);
}

function spellingsOf(row: AgencyRow): string[] {
  return [row.name, ...row.abbreviations, ...(row.nameEn ? [row.nameEn] : []), ...row.abbreviationsEn];
}

function buildIndex(rows: readonly AgencyRow[]): Map<string, AgencyRow[]> {
  const index = new Map<string, AgencyRow[]>();
  for (const row of rows) {
    for (const spelling of spellingsOf(row)) {
      const key = fold(spelling);
      if (!key) continue;
      const list = index.get(key) ?? [];
      if (!list.includes(row)) list.push(row);
      index.set(key, list);
    }
  }
  return index;
}

const INDEX = buildIndex(AGENCY_ROWS);
const BY_NAME = new Map(AGENCY_ROWS.map((row) => [row.name, row]));

/** Compares partial ISO dates ("2025", "2025-02", "2025-02-28") by their common prefix. */
function onOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/** True when the row was in existence on `asOf` (rows without dates always are). */
export function validOn(row: AgencyRow, asOf: string): boolean {
  if (row.validFrom && !onOrBefore(row.validFrom, asOf)) return false;
  if (row.validTo && !onOrBefore(asOf, row.validTo)) return false;
  return true;
}

/**
 * The agency a name or abbreviation stands for. With `asOf`, a row valid on that date is
 * preferred when one spelling names several rows; a spelling that only names rows not yet or no
 * longer in existence still resolves (the text may speak of history).
 */
export function findAgency(nameOrAbbrev: string, asOf?: string): AgencyRow | undefined {
  const rows = INDEX.get(fold(nameOrAbbrev));
  if (!rows || rows.length === 0) return undefined;
  if (asOf) return rows.find((row) => validOn(row, asOf)) ?? rows[0];
  return rows[0];
}

/** Every row a spelling may stand for (several when an abbreviation is shared). */
export function findAgencies(nameOrAbbrev: string): readonly AgencyRow[] {
  return INDEX.get(fold(nameOrAbbrev)) ?? [];
}

/** The agency that took over a merged or dissolved agency's duties, if the reference names one. */
export function successorOf(row: AgencyRow): AgencyRow | undefined {
  return row.successor ? BY_NAME.get(row.successor) : undefined;
}

/** Scorer labels a group row stands for; [] for generic partners; undefined for non-groups. */
export function groupLabelsOf(row: AgencyRow): GroupLabel[] | undefined {
  if (row.kind !== 'group') return undefined;
  return TSV_GROUP_LABELS[row.name] ?? [];
}

export function allAgencyRows(): readonly AgencyRow[] {
  return AGENCY_ROWS;
}
