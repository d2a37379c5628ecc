// Bundles the explorer page (explorer/src → dist/public) with esbuild, so the server can serve it
// offline: one app.js with sigma and graphology inside, the stylesheet and index.html.
// Run by `npm install` (prepare) as `node explorer/build.js`; tests call buildExplorer() on a temp dir.
'use strict';
const { build } = require('esbuild');
const { copyFile, mkdir } = require('node:fs/promises');
const { join } = require('node:path');

const EXPLORER_DIR = __dirname;
const DEFAULT_OUT_DIR = join(EXPLORER_DIR, '..', 'dist', 'public');

/** Writes index.html, assets/app.js and assets/app.css under outDir. */
async function buildExplorer(options = {}) {
  const outDir = options.outDir || DEFAULT_OUT_DIR;
  await mkdir(join(outDir, 'assets'), { recursive: true });
  await build({
    entryPoints: [join(EXPLORER_DIR, 'src', 'main.ts')],
    outfile: join(outDir, 'assets', 'app.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: options.minify !== false,
    sourcemap: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  await copyFile(join(EXPLORER_DIR, 'static', 'index.html'), join(outDir, 'index.html'));
  await copyFile(join(EXPLORER_DIR, 'static', 'app.css'), join(outDir, 'assets', 'app.css'));
  return outDir;
}

module.exports = { buildExplorer, DEFAULT_OUT_DIR };

if (require.main === module) {
  buildExplorer().then(
    (dir) => console.log(`explorer: bundled the explorer page into ${dir}`),
    (err) => {
      console.error(`explorer: bundling failed: ${err && err.message ? err.message : err}`);
      process.exitCode = 1;
    },
  );
}
