// Builder id → what Neo4j does for that statement, on the reference graph.
import { countDirectives, directiveCandidates, findDirectives } from './directive-intent';
import { countByLabel, countByType, directivesPerMeeting, search, shortestPathEdges, topAssignees } from './analytics-intents';
import * as reads from './read-intents';
import type { RefGraph } from './reference-graph';
import * as writes from './write-intents';

export type Intent = (g: RefGraph, params: Record<string, any>) => Record<string, unknown>[];

export function intentFor(queryId: string): Intent | null {
  const [family, a] = queryId.split('.');
  switch (family) {
    case 'schema':
      return (g) => (g.schema.add(queryId), []);
    case 'readIngestHash': return writes.readIngestHash;
    case 'deleteOwnedNodes': return writes.deleteOwnedNodes;
    case 'deleteOwnedEdges': return writes.deleteOwnedEdges;
    case 'releaseSharedEdges': return writes.releaseSharedEdges;
    case 'releaseSharedNodes': return writes.releaseSharedNodes;
    case 'writeNodes': return writes.writeNodes(a);
    case 'writeJointNodes': return writes.writeNodes(a, { joint: true });
    case 'unmarkIngested': return writes.unmarkIngested;
    case 'documentsOnMeetingDate': return reads.documentsOnMeetingDate;
    case 'mergeEdges': return writes.mergeEdges(a);
    case 'markIngested': return writes.markIngested;
    case 'addCuration': return writes.addCuration;
    case 'getNodes': return reads.getNodes;
    case 'countNodes': return reads.countNodes(a);
    case 'listNodes': return reads.listNodes(a);
    case 'listMeetingsByDate': return reads.listMeetingsByDate(a);
    case 'getEdges': return reads.getEdges;
    case 'countEdges': return reads.countEdges(a);
    case 'listEdges': return reads.listEdges(a);
    case 'predecessors': return reads.predecessors;
    case 'getCuration': return reads.getCuration;
    case 'getCurations': return reads.getCurations;
    case 'findDirectives': return findDirectives;
    case 'countDirectives': return countDirectives;
    case 'directiveCandidates': return directiveCandidates(a);
    case 'search': return search;
    case 'shortestPath': return shortestPathEdges(Number(a));
    case 'stats':
      return { nodes: countByLabel, edges: countByType, topAssignees, directivesPerMeeting }[a as 'nodes'] ?? null;
    default:
      return null;
  }
}
