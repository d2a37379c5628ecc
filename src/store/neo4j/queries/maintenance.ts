// Statements for operators and the live test suite, never sent by the StorePort.
import { query, type BuiltQuery } from './built-query';

/** Empties the database (a test database, or before `neo4j-admin` would be overkill). */
export function buildClearDatabase(): BuiltQuery {
  return query('clearDatabase', 'WRITE', ['MATCH (n)', 'CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'], {});
}
