// What the snapshot tests compare: everything a reader of a store can see, and what replaying
// the whole log of the same directory gives.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EDGE_TYPES, NODE_LABELS } from '../../src/graph/model';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded/index';
import { SNAPSHOT_FILE } from '../../src/store/embedded/snapshot';
import { IDS } from './fixtures';

/** Everything a reader can see: every node (texts hydrated), edge, stats, a listing, curations. */
export async function contents(store: EmbeddedStore): Promise<unknown> {
  const nodes = await Promise.all(NODE_LABELS.map((label) => store.listNodes(label, { first: 1000 })));
  const edges = await Promise.all(EDGE_TYPES.map((type) => store.listEdges(type, { first: 1000 })));
  const directiveIds = nodes[NODE_LABELS.indexOf('Directive')].items.map((i) => i.value.id);
  return {
    nodes: nodes.map((p) => p.items.map((i) => i.value)),
    edges: edges.map((p) => p.items.map((i) => i.value)),
    stats: await store.stats(50),
    moh: await store.findDirectives({ assignedTo: [IDS.moh], followSuccession: true }, { first: 50 }),
    byDeadline: await store.findDirectives({ orderBy: { field: 'DEADLINE', direction: 'DESC' } }, { first: 50 }),
    search: await store.search({ text: 'y te', first: 20 }),
    curations: await store.getCurations(directiveIds),
  };
}

export async function open(dir: string): Promise<EmbeddedStore> {
  return openEmbeddedStore({ dir });
}

let copies = 0;

/** The same directory without its snapshot (a copy under `root`): what replaying the whole log gives. */
export async function replayedWhole(dir: string, root: string): Promise<unknown> {
  const copy = join(root, `replayed-${++copies}`);
  cpSync(dir, copy, { recursive: true });
  rmSync(join(copy, SNAPSHOT_FILE), { force: true });
  const store = await open(copy);
  try {
    expect(store.snapshotCovered).toBe(0);
    return await contents(store);
  } finally {
    await store.close();
  }
}
