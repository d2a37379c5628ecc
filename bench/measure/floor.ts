// The floor a query is compared with: graphql-js executing the same document against the same
// schema over plain in-memory objects with the default (trivial) resolvers. The objects are the
// API's own answer, captured once with __typename added so unions and interfaces resolve.
import { Kind, buildSchema, execute, parse, validate, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { readSchemaFiles } from '../../src/api/schema-files';

export function floorSchema(): GraphQLSchema {
  return buildSchema(readSchemaFiles().join('\n'));
}

/** The same document with `__typename` selected in every selection set. */
export function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node) {
      const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
      if (has) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  });
}

export interface FloorQuery {
  run: () => unknown;
}

/** Parses and validates once (as yoga caches both), then each run is one execute(). */
export function floorQuery(schema: GraphQLSchema, query: string, variables: Record<string, unknown>, capturedData: unknown): FloorQuery {
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`floor query does not validate: ${errors[0].message}`);
  return {
    run: () => {
      const result = execute({ schema, document, rootValue: capturedData, variableValues: variables });
      if ('then' in (result as object)) throw new Error('floor execution must be synchronous');
      return result;
    },
  };
}
