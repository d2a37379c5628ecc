// Every statement the Neo4j adapter can send, through Neo4j's own parser and semantic
// analysis with its parameters declared: any diagnostic (syntax, semantics, undeclared
// parameter, label or relationship type outside the closed sets) fails the run.
import { EDGE_TYPES, NODE_LABELS, type NodeLabel, type EdgeType } from '../../../src/graph/model';
import { allStatements, NO_DIRECTIVE_CONDITIONS } from '../../../src/store/neo4j/queries/catalog';
import { buildFindDirectives, DIRECTIVE_ORDER_FIELDS, type DirectiveQueryParams } from '../../../src/store/neo4j/queries/directives';
import { buildListEdges, buildGetEdges } from '../../../src/store/neo4j/queries/edges';
import { buildWriteNodes, buildMergeEdges } from '../../../src/store/neo4j/queries/write';
import { buildShortestPathEdges, MAX_LITERAL_HOPS } from '../../../src/store/neo4j/queries/path';
import { lintStatementsInParallel, type LintInput } from './cypher-lint';

const statements = allStatements();

describe('the catalog holds every statement the adapter can send', () => {
  test('one entry per builder variant, each text once', () => {
    const ids = statements.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(statements.map((q) => q.text)).size).toBe(statements.length);
    const expected = [
      ...NODE_LABELS.map((l) => `writeNodes.${l}`),
      ...EDGE_TYPES.map((t) => `mergeEdges.${t}`),
      ...NODE_LABELS.flatMap((l) => [`countNodes.${l}`, `listNodes.${l}`]),
      ...['ALL', ...EDGE_TYPES].flatMap((t) => [`countEdges.${t}`, `listEdges.${t}`]),
      'findDirectives', 'findDirectives.candidates', 'countDirectives', 'countDirectives.candidates', 'directiveCandidates.assigned', 'directiveCandidates.issued', 'directiveCandidates.meeting',
      ...Array.from({ length: MAX_LITERAL_HOPS }, (_, i) => `shortestPath.${i + 1}`),
      'readIngestHash', 'deleteOwnedNodes', 'deleteOwnedEdges', 'releaseSharedEdges', 'releaseSharedNodes', 'markIngested', 'getNodes', 'getEdges', 'predecessors',
      'search', 'stats.nodes', 'stats.edges', 'stats.topAssignees', 'stats.directivesPerMeeting',
      'addCuration', 'getCuration', 'getCurations', 'clearDatabase',
    ];
    for (const id of expected) expect(ids).toContain(id);
    expect(ids.filter((id) => id.startsWith('schema.')).length).toBeGreaterThanOrEqual(NODE_LABELS.length + 2 * EDGE_TYPES.length);
    console.info(`Cypher lint: ${statements.length} distinct statements in the catalog`);
  });

  // findDirectives has one text: conditions and the order are switched by parameters, so the
  // one linted statement covers every combination.
  const conditionValues: Partial<DirectiveQueryParams> = {
    assignedTo: ['a'], role: 'ANY', predecessors: ['p'], coordinatedBy: ['c'], issuedBy: ['o'], issuedByRole: ['PRIME_MINISTER'],
    chairedBy: ['o'], meetingIds: ['m'], dueOn: '2025-06-30', dueBefore: '2025-06-30', dueAfter: '2025-01-01',
    hasDeadline: false, overdueOn: '2025-01-01', status: ['DONE'], textFolded: 'y te',
  };
  const orders = DIRECTIVE_ORDER_FIELDS.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction })));
  test.each(Object.keys(conditionValues))('findDirectives: condition %s on, in every order, changes parameters, never the text', (name) => {
    const off = buildFindDirectives({ field: 'DOCUMENT_ORDER', direction: 'ASC' }, NO_DIRECTIVE_CONDITIONS, { afterSortKey: null, afterTieKey: null, limit: 11 });
    for (const order of orders) {
      const page = { afterSortKey: 'k', afterTieKey: 't', limit: 3 };
      const on = buildFindDirectives(order, { ...NO_DIRECTIVE_CONDITIONS, [name]: conditionValues[name as keyof DirectiveQueryParams] }, page);
      expect(on.text).toBe(off.text);
      expect(Object.keys(on.params).sort()).toEqual(Object.keys(off.params).sort());
      expect(statements.map((q) => q.text)).toContain(on.text);
    }
  });

  test('parameter values never reach the text', () => {
    const hostile = "x' }) DETACH DELETE n //";
    const texts = [
      buildGetEdges([{ nodeId: hostile, type: 'PART_OF', direction: 'out' }]).text,
      buildListEdges(null, hostile, 5).text,
      buildShortestPathEdges(hostile, hostile, 3).text,
      buildFindDirectives({ field: 'DEADLINE', direction: 'ASC' }, { ...NO_DIRECTIVE_CONDITIONS, textFolded: hostile }, { afterSortKey: hostile, afterTieKey: hostile, limit: 2 }).text,
    ];
    for (const text of texts) expect(text).not.toContain(hostile);
  });

  test('labels and types outside the closed sets are refused before any text is built', () => {
    expect(() => buildWriteNodes('Person' as NodeLabel, 'doc', [])).toThrow('not a node label: "Person"');
    expect(() => buildMergeEdges('KNOWS]->() DETACH DELETE a //' as EdgeType, 'doc', [])).toThrow('not a edge type');
    expect(() => buildShortestPathEdges('a', 'b', 0)).toThrow('positive integer');
  });
});

describe('Neo4j Cypher lint (@neo4j-cypher/language-support)', () => {
  // Two child processes lint the known-bad probes and the whole catalog.
  const probes: LintInput[] = [
    { text: 'MATCH (n:Entity {id: $id}) RETURN n', params: {} },
    { text: 'MATCH (n:Person) RETURN n', params: {} },
    { text: 'MATCH (n:Entity) RETRUN n', params: {} },
    { text: 'MATCH (n:Entity) RETURN m', params: {} },
  ];
  let results: string[][] = [];
  beforeAll(async () => {
    results = await lintStatementsInParallel([...probes, ...statements]);
  }, 120_000);

  test('the linter reports what it should: proof this check can fail', () => {
    expect(results[0]).toEqual([expect.stringContaining('Parameter $id is not defined')]);
    expect(results[1]).toEqual([expect.stringContaining('Label Person is not present in the database')]);
    expect(results[2].length).toBeGreaterThan(0);
    expect(results[3]).toEqual([expect.stringContaining('Variable `m` not defined')]);
  });

  test.each(statements.map((q, i) => [q.id, i] as const))('%s lints clean', (_id, i) => {
    expect(results[probes.length + i]).toEqual([]);
  });
});
