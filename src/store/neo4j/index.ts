// Opens the Neo4j store: connect (failing fast with the URI in the message), create
// constraints and indexes idempotently, then serve the StorePort.
import neo4j from 'neo4j-driver';
import type { StorePort } from '../port';
import type { Neo4jDriverLike } from './driver-like';
import { mapNeo4jError } from './errors';
import { Executor } from './executor';
import { createNeo4jStore } from './neo4j-store';
import { buildSchemaStatements } from './queries/schema';

export type { Neo4jDriverLike } from './driver-like';
export { writeNeo4jImportCsv } from './export-csv';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Injected in tests; otherwise a neo4j-driver Driver for `uri`. */
  driver?: Neo4jDriverLike;
  /** How long to wait for the server before giving up at start (default 5 s). */
  connectTimeoutMs?: number;
}

export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<StorePort> {
  const target = { uri: options.uri, user: options.user, database: options.database };
  const timeout = options.connectTimeoutMs ?? 5000;
  let driver: Neo4jDriverLike;
  try {
    driver =
      options.driver ??
      (neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
        connectionTimeout: timeout,
        connectionAcquisitionTimeout: timeout,
        // Retries of a failing transaction stop early enough for a request to report it.
        maxTransactionRetryTime: Math.max(timeout, 5000),
      }));
  } catch (err) {
    // A malformed URI is rejected by the constructor.
    throw mapNeo4jError(err, target);
  }
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw mapNeo4jError(err, target);
  }
  const executor = new Executor(driver, target, { bookmarkManager: neo4j.bookmarkManager() });
  try {
    for (const statement of buildSchemaStatements()) await executor.autoCommit(statement);
  } catch (err) {
    await executor.close().catch(() => undefined);
    throw err;
  }
  return createNeo4jStore(executor);
}
