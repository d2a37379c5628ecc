// Counts for the overview: nodes by label, edges by type, busiest lead agencies, and
// directives per meeting. Assignee counts are from extraction (curation is per directive).
import { EDGE_TYPES, NODE_LABELS } from '../../graph/model';
import type { GraphStats } from '../port';
import { checkFirst } from './cursor';
import type { GraphState } from './graph-state';

export function stats(state: GraphState, top: number): GraphStats {
  checkFirst(top);
  const edgeCounts = new Map<string, number>(EDGE_TYPES.map((t) => [t, state.edgeCount(t)]));
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);

  const assignees: GraphStats['topAssignees'] = [];
  for (const agencyId of state.idsOfLabel('Agency')) {
    let lead = 0;
    let coordinator = 0;
    for (const edge of state.in(agencyId)) {
      if (edge.type !== 'ASSIGNED_TO') continue;
      if (edge.props.role === 'LEAD') lead++;
      else if (edge.props.role === 'COORDINATOR') coordinator++;
    }
    if (lead + coordinator > 0) assignees.push({ agencyId, lead, coordinator });
  }
  assignees.sort((a, b) => b.lead - a.lead || b.coordinator - a.coordinator || (a.agencyId < b.agencyId ? -1 : 1));

  const perMeeting: GraphStats['directivesPerMeeting'] = [];
  for (const meetingId of state.idsOfLabel('Meeting')) {
    perMeeting.push({ meetingId, count: state.in(meetingId).filter((e) => e.type === 'PART_OF').length });
  }
  perMeeting.sort((a, b) => b.count - a.count || (a.meetingId < b.meetingId ? -1 : 1));

  return {
    nodes: NODE_LABELS.map((label) => ({ key: label, count: state.countOfLabel(label) })).sort(byKey),
    edges: [...edgeCounts].map(([key, count]) => ({ key, count })).sort(byKey),
    topAssignees: assignees.slice(0, top),
    directivesPerMeeting: perMeeting.slice(0, top),
  };
}
