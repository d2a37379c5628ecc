// The co-assignment network (pure): agencies are linked when they are assigned the same
// directive (as lead, coordinator or monitor), weighted by how many directives they share.
// Inputs are the graph's ASSIGNED_TO and PART_OF edges and the meetings' dates, so the API
// (through the store) and the exports (from a snapshot) compute the same network.
import type { GraphEdge } from './model';

export interface CoAssignmentInput {
  /** ASSIGNED_TO edges (directive → agency or official). */
  assignments: readonly GraphEdge[];
  /** Directive → meeting id (PART_OF). */
  meetingOf: ReadonlyMap<string, string>;
  /** Meeting id → date, for the time window. */
  meetingDates: ReadonlyMap<string, string | null>;
  /** Agencies to leave out (groups, when asked). */
  exclude?: ReadonlySet<string>;
}

export interface CoAssignmentWindow {
  /** Meetings held on or after this day. */
  from: string | null;
  /** Meetings held on or before this day. */
  to: string | null;
}

export interface CoAssignmentNetwork {
  /** Agencies on at least one shared directive, with how many directives they are on in the window. */
  nodes: { agencyId: string; directives: number }[];
  /** Pairs (a < b by id), heaviest first, with the shared directives. */
  edges: { a: string; b: string; weight: number; directiveIds: string[] }[];
}

const isAgency = (id: string) => id.startsWith('agy:');

export function coAssignmentNetwork(input: CoAssignmentInput, window: CoAssignmentWindow): CoAssignmentNetwork {
  const inWindow = (directiveId: string) => {
    if (window.from === null && window.to === null) return true;
    const date = input.meetingDates.get(input.meetingOf.get(directiveId) ?? '') ?? null;
    return date !== null && (window.from === null || date >= window.from) && (window.to === null || date <= window.to);
  };
  const byDirective = new Map<string, Set<string>>();
  for (const edge of input.assignments) {
    if (!isAgency(edge.to) || input.exclude?.has(edge.to) || !inWindow(edge.from)) continue;
    let set = byDirective.get(edge.from);
    if (set === undefined) byDirective.set(edge.from, (set = new Set()));
    set.add(edge.to);
  }
  const pairs = new Map<string, { a: string; b: string; weight: number; directiveIds: string[] }>();
  const counts = new Map<string, number>();
  for (const [directiveId, set] of [...byDirective].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const agencies = [...set].sort();
    for (const id of agencies) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (let i = 0; i < agencies.length; i++) {
      for (let j = i + 1; j < agencies.length; j++) {
        const key = `${agencies[i]}|${agencies[j]}`;
        const pair = pairs.get(key) ?? { a: agencies[i], b: agencies[j], weight: 0, directiveIds: [] };
        pair.weight++;
        pair.directiveIds.push(directiveId);
        pairs.set(key, pair);
      }
    }
  }
  const edges = [...pairs.values()].sort((x, y) => y.weight - x.weight || (x.a + x.b < y.a + y.b ? -1 : 1));
  const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
  const nodes = [...linked].sort().map((agencyId) => ({ agencyId, directives: counts.get(agencyId) ?? 0 }));
  return { nodes, edges };
}
