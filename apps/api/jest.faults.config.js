/**
 * Fault tests (`pnpm test:faults`): each starts real processes over its own embedded PostgreSQL and breaks them
 * (stops the database, kills processes), so they run one at a time and apart from the normal suite.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/src/**/*.faults.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Each fault test brings its own database; the shared test database is not needed.
  globalSetup: undefined,
  globalTeardown: undefined,
  maxWorkers: 1,
  testTimeout: 180000,
};
