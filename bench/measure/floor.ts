// The floor a query is compared with: graphql-js executing the same document against the same
// schema over plain in-memory objects with the default (trivial) resolvers. The objects are the
// API's own answer, captured once. (Capturing with __typename added everywhere would push the
// deep query past the API's cost limit, so abstract types resolve by the fields an object has.)
import {
  Kind,
  buildSchema,
  execute,
  isObjectType,
  parse,
  validate,
  type GraphQLAbstractType,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import { readSchemaFiles } from '../../src/api/schema-files';

export function floorSchema(): GraphQLSchema {
  return buildSchema(readSchemaFiles().join('\n'));
}

/**
 * The possible type that has every field the object carries and whose inline fragment's fields
 * (`... on Agency { directives }`) are all present: an Official {id, name} then never passes
 * for an Agency that lacks its fragment's fields.
 */
export function byFields(schema: GraphQLSchema): GraphQLTypeResolver<unknown, unknown> {
  return (value, _context, info, abstractType: GraphQLAbstractType) => {
    const keys = new Set(Object.keys(value as object));
    const selections = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
    const fragmentKeys = (typeName: string) =>
      selections.flatMap((s) =>
        s.kind === Kind.INLINE_FRAGMENT && s.typeCondition?.name.value === typeName
          ? s.selectionSet.selections.flatMap((f) => (f.kind === Kind.FIELD ? [f.alias?.value ?? f.name.value] : []))
          : [],
      );
    const possible = schema.getPossibleTypes(abstractType);
    const fits = possible.find(
      (t) => isObjectType(t) && [...keys].every((k) => k in t.getFields()) && fragmentKeys(t.name).every((k) => keys.has(k)),
    );
    return (fits ?? possible[0]).name;
  };
}

export interface FloorQuery {
  run: () => unknown;
}

/** Parses and validates once (as yoga caches both), then each run is one execute(). */
export function floorQuery(schema: GraphQLSchema, query: string, variables: Record<string, unknown>, capturedData: unknown): FloorQuery {
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`floor query does not validate: ${errors[0].message}`);
  const typeResolver = byFields(schema);
  return {
    run: () => {
      const result = execute({ schema, document, rootValue: capturedData, variableValues: variables, typeResolver });
      if ('then' in (result as object)) throw new Error('floor execution must be synchronous');
      return result;
    },
  };
}
