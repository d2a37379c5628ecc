// Expected errors: GraphQLErrors with a code and a message quoting the input. Anything else
// thrown below the resolvers is masked by yoga ("Unexpected error.").
import { GraphQLError } from 'graphql';
import { isStoreError } from '../store/errors';

export type ApiErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'TIMEOUT';

export function apiError(code: ApiErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export const badInput = (message: string) => apiError('BAD_USER_INPUT', message);
export const notFound = (message: string) => apiError('NOT_FOUND', message);
export const forbidden = (message: string) => apiError('FORBIDDEN', message);

/** Quotes user input in a message the way JSON would, so odd characters stay visible. */
export function quote(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * A store refusing a query it was given (a cursor it did not issue) is the caller's mistake;
 * every other store failure is unexpected and stays masked.
 */
export function fromStoreError(err: unknown, what: string): unknown {
  if (isStoreError(err) && err.code === 'STORE_BAD_INPUT') return badInput(`Invalid ${what}: ${err.message}`);
  return err;
}

/** Runs a store call, turning a STORE_BAD_INPUT into BAD_USER_INPUT. */
export async function storeCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw fromStoreError(err, what);
  }
}
