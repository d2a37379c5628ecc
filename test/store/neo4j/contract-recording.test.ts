// The store contract on the Neo4j adapter, over the recording driver: every statement it
// sends is checked (built by our builders, lint clean with its parameters, right access mode)
// and answered from the reference graph by the builder's intent.
import { describeStoreContract } from '../contract';
import { openRecorded } from './fake/open-recorded';
import { RecordingDriver } from './fake/recording-driver';

describeStoreContract('neo4j over the recording driver', async () => {
  let driver = new RecordingDriver();
  let current = await openRecorded(driver);
  return {
    store: current,
    // A new driver on the same database, as after a restart of the API.
    reopen: async () => {
      const next = new RecordingDriver();
      next.graph = driver.graph;
      driver = next;
      return (current = await openRecorded(driver));
    },
    cleanup: async () => {
      await current.close();
    },
  };
});
