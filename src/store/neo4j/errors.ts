// The one place where driver failures become StoreErrors. Callers see STORE_UNAVAILABLE with
// the URI for anything about reaching or logging into the server, STORE_BAD_INPUT for
// constraint violations; the driver error stays as `cause` for logs, never as the message.
import { StoreError } from '../errors';

interface DriverErrorShape {
  code?: unknown;
  message?: unknown;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT']);

export function mapNeo4jError(err: unknown, target: { uri: string; user: string; database?: string }): StoreError {
  if (err instanceof StoreError) return err;
  const { code, message } = (err ?? {}) as DriverErrorShape;
  const c = typeof code === 'string' ? code : '';
  const detail = shortDetail(typeof message === 'string' ? message : String(err));
  const where = `Neo4j at ${target.uri}`;
  if (c.startsWith('Neo.ClientError.Security.')) {
    return new StoreError('STORE_UNAVAILABLE', `${where} refused the credentials of user "${target.user}" (${c}); check NEO4J_USER and NEO4J_PASSWORD`, { target: target.uri, cause: err });
  }
  if (c === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError('STORE_UNAVAILABLE', `${where} has no database "${target.database ?? 'neo4j'}"`, { target: target.uri, cause: err });
  }
  if (UNAVAILABLE_CODES.has(c) || c.startsWith('Neo.TransientError.')) {
    return new StoreError('STORE_UNAVAILABLE', `${where} is unreachable (${detail}). Is the server running? (docker compose up -d neo4j)`, { target: target.uri, cause: err });
  }
  if (c === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new StoreError('STORE_BAD_INPUT', `${where} rejected the write: ${detail}`, { target: target.uri, cause: err });
  }
  return new StoreError('STORE_UNAVAILABLE', `${where} failed${c ? ` (${c})` : ''}: ${detail}`, { target: target.uri, cause: err });
}

/** The useful part of a driver message: the socket error when there is one, else its first sentence. */
function shortDetail(message: string): string {
  const cause = /Caused by: (.+)$/m.exec(message);
  const text = cause ? cause[1] : message.split('\n')[0].split('. ')[0];
  return text.trim().replace(/\.$/, '');
}
