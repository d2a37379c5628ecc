// Directives assigned to each of many agencies, curation included, at a constant cost: one
// findDirectives for all agencies of a role (the store applies curated reassignments), then each
// hit is given to the requested agencies among its parties in force — curated lead assignees
// when a curator corrected them, else the extracted edges. Used by Agency.directives and
// Agency.responsibility, so a page of agencies does not make a store query per agency.
import DataLoader from 'dataloader';
import type { DirectiveHit, StorePort } from '../store/port';
import type { Loaders } from './loaders';

export type AssignmentRole = 'LEAD' | 'COORDINATOR' | 'ANY';

/** Cache key: `${agencyId}|${role}`. */
export const assignedKey = (agencyId: string, role: AssignmentRole) => `${agencyId}|${role}`;

const PAGE = 500;

async function allHits(store: StorePort, assignedTo: string[], role: AssignmentRole): Promise<DirectiveHit[]> {
  const hits: DirectiveHit[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.findDirectives({ assignedTo, role }, { first: PAGE, after });
    hits.push(...page.items.map((i) => i.value));
    if (!page.hasNextPage || page.items.length === 0) return hits;
    after = page.items[page.items.length - 1].cursor;
  }
}

/** Parties of a directive in a role, as in force (curated lead assignees win). */
async function partiesInForce(loaders: Loaders, directiveId: string, role: AssignmentRole): Promise<Set<string>> {
  const [edges, curations] = await Promise.all([
    loaders.edges.load({ nodeId: directiveId, type: 'ASSIGNED_TO', direction: 'out' }),
    loaders.curations.load(directiveId),
  ]);
  const inRole = (r: string) => edges.filter((e) => e.props.role === r).map((e) => e.to);
  const curated = [...curations].reverse().find((c) => c.kind === 'ASSIGNEES');
  const lead = curated ? curated.value.split(',').filter((s) => s !== '') : inRole('LEAD');
  if (role === 'LEAD') return new Set(lead);
  if (role === 'COORDINATOR') return new Set(inRole('COORDINATOR'));
  return new Set([...lead, ...inRole('COORDINATOR')]);
}

export function createAssignedDirectivesLoader(store: StorePort, loaders: () => Loaders): DataLoader<string, string[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const wanted = keys.map((k) => {
      const at = k.lastIndexOf('|');
      return { agencyId: k.slice(0, at), role: k.slice(at + 1) as AssignmentRole };
    });
    const result = new Map<string, string[]>(keys.map((k) => [k, []]));
    for (const role of ['LEAD', 'COORDINATOR', 'ANY'] as const) {
      const agencies = wanted.filter((w) => w.role === role).map((w) => w.agencyId);
      if (agencies.length === 0) continue;
      const hits = await allHits(store, agencies, role);
      const parties = await Promise.all(hits.map((h) => partiesInForce(loaders(), h.id, role)));
      hits.forEach((hit, i) => {
        for (const agencyId of agencies) if (parties[i].has(agencyId)) result.get(assignedKey(agencyId, role))?.push(hit.id);
      });
    }
    return keys.map((k) => [...new Set(result.get(k))]);
  });
}
