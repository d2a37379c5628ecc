// Calls the API the way an HTTP client would, through yoga.fetch (no port).
import type { ApiServer } from '../../../src/api/server';

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GqlResponse<T = any> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
}

export async function gql<T = any>(
  yoga: ApiServer,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: response.status, data: body.data, errors: body.errors };
}

/** The codes of a response's errors, in order. */
export const codes = (r: GqlResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
