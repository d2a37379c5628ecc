// Hash routes, so the page stays a static bundle: #/agency/<id>, #/meeting/<id>,
// #/official/<id>, #/directive/<id>, #/graph/<kind>/<id>, #/search?q=, #/ask?q=, #/?asOf=.
export type EntityKind = 'agency' | 'meeting' | 'official' | 'directive';

export type Route =
  | { view: 'home'; asOf: string | null }
  | { view: 'search'; q: string }
  | { view: 'ask'; q: string }
  | { view: 'entity'; kind: EntityKind; id: string; asOf: string | null }
  | { view: 'graph'; kind: EntityKind; id: string }
  | { view: 'not-found'; hash: string };

const KINDS: readonly string[] = ['agency', 'meeting', 'official', 'directive'];

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path, query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter((p) => p !== '').map(safeDecode);
  if (parts.length === 0) return { view: 'home', asOf: params.get('asOf') };
  if (parts[0] === 'search' && parts.length === 1) return { view: 'search', q: params.get('q') ?? '' };
  if (parts[0] === 'ask' && parts.length === 1) return { view: 'ask', q: params.get('q') ?? '' };
  if (parts[0] === 'graph' && parts.length === 3 && KINDS.includes(parts[1])) return { view: 'graph', kind: parts[1] as EntityKind, id: parts[2] };
  if (parts.length === 2 && KINDS.includes(parts[0])) return { view: 'entity', kind: parts[0] as EntityKind, id: parts[1], asOf: params.get('asOf') };
  return { view: 'not-found', hash };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function entityHref(kind: EntityKind, id: string): string {
  return `#/${kind}/${encodeURIComponent(id)}`;
}

export function graphHref(kind: EntityKind, id: string): string {
  return `#/graph/${kind}/${encodeURIComponent(id)}`;
}

export function searchHref(q: string): string {
  return `#/search?${new URLSearchParams({ q })}`;
}

export function askHref(q: string): string {
  return `#/ask?${new URLSearchParams({ q })}`;
}

export function homeHref(asOf: string): string {
  return `#/?${new URLSearchParams({ asOf })}`;
}

/** GraphQL __typename → route kind, for entities the page has a view of. */
export function kindOfTypename(typename: string): EntityKind | null {
  switch (typename) {
    case 'Agency':
      return 'agency';
    case 'Meeting':
      return 'meeting';
    case 'Official':
      return 'official';
    case 'Directive':
      return 'directive';
    default:
      return null;
  }
}
