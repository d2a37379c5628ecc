// The level passes (provincial-sectors, national-localities) put one label in place of another
// among a directive's parties; the replacement may already be there, and is kept once.
import type { PartyRef } from '../types';

/** `parties` with every party named `name` replaced by `next`, each name kept once, in order. */
export function relabelParties(parties: readonly PartyRef[], name: string, next: PartyRef): PartyRef[] {
  const out: PartyRef[] = [];
  for (const p of parties) {
    const party = p.name === name ? next : p;
    if (!out.some((q) => q.name === party.name)) out.push(party);
  }
  return out;
}
