// Jest transform for the ES-module-only packages we load (pdfjs-dist). Node 20.19+ loads them
// with require() natively, which is what the built CLI does; Jest's own module system does not
// (it supports require(esm) only on Node 24.9+), so under Jest they are compiled to CommonJS.
// `import.meta.url` becomes the file's URL so pdfjs's createRequire(import.meta.url) still works.
'use strict';
const { transformSync } = require('esbuild');

const BANNER = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      sourcemap: 'external',
      banner: BANNER,
      define: { 'import.meta.url': '__importMetaUrl' },
      logLevel: 'silent',
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return require('node:crypto').createHash('sha256').update(filename).update('\0').update(source).update('\0v1').digest('hex');
  },
};
