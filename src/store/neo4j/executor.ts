// Runs built queries: one session per unit of work, read or write transaction by the query's
// mode, errors mapped once. The only module that touches the driver after start-up.
import { StoreError } from '../errors';
import type { BookmarkManager, Neo4jDriverLike, RecordLike, TransactionLike } from './driver-like';
import { mapNeo4jError } from './errors';
import type { BuiltQuery } from './queries/built-query';

export interface Target {
  uri: string;
  user: string;
  database?: string;
}

export interface ExecutorOptions {
  /**
   * Shared by every session of this store, so a read follows the writes this process made
   * (causal consistency) even when a cluster routes it to another member.
   */
  bookmarkManager?: BookmarkManager;
}

/** Runs queries inside one transaction; a write unit refuses read-only statements and vice versa. */
export type QueryRunner = (q: BuiltQuery) => Promise<RecordLike[]>;

export class Executor {
  private closed = false;

  constructor(private readonly driver: Neo4jDriverLike, private readonly target: Target, private readonly options: ExecutorOptions = {}) {}

  private session(mode: 'READ' | 'WRITE') {
    if (this.closed) throw new StoreError('STORE_CLOSED', `the Neo4j store at ${this.target.uri} is closed`, { target: this.target.uri });
    const { bookmarkManager } = this.options;
    return this.driver.session({ database: this.target.database, defaultAccessMode: mode, ...(bookmarkManager ? { bookmarkManager } : {}) });
  }

  private runner(tx: TransactionLike, mode: 'READ' | 'WRITE'): QueryRunner {
    return async (q) => {
      // A READ statement inside a write unit is fine (it sees the unit's own writes); a WRITE
      // statement in a read unit is a programming error a cluster would route to a reader.
      if (mode === 'READ' && q.mode === 'WRITE') throw new Error(`write query ${q.id} sent in a read transaction`);
      const result = await tx.run(q.text, q.params);
      return result.records;
    };
  }

  async read<T>(work: (run: QueryRunner) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => work(this.runner(tx, 'READ')));
    } catch (err) {
      throw this.mapped(err);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (run: QueryRunner) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work(this.runner(tx, 'WRITE')));
    } catch (err) {
      throw this.mapped(err);
    } finally {
      await session.close();
    }
  }

  /** Auto-commit statements (schema changes cannot share a transaction with data writes). */
  async autoCommit(q: BuiltQuery): Promise<void> {
    const session = this.session('WRITE');
    try {
      await session.run(q.text, q.params);
    } catch (err) {
      throw this.mapped(err);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private mapped(err: unknown): Error {
    // Programming errors (a bad builder) stay as they are; driver failures become StoreErrors.
    if (err instanceof Error && !(err instanceof StoreError) && !('code' in err)) return err;
    return mapNeo4jError(err, this.target);
  }
}
