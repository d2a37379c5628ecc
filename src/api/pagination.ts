// Page sizes and cursors. Store lists come with the store's own cursors; lists the API builds
// in memory (adjacency, search hits) use offset cursors of their own.
import type { Page } from '../store/port';
import { badInput, quote } from './errors';

export interface PageLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

/** `first` as given, checked against the limits: BAD_USER_INPUT quoting it when out of range. */
export function pageSize(first: number | null | undefined, limits: PageLimits, argument = 'first'): number {
  if (first === null || first === undefined) return limits.defaultPageSize;
  if (first < 0) throw badInput(`${argument} must be 0 or more, got ${quote(first)}.`);
  if (first > limits.maxPageSize) {
    throw badInput(`${argument} ${quote(first)} exceeds the maximum page size of ${limits.maxPageSize}.`);
  }
  return first;
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * An empty page (`first: 0`, or past the end) has no cursor to continue from, so it never
 * says another page follows: `hasNextPage: true` with `endCursor: null` would send a client
 * round a loop. `first: 0` is how to ask for `totalCount` alone.
 */
export function connectionFromPage<V, T>(page: Page<V>, toNode: (value: V) => T): Connection<T> {
  const edges = page.items.map((item) => ({ cursor: item.cursor, node: toNode(item.value) }));
  const endCursor = edges.length > 0 ? edges[edges.length - 1].cursor : null;
  return {
    totalCount: page.totalCount,
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage: endCursor !== null && page.hasNextPage, endCursor },
  };
}

const OFFSET_PREFIX = 'o:';

function encodeOffset(index: number): string {
  return Buffer.from(OFFSET_PREFIX + index, 'utf8').toString('base64url');
}

function decodeOffset(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const index = text.startsWith(OFFSET_PREFIX) ? Number(text.slice(OFFSET_PREFIX.length)) : NaN;
  if (!Number.isInteger(index) || index < 0) throw badInput(`Invalid cursor ${quote(cursor)}: pass a cursor this list returned.`);
  return index;
}

/** A page of an in-memory list, with offset cursors. */
export function pageOfList<V>(values: readonly V[], first: number, after: string | null | undefined): Page<V> {
  const start = after === null || after === undefined ? 0 : decodeOffset(after) + 1;
  const slice = values.slice(start, start + first);
  return {
    items: slice.map((value, i) => ({ value, cursor: encodeOffset(start + i) })),
    totalCount: values.length,
    hasNextPage: start + first < values.length,
  };
}
