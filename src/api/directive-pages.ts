// Pages of directives for many parents at once: Agency.directives and Agency.responsibility ask
// for each agency's own page and counts, and a whole page of agencies costs one
// findDirectivesMany. A request the store refuses (a stale cursor) fails alone, not the batch.
import DataLoader from 'dataloader';
import type { DirectiveHit, DirectiveRequest, Page, StorePort } from '../store/port';

export type DirectivePagesLoader = DataLoader<DirectiveRequest, Page<DirectiveHit>, string>;

export function createDirectivePagesLoader(store: StorePort): DirectivePagesLoader {
  return new DataLoader(
    async (requests: readonly DirectiveRequest[]) => {
      try {
        return await store.findDirectivesMany(requests);
      } catch {
        // Find which request the store refused; the others still get their pages.
        return Promise.all(requests.map((r) => store.findDirectivesMany([r]).then(([page]) => page, (err: Error) => err)));
      }
    },
    { cacheKeyFn: (request) => JSON.stringify(request) },
  );
}
