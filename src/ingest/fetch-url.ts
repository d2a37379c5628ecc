// Downloads one report for `ingest URL` / `extract URL`: http and https only, with a time limit
// on the whole exchange (a server that sends its body a byte a minute is cut off too), a size
// cap checked against Content-Length and again while reading, a limit on redirects (followed
// here, one hop at a time, so each is counted and its target checked), and a User-Agent that
// says what we are. Every failure is a value naming the URL's problem, never an exception.
import { MAX_DOCUMENT_BYTES } from '../extract/document/decode';

export const USER_AGENT = 'minutes-graph/0.1 (reads Vietnamese government meeting reports into a knowledge graph; one request per report)';
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export type FetchFailureCode = 'BAD_URL' | 'HTTP_STATUS' | 'TOO_MANY_REDIRECTS' | 'TIMEOUT' | 'TOO_LARGE' | 'NETWORK';

export type FetchResult =
  | { ok: true; bytes: Uint8Array; contentType: string | null; finalUrl: string; redirects: number }
  | { ok: false; code: FetchFailureCode; message: string };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function fail(code: FetchFailureCode, message: string): FetchResult {
  return { ok: false, code, message };
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** An http(s) URL, or null: file:, data: and the like are not downloads. */
export function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export async function fetchDocument(address: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = parseHttpUrl(address);
  if (url === null) return fail('BAD_URL', 'not an http:// or https:// address');
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    for (let redirects = 0; ; redirects += 1) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html, application/xhtml+xml, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/plain;q=0.9, */*;q=0.5' },
      });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location === null) return fail('HTTP_STATUS', `HTTP ${response.status} redirect without a Location header`);
        if (redirects >= maxRedirects) return fail('TOO_MANY_REDIRECTS', `more than ${maxRedirects} redirects (last to ${location})`);
        const next = parseHttpUrl(new URL(location, url).href);
        if (next === null) return fail('BAD_URL', `redirected to ${location}, which is not an http(s) address`);
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return fail('HTTP_STATUS', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        return fail('TOO_LARGE', `server announces ${megabytes(declared)}; the limit is ${megabytes(maxBytes)}`);
      }
      const bytes = await readCapped(response, maxBytes);
      if (bytes === null) return fail('TOO_LARGE', `body is larger than the limit of ${megabytes(maxBytes)}`);
      return { ok: true, bytes, contentType: response.headers.get('content-type'), finalUrl: url.href, redirects };
    }
  } catch (err) {
    if (signal.aborted) return fail('TIMEOUT', `no complete answer within ${timeoutMs / 1000} s`);
    const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
    return fail('NETWORK', cause?.code ?? cause?.message ?? (err as Error)?.message ?? String(err));
  }
}

/** The body, or null as soon as it passes maxBytes (the rest is never read). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
