// The one behaviour suite of the store port. Every adapter runs it (embedded always, Neo4j
// over its driver): assertions are about what the port answers, never about how it stores.
import type { StorePort } from '../../src/store/port';
import { allBatches } from './fixtures';
import { describeCurationContract } from './contract-curation';
import { describeListingContract } from './contract-listing';
import { describeQueryContract } from './contract-queries';
import { describeWriteContract } from './contract-writes';

export interface StoreHarness {
  store: StorePort;
  /** Opens the same data again; the suite closes `store` before calling it. */
  reopen?: () => Promise<StorePort>;
  /** Closes whatever is still open and removes the data. */
  cleanup(): Promise<void>;
}

/** Live view of the store under test, refreshed before each test. */
export interface ContractContext {
  store: StorePort;
  harness: StoreHarness;
}

export function describeStoreContract(name: string, factory: () => Promise<StoreHarness>): void {
  describe(`StorePort contract: ${name}`, () => {
    const ctx = {} as ContractContext;
    beforeEach(async () => {
      ctx.harness = await factory();
      ctx.store = ctx.harness.store;
      for (const batch of allBatches()) await ctx.store.writeDocument(batch);
    });
    afterEach(async () => {
      await ctx.harness.cleanup();
    });

    describeWriteContract(ctx);
    describeQueryContract(ctx);
    describeListingContract(ctx);
    describeCurationContract(ctx);
  });
}

/** Awaits a promise expected to fail with a StoreError of `code`. */
export async function expectStoreError(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: 'StoreError', code });
}
