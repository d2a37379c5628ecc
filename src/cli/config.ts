// Resolves where data lives, which store to use and which port to serve on, from command-line
// options first, then the environment, then defaults. Pure: the environment is passed in.
import { resolve } from 'node:path';
import type { StoreConfig } from '../store/config';
import { UsageError } from './io';

export interface GlobalOptions {
  data?: string;
  port?: string;
  host?: string;
  readOnly?: boolean;
}

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = 'localhost';

export function storeConfigFrom(options: GlobalOptions, env: NodeJS.ProcessEnv, cwd: string): StoreConfig {
  const kind = (env.STORE ?? 'embedded').toLowerCase();
  if (kind === 'neo4j') {
    const uri = env.NEO4J_URI;
    if (!uri) throw new UsageError('STORE=neo4j needs NEO4J_URI (e.g. bolt://localhost:7687), plus NEO4J_USER and NEO4J_PASSWORD');
    return {
      kind: 'neo4j',
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    };
  }
  if (kind !== 'embedded') throw new UsageError(`STORE must be "embedded" or "neo4j", not "${env.STORE}"`);
  const dir = resolve(cwd, options.data ?? env.MINUTES_GRAPH_DATA ?? './data');
  return options.readOnly ? { kind: 'embedded', dir, readOnly: true } : { kind: 'embedded', dir };
}

export function portFrom(options: GlobalOptions, env: NodeJS.ProcessEnv): number {
  const raw = options.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${raw}"`);
  return port;
}

export function hostFrom(options: GlobalOptions, env: NodeJS.ProcessEnv): string {
  return options.host ?? env.HOST ?? DEFAULT_HOST;
}
