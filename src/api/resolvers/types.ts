// Resolver shapes: each module exports a map for one GraphQL type.
import type { ApiContext } from '../context';

export type Resolver<P, A = Record<string, never>, R = unknown> = (parent: P, args: A, ctx: ApiContext) => R | Promise<R>;

/** The resolvers of one GraphQL type (checked against the SDL when the schema is built). */
export type TypeResolvers = Record<string, unknown>;

export interface PageArgsInput {
  first?: number | null;
  after?: string | null;
}
