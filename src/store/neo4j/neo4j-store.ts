// The StorePort on Neo4j: each method is one unit of work built from the query builders.
import type { MeetingDirection } from '../../graph/meeting-order';
import type { EdgeType, GraphBatch, NodeLabel } from '../../graph/model';
import type { CurationRecord, DirectiveQuery, DirectiveRequest, EdgeKey, PageArgs, SearchArgs, StorePort } from '../port';
import { search, shortestPath, stats } from './analytics';
import { addCuration } from './curation';
import type { Executor } from './executor';
import { findDirectives } from './find-directives';
import { documentsOnMeetingDate, getCurations, getEdges, getNodes, listEdges, listMeetingsByDate, listNodes } from './reads';
import { removeDocument, writeDocument } from './write-document';

export function createNeo4jStore(executor: Executor): StorePort {
  return {
    kind: 'neo4j',
    writeDocument: (batch: GraphBatch) => writeDocument(executor, batch),
    removeDocument: (documentId: string) => removeDocument(executor, documentId),
    documentsOnMeetingDate: (date: string) => documentsOnMeetingDate(executor, date),
    getNodes: (ids: readonly string[]) => getNodes(executor, ids),
    getEdges: (keys: readonly EdgeKey[]) => getEdges(executor, keys),
    findDirectives: (query: DirectiveQuery, page: PageArgs) => findDirectives(executor, query, page),
    // One port call; the statements run one after another (each is one indexed read), which
    // keeps the number of open sessions bounded whatever the number of requests.
    findDirectivesMany: async (requests: readonly DirectiveRequest[]) => {
      const pages = [];
      for (const { query, page } of requests) pages.push(await findDirectives(executor, query, page));
      return pages;
    },
    listNodes: (label: NodeLabel, page: PageArgs) => listNodes(executor, label, page),
    listMeetingsByDate: (direction: MeetingDirection, page: PageArgs) => listMeetingsByDate(executor, direction, page),
    listEdges: (type: EdgeType | null, page: PageArgs) => listEdges(executor, type, page),
    search: (args: SearchArgs) => search(executor, args),
    shortestPath: (from: string, to: string, maxHops: number) => shortestPath(executor, from, to, maxHops),
    stats: (top: number) => stats(executor, top),
    addCuration: (record: CurationRecord) => addCuration(executor, record),
    getCurations: (directiveIds: readonly string[]) => getCurations(executor, directiveIds),
    close: () => executor.close(),
  };
}
