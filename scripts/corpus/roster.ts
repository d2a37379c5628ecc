// The officials of a generated corpus: one Prime Minister, deputy prime ministers and a
// minister per ministry, drawn once per seed so the same people recur across reports the way
// they do in real coverage (the graph then has shared Official nodes, as in production).
import { AGENCY_ROWS } from '../../src/extract/lexicon/agencies.data';
import type { Rng } from './rng';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from './vocabulary';

export interface Roster {
  primeMinister: string;
  /** The first is the Permanent Deputy Prime Minister. */
  deputyPrimeMinisters: string[];
  /** Canonical agency name → head of that agency. */
  ministers: ReadonlyMap<string, string>;
  /** Provincial chairs, by province canonical name. */
  provincialChairs: ReadonlyMap<string, string>;
}

function uniqueName(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const name = rng.chance(0.15)
      ? `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`
      : `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`;
    // Skip names that repeat a syllable ("Minh Minh"), which no one is called.
    if (taken.has(name) || /(\S+) \1/.test(name)) continue;
    taken.add(name);
    return name;
  }
}

export function makeRoster(rng: Rng): Roster {
  const taken = new Set<string>();
  const primeMinister = uniqueName(rng, taken);
  const deputyPrimeMinisters = [0, 1, 2, 3].map(() => uniqueName(rng, taken));
  const ministers = new Map<string, string>();
  const provincialChairs = new Map<string, string>();
  for (const row of AGENCY_ROWS) {
    if (row.kind === 'ministry' || row.kind === 'ministry-level') ministers.set(row.name, uniqueName(rng, taken));
    if (row.kind === 'province' || row.kind === 'city') provincialChairs.set(row.name, uniqueName(rng, taken));
  }
  return { primeMinister, deputyPrimeMinisters, ministers, provincialChairs };
}

/** "Bộ trưởng Bộ Y tế" / "Thống đốc Ngân hàng Nhà nước Việt Nam" / "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ". */
export function headTitle(agency: string): string {
  if (agency.startsWith('Bộ ')) return `Bộ trưởng ${agency}`;
  if (agency === 'Ngân hàng Nhà nước Việt Nam') return `Thống đốc ${agency}`;
  if (agency === 'Thanh tra Chính phủ') return 'Tổng Thanh tra Chính phủ';
  return `Bộ trưởng, Chủ nhiệm ${agency}`;
}
