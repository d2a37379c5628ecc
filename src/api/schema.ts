// The executable schema: SDL from schema/*.graphql, resolvers from resolvers/. Built once per
// createApi; makeExecutableSchema checks every resolver names a field the SDL declares.
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers';
import { readSchemaFiles } from './schema-files';

export function buildApiSchema(typeDefs: string[] = readSchemaFiles()): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
}
