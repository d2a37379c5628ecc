// Packages that ship ES modules only (pdfjs-dist; linkedom's css-select and the fb55 DOM
// packages): the built CLI loads them with Node's require(esm), Jest needs them compiled to
// CommonJS (see test/support/esm-to-cjs-transform.js).
const ESM_ONLY = '(pdfjs-dist|css-select|css-what|domhandler|domutils|entities|nth-check|boolbase|dom-serializer|domelementtype|cssomnom)';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Transpile only: `npm run typecheck` type-checks the whole tree once, which is far
  // cheaper than ts-jest checking every file per worker.
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    [`/node_modules/${ESM_ONLY}/.+\\.m?js$`]: '<rootDir>/test/support/esm-to-cjs-transform.js',
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY}/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'node'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/artifacts/'],
  maxWorkers: 2,
  testTimeout: 30000,
};
