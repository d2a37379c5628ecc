// Limits on what one request may ask, from GraphQL Armor. Their rejections become
// BAD_USER_INPUT errors quoting the limit and what was found, like every other input error.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badInput } from '../errors';
import { useQueryCost } from './query-cost';

export interface QueryLimits {
  /** Field nesting, leaf fields included. */
  maxDepth: number;
  maxAliases: number;
  /** Objects the answer may hold, each list at its page size (query-cost.ts). */
  maxCost: number;
  maxTokens: number;
}

/**
 * Depth 8 (Armor's range is 6–8): the deepest question the API is built for — meetings →
 * directives → assignees → their other directives, `meetings { nodes { directives { nodes {
 * assignees { ... on Agency { directives { nodes { id } } } } } } } } }` — is 8 fields deep.
 * Fragments are flattened (a `... on Agency` is not a level of data), for depth and cost alike.
 */
/**
 * Cost 10000: a page of 100 directives with an ordinary selection (text, deadline, assignees,
 * coordinators, issuer, meeting with chairs, source with document) costs about 1000; the deep
 * question above with default pages of 20 about 9300; a page of 100 inside a page of 100 over it.
 */
export const QUERY_LIMITS: QueryLimits = { maxDepth: 8, maxAliases: 15, maxCost: 10_000, maxTokens: 1000 };

/**
 * Largest request body (yoga's default is 25 MB). A request within the limits above is a few
 * kilobytes: 1000 tokens of query, lists of at most 100 values, a curation note. Issue 15: a
 * 10 MB body holding a 10^6-entry list was refused only after JSON.parse had held the event loop
 * for ~100 ms and more; past this size it is refused (413) while it is still being read.
 */
export const MAX_REQUEST_BODY_BYTES = 1_000_000;

// Armor prefixes its messages with "Syntax Error: "; ours say what the limit is.
function rethrowAsBadInput(_context: unknown, error: GraphQLError): never {
  throw badInput(error.message.replace(/^Syntax Error: /, ''));
}

export function limitPlugins(pages: { defaultPageSize: number; maxPageSize: number }, limits: QueryLimits = QUERY_LIMITS): Plugin[] {
  const onReject = [rethrowAsBadInput];
  return [
    maxTokensPlugin({ n: limits.maxTokens, onReject }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, onReject }),
    maxAliasesPlugin({ n: limits.maxAliases, onReject }),
    useQueryCost({ maxCost: limits.maxCost, ...pages }),
  ] as Plugin[];
}
