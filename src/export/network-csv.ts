// The co-assignment network as a Gephi edge list (Source, Target, Weight, Type), with the
// agencies' names beside their ids: the same network as the `network` query, from a snapshot.
import { coAssignmentNetwork } from '../graph/co-assignment';
import type { AgencyNode } from '../graph/model';
import { toCsv } from './csv';
import type { GraphSnapshot } from './snapshot';

export function toNetworkCsv(snapshot: GraphSnapshot): string {
  const meetingDates = new Map<string, string | null>();
  const names = new Map<string, string>();
  for (const node of snapshot.nodes) {
    if (node.label === 'Meeting') meetingDates.set(node.id, node.date);
    if (node.label === 'Agency') names.set(node.id, (node as AgencyNode).name);
  }
  const network = coAssignmentNetwork(
    {
      assignments: snapshot.edges.filter((e) => e.type === 'ASSIGNED_TO'),
      meetingOf: new Map(snapshot.edges.filter((e) => e.type === 'PART_OF').map((e) => [e.from, e.to])),
      meetingDates,
    },
    { from: null, to: null },
  );
  const records = network.edges.map((e) => ({
    Source: e.a,
    Target: e.b,
    Weight: e.weight,
    Type: 'Undirected',
    source_name: names.get(e.a) ?? null,
    target_name: names.get(e.b) ?? null,
    directive_ids: e.directiveIds.join(';'),
  }));
  return toCsv(['Source', 'Target', 'Weight', 'Type', 'source_name', 'target_name', 'directive_ids'], records);
}
