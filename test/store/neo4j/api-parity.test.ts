// The API over the Neo4j adapter (recording driver) answers as over the embedded store.
import { apiOn, API_QUESTIONS, compareApis, seed, seededEmbedded } from './api-parity';
import { openRecorded } from './fake/open-recorded';
import { RecordingDriver } from './fake/recording-driver';

test(`${API_QUESTIONS.length} GraphQL questions get the same response from both stores`, async () => {
  const embedded = await seededEmbedded();
  const neo = await openRecorded(new RecordingDriver());
  try {
    await seed(neo);
    expect(await compareApis(apiOn(embedded.store), apiOn(neo))).toBe(API_QUESTIONS.length);
  } finally {
    await neo.close();
    await embedded.dispose();
  }
});
