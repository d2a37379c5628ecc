// Files that ship with the package, found from this module whether it runs compiled
// (dist/cli/), from source under ts-jest (src/cli/) or bundled by a test (test/artifacts/…):
// the nearest directory above it holding our package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findPackageRoot(start: string): { root: string; version: string } {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'minutes-graph') return { root: dir, version: parsed.version ?? '0.0.0' };
    }
    if (dirname(dir) === dir) throw new Error(`minutes-graph: cannot find the package's package.json above ${start}`);
  }
}

const PACKAGE = findPackageRoot(__dirname);

export const PACKAGE_ROOT = PACKAGE.root;
export const SEEDS_DIR = join(PACKAGE_ROOT, 'seeds');
/** The package's own version, for --version. */
export const PACKAGE_VERSION = PACKAGE.version;
