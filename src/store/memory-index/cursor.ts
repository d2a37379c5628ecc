// Opaque keyset cursors: a cursor holds the sort key of the last item seen, not a position,
// so fetching the next page stays correct while documents are added or removed.
import { StoreError } from '../errors';

export function encodeCursor(parts: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, expectedTag: string): unknown[] {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  if (!Array.isArray(parts) || parts[0] !== expectedTag) {
    throw new StoreError('STORE_BAD_INPUT', `Cursor "${cursor}" does not belong to this listing`);
  }
  return parts;
}

export function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 0) throw new StoreError('STORE_BAD_INPUT', `Page size ${first} must be a whole number ≥ 0`);
}

/**
 * The page of `sorted` after the first item for which `isAfterCursor` holds. Each cursor is
 * encoded when it is read: callers that walk a whole listing in pages of 500 (every meeting,
 * for a filter the port cannot state) read one cursor a page, and encoding all of them was a
 * quarter of such a request.
 */
export function pageAfter<T>(sorted: readonly T[], first: number, startIndex: number, cursorOf: (item: T) => string) {
  const slice = sorted.slice(startIndex, startIndex + first);
  return {
    items: slice.map((value) => ({
      value,
      get cursor() {
        return cursorOf(value);
      },
    })),
    totalCount: sorted.length,
    hasNextPage: startIndex + first < sorted.length,
  };
}

/** Index of the first element greater than the cursor, by binary search over a sorted list. */
export function firstIndexAfter<T>(sorted: readonly T[], isAfter: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(sorted[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
