// Generated hostile requests for the GraphQL endpoint: each is a plain description (method,
// headers, body) so a failure names the request that caused it. Deterministic from a seed.
import { Rng } from '../../../scripts/corpus/rng';

export interface HostileRequest {
  kind: string;
  method: string;
  /** Query string appended to /graphql (for GET). */
  search?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };

const post = (kind: string, payload: unknown): HostileRequest => ({ kind, method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(payload) });

function nested(depth: number): string {
  // meeting → directives → nodes → meeting → … as deep as asked.
  let q = 'id';
  for (let i = 0; i < depth; i++) q = i % 2 === 0 ? `directives(first: 5) { nodes { ${q} } }` : `meeting { ${q} }`;
  return `{ meetings(first: 5) { nodes { ${q} } } }`;
}

const generators: ((rng: Rng) => HostileRequest)[] = [
  (rng) => post('deep nesting', { query: nested(rng.int(9, 300)) }),
  (rng) => {
    const n = rng.int(16, 3000);
    return post('alias bomb', { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: directives(first: 100) { totalCount }`).join(' ')} }` });
  },
  (rng) => post('field duplication', { query: `{ ${'__typename '.repeat(rng.int(1000, 50000))}}` }),
  (rng) => post('huge first', { query: `{ directives(first: ${rng.pick(['1000000000', '2147483647', '2147483648', '-1', '0', '1e9', '99999999999999999999'])}) { totalCount } }` }),
  (rng) => post('huge first in variables', { query: 'query($n: Int) { meetings(first: $n) { totalCount } }', variables: { n: rng.pick([1e9, -5, 2 ** 31, 1.5, '10', null]) } }),
  (rng) =>
    post('bad Date scalar', {
      query: `{ directives(filter: { dueBefore: ${JSON.stringify(rng.pick(['2025-02-30', 'yesterday', '2025-13-01', '', '0000-00-00', '2025-1-1', '９９９９-01-01']))} }) { totalCount } }`,
    }),
  (rng) => post('bad scalar variable', { query: 'query($d: Date!) { directives(filter: { dueOn: $d }) { totalCount } }', variables: { d: rng.pick([42, true, { a: 1 }, ['2025-01-01'], 'x'.repeat(10000)]) } }),
  (rng) => post('bad enum', { query: `{ directives(filter: { role: ${rng.pick(['BOSS', '"LEAD"', '1', 'null'])}, assignedTo: "Bộ Y tế" }) { totalCount } }` }),
  (rng) => post('bad id', { query: `{ directive(id: ${rng.pick(['{}', '[1,2]', '"../../etc/passwd"', '"\\u0000"', '"' + 'x'.repeat(5000) + '"'])}) { id } }` }),
  (rng) => post('unknown field', { query: `{ ${rng.pick(['password', '__proto__', 'constructor', 'directives { secret }', 'meetings { nodes { toString } }'])} }` }),
  (rng) => ({
    kind: 'malformed JSON',
    method: 'POST',
    headers: JSON_HEADERS,
    body: rng.pick(['{"query": "{', '{', '[', 'null', '"query"', '{"query": 5}', '{"query": null}', '{"variables": "x", "query": "{ __typename }"}', '{"query":"{ __typename }","extensions":7}', '\u0000\u0001', '{"query": "{ __typename }"']),
  }),
  (rng) => ({ kind: 'binary body', method: 'POST', headers: JSON_HEADERS, body: Uint8Array.from({ length: rng.int(1, 4096) }, () => rng.int(0, 255)) }),
  (rng) => post('oversized body', { query: `{ __typename } # ${'x'.repeat(rng.int(1, 3) * 1024 * 1024)}` }),
  (rng) => post('huge string literal', { query: `{ search(text: "${'đ'.repeat(rng.int(10_000, 200_000))}") { totalCount } }` }),
  (rng) => ({
    kind: 'wrong content type',
    method: 'POST',
    headers: { 'content-type': rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'image/png']) },
    body: JSON.stringify({ query: '{ __typename }' }),
  }),
  (rng) => ({ kind: 'no content type', method: 'POST', headers: {}, body: rng.chance(0.5) ? '{ __typename }' : '' }),
  (rng) => ({
    kind: 'GET mutation',
    method: 'GET',
    search: `?query=${encodeURIComponent(rng.pick(['mutation { __typename }', 'mutation { setDirectiveStatus(id: "x", status: DONE) { id } }']))}`,
    headers: { accept: 'application/json' },
  }),
  (rng) => ({ kind: 'odd method', method: rng.pick(['PUT', 'DELETE', 'PATCH']), headers: JSON_HEADERS, body: JSON.stringify({ query: '{ __typename }' }) }),
  () => post('fragment cycle', { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
  (rng) => post('directive spam', { query: `{ __typename ${'@include(if: true) '.repeat(rng.int(100, 5000))}}` }),
  (rng) => {
    let inner = 'name';
    for (let i = rng.int(3, 40); i > 0; i--) inner = `fields { type { ofType { ${inner} } } }`;
    return post('introspection depth', { query: `{ __schema { types { ${inner} } } }` });
  },
  (rng) => post('syntax garbage', { query: Array.from({ length: rng.int(1, 400) }, () => rng.pick(['{', '}', '(', ')', '...', '$', '@', '"', ':', 'query', '#', '\n', '\\'])).join('') }),
  (rng) => post('batched array', rng.chance(0.5) ? [{ query: '{ __typename }' }, { query: '{ __typename }' }] : []),
  (rng) => post('unknown operation name', { query: 'query A { __typename } query B { __typename }', operationName: rng.pick(['C', '', null, 7]) }),
  (rng) => post('lone surrogates', { query: `{ search(text: "${rng.pick(['\ud800', '\udfff\ud800', 'a\u0000b'])}") { totalCount } }` }),
  (rng) => post('mutation without token', { query: `mutation { ${rng.pick(['setDirectiveStatus(id: "x", status: DONE) { id }', 'x'])} }` }),
];

export function hostileRequests(count: number, seed: number): HostileRequest[] {
  const rng = new Rng(seed);
  // Every generator at least once, then drawn at random.
  return Array.from({ length: count }, (_, i) => (i < generators.length ? generators[i] : rng.pick(generators))(rng));
}
