// Headers for a public deployment (issue 15: the explorer sent no CSP or X-Frame-Options).
// Every response says: no sniffing, no framing, no referrer. The explorer and the downloads
// also get a Content-Security-Policy allowing only the page's own files (the bundle has no
// inline script; styles set by the graph view are inline, hence 'unsafe-inline' for styles
// only). GraphiQL keeps yoga's own page, which needs its inline bootstrap.
import type { ServerResponse } from 'node:http';

export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse, page: boolean): void {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(name, value);
  if (page) res.setHeader('content-security-policy', PAGE_CSP);
}
