// Yoga's own request parser reports a body that is not JSON with
// `extensions.originalError = { name: "SyntaxError", message }` in every mode. That is an
// internal error object, whatever it holds: responses never carry one. The error is edited in
// place because yoga keeps its HTTP status in a non-enumerable part of the same extensions.
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function stripOriginalError(error: GraphQLError): void {
  const extensions = error.extensions as Record<string, unknown> | undefined;
  if (extensions && 'originalError' in extensions) delete extensions.originalError;
}

function clean(result: ExecutionResult): void {
  result.errors?.forEach(stripOriginalError);
}

export function useStripInternalDetails(): Plugin {
  return {
    onResultProcess({ result }) {
      if (Array.isArray(result)) result.forEach((r) => clean(r as ExecutionResult));
      else if (result && typeof result === 'object' && 'errors' in result) clean(result as ExecutionResult);
    },
  };
}
