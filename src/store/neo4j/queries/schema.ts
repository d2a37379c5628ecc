// Constraints and indexes, created idempotently (IF NOT EXISTS) when the store opens.
import { EDGE_TYPES, NODE_LABELS } from '../../../graph/model';
import { CURATION, ENTITY, INGEST, query, type BuiltQuery } from './built-query';

/** The full-text index `search` reads candidates from. */
export const SEARCH_INDEX = 'entity_search';

function snake(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

export function buildSchemaStatements(): BuiltQuery[] {
  const unique = (label: string, prop: string) =>
    query(`schema.unique.${label}`, 'WRITE', [
      `CREATE CONSTRAINT ${snake(label)}_${snake(prop)}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${prop} IS UNIQUE`,
    ], {});
  const index = (name: string, pattern: string, props: string) =>
    query(`schema.index.${name}`, 'WRITE', [`CREATE INDEX ${name} IF NOT EXISTS FOR ${pattern} ON (${props})`], {});
  return [
    unique(ENTITY, 'id'),
    ...NODE_LABELS.map((label) => unique(label, 'id')),
    unique(CURATION, 'id'),
    unique(INGEST, 'documentId'),
    index('entity_owner_document', `(n:${ENTITY})`, 'n.ownerDocumentId'),
    index('deadline_date', '(n:Deadline)', 'n.date'),
    index('meeting_date', '(n:Meeting)', 'n.date'),
    index('directive_meeting', '(n:Directive)', 'n.meetingId'),
    index('directive_document', '(n:Directive)', 'n.documentId'),
    index('curation_directive', `(n:${CURATION})`, 'n.directiveId, n.kind'),
    ...EDGE_TYPES.flatMap((type) => [
      index(`${snake(type)}_id`, `()-[r:${type}]-()`, 'r.id'),
      index(`${snake(type)}_document`, `()-[r:${type}]-()`, 'r.documentId'),
    ]),
    query('schema.fulltext.names', 'WRITE', [
      'CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Agency|Official) ON EACH [n.name, n.nameEn, n.searchText]',
    ], {}),
    // What `search` asks first: the folded keys, split on whitespace only (they are already
    // folded and lower-cased; the standard analyzer would split "kh&dt" and drop stop words).
    query('schema.fulltext.search', 'WRITE', [
      `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:Agency|Official|Meeting|Document|Directive) ON EACH [n.searchText, n.titleFolded, n.textFolded]`,
      "  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
    ], {}),
  ];
}
