// The request body limit (MAX_REQUEST_BODY_BYTES), in place of yoga's `maxRequestBodySize`.
// Yoga's check pipes every body through a TransformStream into a new Request, even when the
// Content-Length header already bounds it: in profiles of the headline query that was a fifth
// of a request in process (the stream pipeline, its AbortSignals and the DOMException each
// pipeline raises when it ends). A declared length is checked as yoga checks it, and is the
// bound: Node's HTTP parser hands a request exactly Content-Length bytes. Only a body without
// one (chunked) is counted while it is read, and refused once past the limit.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// Only a single non-negative integer is a valid length (a comma-joined list smuggles requests).
const CONTENT_LENGTH = /^\d+$/;

const tooLarge = () => new GraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });

function counted(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  const body = request.body;
  if (body === null) return request;
  let bytes = 0;
  // A native stream must be piped through a native TransformStream (graphql-yoga issue 4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body: limited, duplex: 'half' } as RequestInit);
}

/** Must come after every plugin that registers a request parser: it wraps the chosen one. */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) throw new GraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (requestParser === undefined || request.body === null) return;
      const parse = requestParser;
      setRequestParser((req) => parse(counted(req, limit, fetchAPI as unknown as { Request: typeof Request; TransformStream: typeof TransformStream })));
    },
  };
}
