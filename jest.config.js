/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Transpile only: `npm run typecheck` type-checks the whole tree once, which is far
  // cheaper than ts-jest checking every file per worker.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/artifacts/'],
  maxWorkers: 2,
  testTimeout: 30000,
};
