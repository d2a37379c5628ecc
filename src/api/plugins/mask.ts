// Error masking: yoga's, which turns every error that is not a GraphQLError into
// "Unexpected error." with no details.
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { isStoreError } from '../../store/errors';
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
  // A full disk is not the caller's fault, but it is not a mystery either: say what it is, so a
  // curator knows the mutation was not recorded and why (it used to be "Unexpected error.").
  if (error instanceof GraphQLError && isStoreError(error.originalError) && error.originalError.code === 'STORE_FULL') {
    return new GraphQLError('The store cannot record this change: its disk is full', {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { code: 'STORAGE_FULL', http: { status: 507 } },
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
