// The level passes (provincial-sectors, national-localities, tax-branches, council-committees) put
// one label in place of another among a directive's parties; the replacement may already be
// there, and is kept once.
import type { DirectiveMention, PartyRef } from '../types';

/** `parties` with each party put through `place`, each name kept once, in order. */
function placeParties(parties: readonly PartyRef[], place: (p: PartyRef) => PartyRef): PartyRef[] {
  const out: PartyRef[] = [];
  for (const p of parties) {
    const party = place(p);
    if (!out.some((q) => q.name === party.name)) out.push(party);
  }
  return out;
}

/** `parties` with every party named `name` replaced by `next`, each name kept once, in order. */
export function relabelParties(parties: readonly PartyRef[], name: string, next: PartyRef): PartyRef[] {
  return placeParties(parties, (p) => (p.name === name ? next : p));
}

/** The directive with its assignees and coordinators put through `place` and `ruleId` added; the
 * directive itself when `place` changes none of them. */
export function placeDirectiveParties(d: DirectiveMention, place: (p: PartyRef) => PartyRef, ruleId: string): DirectiveMention {
  if (!d.assignees.some((p) => place(p) !== p) && !d.coordinators.some((p) => place(p) !== p)) return d;
  return { ...d, assignees: placeParties(d.assignees, place), coordinators: placeParties(d.coordinators, place), ruleIds: [...d.ruleIds, ruleId] };
}

/** The directive with every party named `name` replaced by `next`, `ruleId` added; itself when it
 * names no such party. */
export function relabelDirective(d: DirectiveMention, name: string, next: PartyRef, ruleId: string): DirectiveMention {
  return placeDirectiveParties(d, (p) => (p.name === name ? next : p), ruleId);
}
