// Armor's cost rule multiplies by `first` only when it is written in the query; a client could
// send `first: $n` and be costed as if n were 1. Before execution (when variables are known)
// the document is costed again with those `first`/`last` variables written in as literals.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { Kind, validate, visit, type DocumentNode, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badInput } from '../errors';

const PAGED = new Set(['first', 'last']);

/** The document with integer `first`/`last` variables inlined, or null when there are none. */
export function inlinePageVariables(document: DocumentNode, variables: Record<string, unknown>): DocumentNode | null {
  let changed = false;
  const inlined = visit(document, {
    Argument(node) {
      if (!PAGED.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const value = variables[node.value.name.value];
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      changed = true;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  return changed ? inlined : null;
}

export function useVariableAwareCost(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const inlined = inlinePageVariables(args.document, (args.variableValues ?? {}) as Record<string, unknown>);
      if (inlined === null) return;
      let rejection: GraphQLError | null = null;
      const onReject = [(_: unknown, error: GraphQLError) => (rejection = error)];
      validate(args.schema, inlined, [costLimitRule({ maxCost, flattenFragments: true, onReject, propagateOnRejection: false })]);
      if (rejection !== null) {
        const message = (rejection as GraphQLError).message.replace(/^Syntax Error: /, '').replace(/\.$/, '');
        setResultAndStopExecution({ errors: [badInput(`${message} with the page sizes given in variables.`)] });
      }
    },
  };
}
