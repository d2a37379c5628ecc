// Files that ship with the package, found from this module whether it runs compiled
// (dist/cli/) or from source under ts-jest (src/cli/): both sit two levels below the root.
import { join } from 'node:path';

export const PACKAGE_ROOT = join(__dirname, '..', '..');
export const SEEDS_DIR = join(PACKAGE_ROOT, 'seeds');
