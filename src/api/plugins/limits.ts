// Limits on what one request may ask, from GraphQL Armor. Their rejections become
// BAD_USER_INPUT errors quoting the limit and what was found, like every other input error.
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badInput } from '../errors';
import { useVariableAwareCost } from './variable-cost';

export interface QueryLimits {
  /** Field nesting, leaf fields included. */
  maxDepth: number;
  maxAliases: number;
  /** Armor's cost: objects 2, scalars 1, ×1.5 per level, × `first` of a list. */
  maxCost: number;
  maxTokens: number;
}

/**
 * Depth 8 (Armor's range is 6–8): the deepest question the API is built for — meetings →
 * directives → assignees → their other directives, `meetings { nodes { directives { nodes {
 * assignees { ... on Agency { directives { nodes { id } } } } } } } } }` — is 8 fields deep.
 * Fragments are flattened (a `... on Agency` is not a level of data), for depth and cost alike.
 */
export const QUERY_LIMITS: QueryLimits = { maxDepth: 8, maxAliases: 15, maxCost: 5000, maxTokens: 1000 };

// Armor prefixes its messages with "Syntax Error: "; ours say what the limit is.
function rethrowAsBadInput(_context: unknown, error: GraphQLError): never {
  throw badInput(error.message.replace(/^Syntax Error: /, ''));
}

export function limitPlugins(limits: QueryLimits = QUERY_LIMITS): Plugin[] {
  const onReject = [rethrowAsBadInput];
  return [
    maxTokensPlugin({ n: limits.maxTokens, onReject }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, onReject }),
    maxAliasesPlugin({ n: limits.maxAliases, onReject }),
    costLimitPlugin({ maxCost: limits.maxCost, flattenFragments: true, onReject }),
    useVariableAwareCost(limits.maxCost),
  ] as Plugin[];
}
