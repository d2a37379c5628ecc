// File-system failures mapped once to StoreErrors that name the directory or file.
import { StoreError } from '../errors';

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR']);
const FULL = new Set(['ENOSPC', 'EDQUOT']);

export function fsError(error: unknown, target: string, action: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'EIO';
  const reason = error instanceof Error ? error.message : String(error);
  if (FULL.has(code)) {
    return new StoreError('STORE_FULL', `Cannot ${action} ${target}: the disk is full (${code})`, { target, cause: error });
  }
  if (NOT_WRITABLE.has(code)) {
    return new StoreError('STORE_NOT_WRITABLE', `Cannot ${action} ${target}: ${reason}`, { target, cause: error });
  }
  return new StoreError('STORE_UNAVAILABLE', `Cannot ${action} ${target}: ${reason}`, { target, cause: error });
}
