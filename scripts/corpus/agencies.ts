// Which gazetteer agencies a generated report may name, and how it may spell them. Only
// ministries and ministry-level bodies valid on the meeting date are used as assignees, so
// the gold (canonical name) is never ambiguous; abbreviations are used the way reports use
// them ("Bộ GD&ĐT", "Bộ KH&ĐT"), never bare initials ("BCA") that need context to read.
import { AGENCY_ROWS } from '../../src/extract/lexicon/agencies.data';
import type { AgencyRow } from '../../src/extract/lexicon/agency-row';
import type { Rng } from './rng';

export interface AgencyChoice {
  /** Canonical gazetteer name: what the gold records. */
  canonical: string;
  /** As written in the report. */
  written: string;
}

const ASSIGNABLE_KINDS = new Set(['ministry', 'ministry-level']);

/** Partial dates ("2025-02") bound the whole month; compare on the same prefix length. */
function onOrAfter(date: string, bound: string): boolean {
  return date.slice(0, bound.length) >= bound;
}
function onOrBefore(date: string, bound: string): boolean {
  return date.slice(0, bound.length) <= bound;
}

export function validOn(row: AgencyRow, date: string): boolean {
  return (row.validFrom === null || onOrAfter(date, row.validFrom)) && (row.validTo === null || onOrBefore(date, row.validTo));
}

/** Ministries and ministry-level bodies in office on `date`, verified rows only. */
export function assignableAgencies(date: string): AgencyRow[] {
  return AGENCY_ROWS.filter((r) => ASSIGNABLE_KINDS.has(r.kind) && !r.unverified && validOn(r, date));
}

/** Spellings a report would use: the name, or an abbreviation that reads as a name. */
export function writtenForms(row: AgencyRow): string[] {
  const readable = row.abbreviations.filter((a) => a.startsWith('Bộ ') || a === 'Ngân hàng Nhà nước');
  return [row.name, row.name, row.name, ...readable];
}

export function chooseAgency(rng: Rng, row: AgencyRow): AgencyChoice {
  return { canonical: row.name, written: rng.pick(writtenForms(row)) };
}

/** The province rows valid on `date` (bridge points and statistics, never assignees). */
export function provincesOn(date: string): AgencyRow[] {
  return AGENCY_ROWS.filter((r) => r.kind === 'province' && validOn(r, date));
}

/** The two group labels of the gold convention and the phrases that name them. */
export const GROUP_PHRASES: readonly { written: string; gold: string[] }[] = [
  { written: 'các bộ, ngành, địa phương', gold: ['Các bộ, ngành', 'Các địa phương'] },
  { written: 'các bộ, ngành', gold: ['Các bộ, ngành'] },
  { written: 'các địa phương', gold: ['Các địa phương'] },
];
