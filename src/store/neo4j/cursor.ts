// Opaque keyset cursors: base64url of the sort position of the last item on a page.
import { StoreError } from '../errors';

export function encodeCursor(position: readonly string[]): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, size: number): string[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === size && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    // fall through to the typed error below: the cursor was not made by this store
  }
  throw new StoreError('STORE_BAD_INPUT', `cursor "${cursor}" was not issued by this store`);
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 0) throw new StoreError('STORE_BAD_INPUT', `page size must be a non-negative integer, got ${first}`);
}
