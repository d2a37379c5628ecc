// File-system failures mapped once to StoreErrors that name the directory or file.
import { StoreError } from '../errors';

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOSPC', 'EDQUOT', 'EISDIR']);

export function fsError(error: unknown, target: string, action: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'EIO';
  const reason = error instanceof Error ? error.message : String(error);
  if (NOT_WRITABLE.has(code)) {
    return new StoreError('STORE_NOT_WRITABLE', `Cannot ${action} ${target}: ${reason}`, { target, cause: error });
  }
  return new StoreError('STORE_UNAVAILABLE', `Cannot ${action} ${target}: ${reason}`, { target, cause: error });
}
