// The Neo4j adapter opened on a recording driver, as every recording test does.
import { openNeo4jStore } from '../../../../src/store/neo4j/index';
import type { StorePort } from '../../../../src/store/port';
import type { RecordingDriver } from './recording-driver';

export async function openRecorded(driver: RecordingDriver): Promise<StorePort> {
  return openNeo4jStore({ uri: 'bolt://recording.test:7687', user: 'neo4j', password: 'unused', driver });
}
