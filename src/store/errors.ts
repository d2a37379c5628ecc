// Typed store errors: adapters map their failures to these once, so the API and CLI can
// say something precise (which file, which URI) without knowing the backend.

export type StoreErrorCode =
  | 'STORE_NOT_WRITABLE' // the data directory cannot be created or written
  | 'STORE_FULL' // the disk (or quota) is full: ENOSPC, EDQUOT
  | 'STORE_CORRUPT' // a file on disk cannot be read back; never silently replaced
  | 'STORE_LOCKED' // another process holds the store open for writing
  | 'STORE_UNAVAILABLE' // the database cannot be reached (Neo4j URI, credentials)
  | 'STORE_BAD_INPUT' // a batch or query that violates the port's contract
  | 'STORE_CLOSED'; // used after close()

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** The file, directory or URI the error is about, when there is one. */
  readonly target: string | null;

  constructor(code: StoreErrorCode, message: string, options: { target?: string | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
    this.target = options.target ?? null;
  }
}

export function isStoreError(value: unknown): value is StoreError {
  return value instanceof StoreError;
}
