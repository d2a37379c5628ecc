// API configuration: limits, the curation token, production mode. Read from the environment
// by the CLI (apiConfigFromEnv); tests build it directly.

export interface ApiConfig {
  /** Bearer token for curation mutations; null disables curation. */
  curationToken: string | null;
  /** Largest `first` any list accepts (default 100). */
  maxPageSize: number;
  /** `first` when a query gives none (default 20). */
  defaultPageSize: number;
  /** A request still executing after this long is answered with a TIMEOUT error (default 10000). */
  requestTimeoutMs: number;
  /** Serve GraphiQL on GET /graphql from a browser. */
  graphiql: boolean;
  /** Production: no stack traces or error details in responses. */
  production: boolean;
  /** Answer introspection queries (off for a public deployment: --public). */
  introspection: boolean;
  /** Origins whose browsers may read responses (CORS); empty: CORS off, same origin only. */
  corsOrigins: string[];
}

export const DEFAULT_API_CONFIG: ApiConfig = {
  curationToken: null,
  maxPageSize: 100,
  defaultPageSize: 20,
  requestTimeoutMs: 10_000,
  graphiql: true,
  production: false,
  introspection: true,
  corsOrigins: [],
};

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/**
 * MINUTES_GRAPH_CURATION_TOKEN (unset or empty: curation disabled), MINUTES_GRAPH_MAX_PAGE_SIZE,
 * MINUTES_GRAPH_DEFAULT_PAGE_SIZE, MINUTES_GRAPH_REQUEST_TIMEOUT_MS, MINUTES_GRAPH_GRAPHIQL
 * ("false" turns it off), NODE_ENV=production, MINUTES_GRAPH_PUBLIC=1 (the CLI's --public: no
 * GraphiQL and no introspection), MINUTES_GRAPH_CORS_ORIGINS (comma-separated allow-list).
 */
export function apiConfigFromEnv(env: NodeJS.ProcessEnv): ApiConfig {
  const token = env.MINUTES_GRAPH_CURATION_TOKEN?.trim() ?? '';
  const isPublic = env.MINUTES_GRAPH_PUBLIC === '1' || env.MINUTES_GRAPH_PUBLIC === 'true';
  const maxPageSize = positiveInt(env, 'MINUTES_GRAPH_MAX_PAGE_SIZE', DEFAULT_API_CONFIG.maxPageSize);
  const defaultPageSize = Math.min(positiveInt(env, 'MINUTES_GRAPH_DEFAULT_PAGE_SIZE', DEFAULT_API_CONFIG.defaultPageSize), maxPageSize);
  return {
    curationToken: token === '' ? null : token,
    maxPageSize,
    defaultPageSize,
    requestTimeoutMs: positiveInt(env, 'MINUTES_GRAPH_REQUEST_TIMEOUT_MS', DEFAULT_API_CONFIG.requestTimeoutMs),
    graphiql: env.MINUTES_GRAPH_GRAPHIQL !== 'false' && !isPublic,
    production: env.NODE_ENV === 'production',
    introspection: env.MINUTES_GRAPH_INTROSPECTION !== 'false' && !isPublic,
    corsOrigins: (env.MINUTES_GRAPH_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== ''),
  };
}
