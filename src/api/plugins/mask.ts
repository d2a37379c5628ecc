// Error masking: yoga's, which turns every error that is not a GraphQLError into
// "Unexpected error." with no details.
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { isStoreError } from '../../store/errors';
import { DateInputError } from '../date-scalar';

const STORE_REFUSALS: Partial<Record<string, { code: string; status: number; message: string }>> = {
  STORE_FULL: { code: 'STORAGE_FULL', status: 507, message: 'The store cannot record this change: its disk is full' },
  STORE_NOT_WRITABLE: {
    code: 'STORE_READ_ONLY',
    status: 503,
    message: 'The store cannot record this change: it is not writable here (opened read-only because another process writes it, or its directory cannot be written)',
  },
};

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
  // A full disk or a read-only store is not the caller's fault, but not a mystery either: say
  // what it is, so a curator knows the change was not recorded and why (it used to be
  // "Unexpected error.").
  const storeCode = error instanceof GraphQLError && isStoreError(error.originalError) ? error.originalError.code : null;
  const known = storeCode === null ? undefined : STORE_REFUSALS[storeCode];
  if (error instanceof GraphQLError && known !== undefined) {
    return new GraphQLError(known.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { code: known.code, http: { status: known.status } },
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
