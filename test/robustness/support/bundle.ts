// Child processes in these tests run the project's real TypeScript, bundled on the spot with
// esbuild (about a second), so a test never runs a stale dist/. Bundles go under test/artifacts
// (git-ignored) so `require('graphql')` in them resolves to this repository's node_modules.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../../..');
export const ARTIFACTS = join(REPO, 'test/artifacts/robustness');

/** Bundles `entry` (a path relative to the repository) to a CommonJS file and returns its path. */
export function bundle(entry: string, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  // One file per process: jest workers bundling the same entry never overwrite each other's file.
  const outfile = join(ARTIFACTS, `${name}-${process.pid}.js`);
  execFileSync(
    join(REPO, 'node_modules/.bin/esbuild'),
    [join(REPO, entry), '--bundle', '--platform=node', '--target=node20', '--packages=external', '--log-level=error', `--outfile=${outfile}`],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  process.once('exit', () => rmSync(outfile, { force: true }));
  return outfile;
}

/** The CLI as `node bin/minutes-graph.js` runs it, built from src/ now. */
export function bundleCli(): string {
  return bundle('test/robustness/support/cli-entry.ts', 'cli');
}
