// The same-query HTTP floor: graphql-yoga over the project's schema, answering from the API's
// own answer captured once (plain objects, default resolvers), so the HTTP figure is compared
// with the same document, selection and response size.
import { isAbstractType } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { byFields, floorSchema } from './floor';

export function createFloorYoga(answer: Record<string, unknown>) {
  const schema = floorSchema();
  // Root fields return the captured answer; every field below is a property read.
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {})) field.resolve = () => answer[name];
  const resolveType = byFields(schema);
  for (const type of Object.values(schema.getTypeMap())) if (isAbstractType(type)) type.resolveType = resolveType;
  return createYoga({ schema, graphiql: false, logging: false });
}
