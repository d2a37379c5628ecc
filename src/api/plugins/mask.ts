// Error masking: yoga's, which turns every error that is not a GraphQLError into
// "Unexpected error." with no details.
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { DateInputError } from '../date-scalar';

/**
 * Yoga's masking, except for a bad Date in a variable: graphql-js wraps the scalar's error so it
 * looks unexpected, but it is the caller's input and keeps its BAD_USER_INPUT code and message.
 */
export function maskApiError(error: unknown, message: string, isDev?: boolean): Error {
  if (error instanceof GraphQLError && causedByDateInput(error)) {
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  return maskError(error, message, isDev);
}

function causedByDateInput(error: Error | undefined): boolean {
  for (let e = error; e !== undefined; e = e instanceof GraphQLError ? e.originalError : undefined) {
    if (e instanceof DateInputError) return true;
  }
  return false;
}
