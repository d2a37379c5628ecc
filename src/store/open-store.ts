// Opens the store the configuration names. The only place that knows both adapters.
import type { StoreConfig } from './config';
import type { StorePort } from './port';

export async function openStore(config: StoreConfig): Promise<StorePort> {
  if (config.kind === 'neo4j') {
    const { openNeo4jStore } = await import('./neo4j/index');
    return openNeo4jStore({ uri: config.uri, user: config.user, password: config.password, database: config.database });
  }
  const { openEmbeddedStore } = await import('./embedded/index');
  return openEmbeddedStore({ dir: config.dir, readOnly: config.readOnly });
}
