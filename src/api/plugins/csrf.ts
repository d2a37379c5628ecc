// CSRF prevention: a request a browser could send cross-site without a preflight (a GET, a
// form POST) must carry a header only scripts can set. The same rule as
// @graphql-yoga/plugin-csrf-prevention, with a refusal that says which header to send and has
// a code, so a client can fix its request instead of guessing.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Content types a browser form can send without a CORS preflight. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

const preflighted = (contentType: string | null) =>
  contentType !== null && contentType !== '' && !SIMPLE_CONTENT_TYPES.some((t) => contentType.toLowerCase().startsWith(t));

export function csrfRefusal(headers: readonly string[]): GraphQLError {
  return new GraphQLError(
    `Refused (CSRF prevention): send the header "${headers[0]}" (any value), or POST with content-type application/json. ` +
      'A request a browser could send from another site without a preflight (a GET, a form POST) needs it.',
    { extensions: { code: 'CSRF_HEADER_REQUIRED', header: headers[0], http: { status: 403 } } },
  );
}

export function useCsrfPrevention(headers: readonly string[]): Plugin {
  return {
    onRequestParse({ request }) {
      if (preflighted(request.headers.get('content-type'))) return;
      if (headers.some((h) => request.headers.has(h))) return;
      throw csrfRefusal(headers);
    },
  };
}
