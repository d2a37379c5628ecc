// Which store to open and how to reach it; built by the CLI from options and environment.

export interface EmbeddedStoreConfig {
  kind: 'embedded';
  dir: string;
  /** Read without the writer's lock, following what the writer appends; writes are refused. */
  readOnly?: boolean;
}

export interface Neo4jStoreConfig {
  kind: 'neo4j';
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export type StoreConfig = EmbeddedStoreConfig | Neo4jStoreConfig;
