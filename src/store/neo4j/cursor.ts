// Opaque keyset cursors: base64url of [listing tag, ...sort position of the last item]. The
// tag keeps a cursor from being resumed in another listing or order.
import { StoreError } from '../errors';

export function encodeCursor(tag: string, position: readonly string[]): string {
  return Buffer.from(JSON.stringify([tag, ...position]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, tag: string, size: number): string[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === size + 1 && value[0] === tag && value.every((v) => typeof v === 'string')) {
      return value.slice(1) as string[];
    }
  } catch {
    // fall through to the typed error below: the cursor was not made by this store
  }
  throw new StoreError('STORE_BAD_INPUT', `Cursor "${cursor}" does not belong to this listing`);
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 0) throw new StoreError('STORE_BAD_INPUT', `Page size ${first} must be a whole number ≥ 0`);
}
