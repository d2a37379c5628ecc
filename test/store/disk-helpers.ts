// Opening an embedded store directory the way the disk tests check it: the documents it holds,
// or the StoreError it refuses to open with.
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { StoreError } from '../../src/store/errors';

export async function documentIdsIn(dir: string): Promise<string[]> {
  const store = await openEmbeddedStore({ dir });
  try {
    return (await store.listNodes('Document', { first: 10 })).items.map((i) => i.value.id).sort();
  } finally {
    await store.close();
  }
}

export async function openErrorOf(options: { dir: string; readOnly?: boolean }): Promise<StoreError> {
  try {
    const store = await openEmbeddedStore(options);
    await store.close();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected openEmbeddedStore to fail');
}
