// Bundles the explorer page (web/src → dist/public) with esbuild, so the server can serve it
// offline: one app.js with sigma and graphology inside, the stylesheet and index.html.
// Run by `npm install` (prepare) as `node web/build.js`; tests call buildWeb() on a temp dir.
'use strict';
const { build } = require('esbuild');
const { copyFile, mkdir } = require('node:fs/promises');
const { join } = require('node:path');

const WEB_DIR = __dirname;
const DEFAULT_OUT_DIR = join(WEB_DIR, '..', 'dist', 'public');

/** Writes index.html, assets/app.js and assets/app.css under outDir. */
async function buildWeb(options = {}) {
  const outDir = options.outDir || DEFAULT_OUT_DIR;
  await mkdir(join(outDir, 'assets'), { recursive: true });
  await build({
    entryPoints: [join(WEB_DIR, 'src', 'main.ts')],
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
  await copyFile(join(WEB_DIR, 'static', 'index.html'), join(outDir, 'index.html'));
  await copyFile(join(WEB_DIR, 'static', 'app.css'), join(outDir, 'assets', 'app.css'));
  return outDir;
}

module.exports = { buildWeb, DEFAULT_OUT_DIR };

if (require.main === module) {
  buildWeb().then(
    (dir) => console.log(`web: bundled the explorer page into ${dir}`),
    (err) => {
      console.error(`web: bundling failed: ${err && err.message ? err.message : err}`);
      process.exitCode = 1;
    },
  );
}
