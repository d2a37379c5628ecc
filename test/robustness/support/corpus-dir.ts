// A small generated corpus in a fresh temporary directory, for tests that ingest real-looking reports.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus, type WrittenCorpus } from '../../../scripts/corpus/write-corpus';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `mg-${prefix}-`));
}

export function smallCorpus(directives: number, seed: number): WrittenCorpus {
  const root = tempDir('corpus');
  return writeCorpus({ directives, seed, out: join(root, 'reports'), goldDir: join(root, 'gold') });
}

/** True under `npm run torture`: longer variants of the same tests. */
export const TORTURE = process.env.MINUTES_GRAPH_TORTURE === '1';
