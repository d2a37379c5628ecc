import type { AgencyKind } from '../types';

/** One agency, group or province of the gazetteer, as the reference facts give it. */
export interface AgencyRow {
  /** Canonical Vietnamese name. */
  name: string;
  /** Vietnamese abbreviations and alternative spellings. */
  abbreviations: string[];
  nameEn: string | null;
  abbreviationsEn: string[];
  kind: AgencyKind | string;
  /** YYYY-MM-DD or YYYY-MM / YYYY where the reference is only that precise. */
  validFrom: string | null;
  validTo: string | null;
  /** Canonical name of the agency that took over its duties, if any. */
  successor: string | null;
  /** Some value of this row is marked unverified in the reference. */
  unverified: boolean;
}
