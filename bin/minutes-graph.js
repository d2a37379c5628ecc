#!/usr/bin/env node
'use strict';
// The CLI is written in TypeScript and compiled to dist/ by `npm install` (the prepare script).
let main;
try {
  // `serve` over a large store restarts itself with its heap sized for it (src/cli/sized-start.ts).
  if (require('../dist/cli/sized-start.js').restartSized(__filename, process.argv.slice(2))) return;
  ({ main } = require('../dist/cli/main.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/')) {
    console.error('minutes-graph: dist/ is missing; run `npm install` (or `npm run build`) first.');
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  // main() reports its own failures; this is the last resort, one line unless --debug.
  (err) => {
    const debug = process.argv.includes('--debug') || process.env.MINUTES_GRAPH_DEBUG === '1';
    console.error(`minutes-graph: ${debug && err && err.stack ? err.stack : (err && err.message) || err}`);
    process.exitCode = 1;
  },
);
