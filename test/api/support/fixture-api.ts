// The API over a fresh fixture store for one test file: registers beforeAll/afterAll and
// returns a getter for the yoga instance (set once beforeAll has run).
import { createApi, type ApiServer } from '../../../src/api/server';
import type { ApiConfig } from '../../../src/api/config';
import type { GraphBatch } from '../../../src/graph/model';
import { testClock, testConfig } from './api-config';
import { openFixtureStore, type TempStore } from './fixture-store';

export function useFixtureApi(config: ApiConfig = testConfig(), extra: () => GraphBatch[] = () => []): () => ApiServer {
  let fixture: TempStore | null = null;
  let yoga: ApiServer | null = null;
  beforeAll(async () => {
    fixture = await openFixtureStore(extra());
    yoga = createApi({ store: fixture.store, config, clock: testClock });
  });
  afterAll(() => fixture?.dispose());
  return () => {
    if (yoga === null) throw new Error('useFixtureApi: the API is only there once beforeAll has run');
    return yoga;
  };
}
