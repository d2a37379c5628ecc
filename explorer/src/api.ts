// The page's only data source: the public GraphQL API of the same server.
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs a query; GraphQL errors (NOT_FOUND, BAD_USER_INPUT …) become an ApiError with the server's message. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      // The API's CSRF prevention wants a header a cross-site form cannot send.
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'x-graphql-csrf': '1' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(`The server cannot be reached (${err instanceof Error ? err.message : String(err)}).`, null);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without GraphQL JSON.`, null);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? null);
  if (body.data === undefined || body.data === null) throw new ApiError(`The server answered ${response.status} with no data.`, null);
  return body.data;
}
