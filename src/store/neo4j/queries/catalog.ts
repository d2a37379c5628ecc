// Every statement text the adapter can send, each with representative parameters: the lint
// test checks them all and the recording driver refuses any text not listed here.
import { DOCUMENT_OWNED_LABELS, EDGE_TYPES, NODE_LABELS } from '../../../graph/model';
import type { BuiltQuery } from './built-query';
import { buildAddCuration, buildGetCuration, buildGetCurations } from './curation';
import { buildCountDirectives, buildDirectiveCandidates, buildFindDirectives, buildPredecessors, type DirectiveQueryParams } from './directives';
import { buildCountEdges, buildGetEdges, buildListEdges } from './edges';
import { buildCountNodes, buildDocumentsOnMeetingDate, buildGetNodes, buildListMeetingsByDate, buildListNodes } from './nodes';
import { buildShortestPathEdges, MAX_LITERAL_HOPS } from './path';
import { buildSchemaStatements } from './schema';
import { buildSearch } from './search';
import { buildClearDatabase } from './maintenance';
import { buildCountByLabel, buildCountByType, buildDirectivesPerMeeting, buildTopAssignees } from './stats';
import { buildDeleteOwnedEdges, buildDeleteOwnedNodes, buildMarkIngested, buildMergeEdges, buildReadIngestHash, buildReleaseSharedEdges, buildReleaseSharedNodes, buildUnmarkIngested, buildWriteJointNodes, buildWriteNodes } from './write';

export const NO_DIRECTIVE_CONDITIONS: DirectiveQueryParams = {
  assignedTo: null, role: 'LEAD', predecessors: [], coordinatedBy: null, issuedBy: null, issuedByRole: null,
  chairedBy: null, meetingIds: null, dueOn: null, dueBefore: null, dueAfter: null, hasDeadline: null,
  overdueOn: null, status: null, textFolded: null,
};

export function allStatements(): BuiltQuery[] {
  const doc = 'doc-1';
  return [
    ...buildSchemaStatements(),
    buildReadIngestHash(doc),
    buildDeleteOwnedNodes(doc),
    buildDeleteOwnedEdges(doc),
    buildReleaseSharedEdges(doc),
    buildReleaseSharedNodes(doc),
    ...NODE_LABELS.map((label) => buildWriteNodes(label, doc, [{ id: 'n-1', props: { id: 'n-1' } }])),
    ...DOCUMENT_OWNED_LABELS.map((label) => buildWriteJointNodes(label, doc, [{ id: 'n-1', props: { id: 'n-1' } }])),
    ...EDGE_TYPES.map((type) => buildMergeEdges(type, doc, [{ id: 'e-1', from: 'n-1', to: 'n-2', shared: false, props: { id: 'e-1', propsJson: '{}' } }])),
    buildMarkIngested(doc, 'hash'),
    buildUnmarkIngested(doc),
    buildDocumentsOnMeetingDate('2025-02-06'),
    buildGetNodes(['n-1']),
    ...NODE_LABELS.flatMap((label) => [buildCountNodes(label), buildListNodes(label, null, 11)]),
    ...(['ASC', 'DESC'] as const).map((direction) => buildListMeetingsByDate(direction, { undated: 0, day: '2025-02-06', id: 'm-1' }, 11)),
    buildGetEdges([{ nodeId: 'n-1', type: 'PART_OF', direction: 'out' }]),
    ...[null, ...EDGE_TYPES].flatMap((type) => [buildCountEdges(type), buildListEdges(type, 'e-1', 11)]),
    buildPredecessors(['agency-1']),
    buildFindDirectives({ field: 'DOCUMENT_ORDER', direction: 'ASC' }, NO_DIRECTIVE_CONDITIONS, { afterSortKey: null, afterTieKey: null, limit: 11 }),
    buildFindDirectives({ field: 'DOCUMENT_ORDER', direction: 'ASC' }, NO_DIRECTIVE_CONDITIONS, { afterSortKey: null, afterTieKey: null, limit: 11 }, ['dir-1']),
    buildCountDirectives(NO_DIRECTIVE_CONDITIONS),
    buildCountDirectives(NO_DIRECTIVE_CONDITIONS, ['dir-1']),
    ...(['assigned', 'issued', 'meeting'] as const).map((source) => buildDirectiveCandidates(source, ['id-1'])),
    buildSearch({ queries: ['bo y te', 'bộ y tế'], labels: ['Agency', 'Official', 'Meeting', 'Document'], exact: false, lucene: '(*bo AND y AND te*) OR (*bộ AND y AND tế*)' }),
    ...Array.from({ length: MAX_LITERAL_HOPS }, (_, i) => buildShortestPathEdges('a', 'b', i + 1)),
    buildCountByLabel(),
    buildCountByType(),
    buildTopAssignees(10),
    buildDirectivesPerMeeting(10),
    buildAddCuration('c-1', 'd-1', { id: 'c-1', directiveId: 'd-1' }),
    buildGetCurations(['d-1']),
    buildGetCuration('c-1'),
    buildClearDatabase(),
  ];
}
