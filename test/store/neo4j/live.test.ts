// The store contract and the API parity questions against a real Neo4j, when one is configured:
//   docker compose up -d neo4j && NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npm run test:neo4j
// The database is emptied before each test: point it at a database you can lose.
import neo4j from 'neo4j-driver';
import { openNeo4jStore } from '../../../src/store/neo4j/index';
import { buildClearDatabase } from '../../../src/store/neo4j/queries/maintenance';
import type { StorePort } from '../../../src/store/port';
import { describeStoreContract } from '../contract';
import { apiOn, API_QUESTIONS, compareApis, seed, seededEmbedded } from './api-parity';

const uri = process.env.NEO4J_URI;
const user = process.env.NEO4J_USER ?? 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? '';
const database = process.env.NEO4J_DATABASE;

async function clearDatabase(): Promise<void> {
  const driver = neo4j.driver(uri as string, neo4j.auth.basic(user, password));
  const session = driver.session({ database });
  try {
    const q = buildClearDatabase();
    await session.run(q.text, q.params);
  } finally {
    await session.close();
    await driver.close();
  }
}

if (uri === undefined || uri === '') {
  console.warn('Neo4j live suite skipped: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to run it against a server.');
  describe.skip('Neo4j live suite (set NEO4J_URI to run)', () => {
    test('store contract against a real server', () => undefined);
  });
} else {
  jest.setTimeout(60_000);
  const open = (): Promise<StorePort> => openNeo4jStore({ uri, user, password, database });

  describeStoreContract(`neo4j live at ${uri}`, async () => {
    await clearDatabase();
    let current = await open();
    return {
      store: current,
      reopen: async () => (current = await open()),
      cleanup: async () => {
        await current.close();
      },
    };
  });

  test('the GraphQL API on the live server answers as on the embedded store', async () => {
    await clearDatabase();
    const live = await open();
    const embedded = await seededEmbedded();
    try {
      await seed(live);
      expect(await compareApis(apiOn(embedded.store), apiOn(live))).toBe(API_QUESTIONS.length);
    } finally {
      await live.close();
      await embedded.dispose();
    }
  });

  test('wrong credentials fail fast, naming the URI', async () => {
    await expect(openNeo4jStore({ uri, user, password: `${password}-wrong`, database })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      target: uri,
      message: expect.stringContaining('refused the credentials'),
    });
  });
}
