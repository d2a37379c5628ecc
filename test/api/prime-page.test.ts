// What a directive page loads as it arrives, by the fields its selection asks for.
import { isObjectType, parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { DIRECTIVE_FIELD_READS, pageReads } from '../../src/api/prime-page';
import { buildApiSchema } from '../../src/api/schema';

const infoOf = (query: string) => {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode] } as unknown as GraphQLResolveInfo;
};

test.each([
  ['{ directives { totalCount } }', { edges: [], next: [] }],
  ['{ directives { edges { cursor node { id } } } }', { edges: [], next: [] }],
  ['{ directives { nodes { text meeting { id } } } }', { node: true, edges: [], next: ['meeting'] }],
  [
    '{ directives { edges { node { assignees { id } coordinators { id } } } } }',
    { curations: true, edges: [['ASSIGNED_TO', 'out']], next: [['ASSIGNED_TO', 'out']] },
  ],
  [
    '{ directives { edges { node { text deadline { date } issuedBy { name } } } } }',
    { node: true, curations: true, edges: [['DUE_BY', 'out'], ['ISSUED', 'in']], next: [['DUE_BY', 'out'], ['ISSUED', 'in']] },
  ],
  // A source's report is loaded only when its fields are asked for (the text is read from disk).
  ['{ directives { nodes { source { sentence } } } }', { node: true, edges: [], next: [] }],
  ['{ directives { nodes { source { document { title } } } } }', { node: true, edges: [], next: ['document'] }],
  // A fragment may read anything: everything a directive field can read is loaded.
  [
    '{ directives { nodes { ... on Directive { text } } } }',
    { node: true, curations: true, edges: [['ASSIGNED_TO', 'out'], ['DUE_BY', 'out'], ['ISSUED', 'in']], next: [] },
  ],
])('%s loads %j', (query, expected) => {
  expect(pageReads(infoOf(query))).toEqual(expected);
});

test('the table says what every field of Directive reads', () => {
  const directive = buildApiSchema().getType('Directive');
  const fields = isObjectType(directive) ? Object.keys(directive.getFields()) : [];
  expect(fields.length).toBeGreaterThan(10);
  expect(fields.filter((f) => !(f in DIRECTIVE_FIELD_READS))).toEqual([]);
});
