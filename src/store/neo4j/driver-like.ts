// The small part of the neo4j-driver API the adapter uses. The real Driver satisfies it;
// tests inject a recording driver that answers from an in-memory graph.

export interface RecordLike {
  readonly keys: readonly PropertyKey[];
  get(key: string): unknown;
}

export interface ResultLike {
  records: RecordLike[];
}

export interface TransactionLike {
  run(text: string, params?: Record<string, unknown>): PromiseLike<ResultLike>;
}

export interface SessionLike {
  executeRead<T>(work: (tx: TransactionLike) => Promise<T>): Promise<T>;
  executeWrite<T>(work: (tx: TransactionLike) => Promise<T>): Promise<T>;
  run(text: string, params?: Record<string, unknown>): PromiseLike<ResultLike>;
  close(): Promise<void>;
}

/** neo4j-driver's BookmarkManager, opaque here. */
export type BookmarkManager = import('neo4j-driver').BookmarkManager;

export interface Neo4jDriverLike {
  session(config?: { database?: string; defaultAccessMode?: 'READ' | 'WRITE'; bookmarkManager?: BookmarkManager }): SessionLike;
  verifyConnectivity(config?: { database?: string }): Promise<unknown>;
  close(): Promise<void>;
}
