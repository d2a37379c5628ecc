// The SDL ships as schema/*.graphql at the package root. This module sits at src/api/ under
// ts-jest and dist/api/ when compiled, so the root is found by walking up to the package.json
// named minutes-graph rather than by a fixed number of "..".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'minutes-graph';

export function findPackageRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(join(dir, 'schema'))) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === PACKAGE_NAME) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${PACKAGE_NAME} package root (with schema/) above ${start}`);
    dir = parent;
  }
}

/** Every schema/*.graphql file, in name order, as one SDL string per file. */
export function readSchemaFiles(root: string = findPackageRoot()): string[] {
  const dir = join(root, 'schema');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}
