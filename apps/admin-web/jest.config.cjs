/** @type {import('jest').Config} */
const esmPackages = [
  'react-router',
  'graphql-ws',
  '@apollo',
  'rxjs',
  '@wry',
  'optimism',
  '@mantine',
  'dayjs',
  'd3-',
  'internmap',
];

module.exports = {
  testTimeout: 20000,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  // Only *.test.ts(x) are suites; shared test helpers are *.test-kit.ts(x) and must not run as tests.
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  setupFiles: ['<rootDir>/jest.polyfills.cjs'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '\\.(css)$': 'identity-obj-proxy',
    // Jest runs CommonJS, which has no import.meta.
    '^.*/shared/lib/env$': '<rootDir>/src/test/env.stub.ts',
  },
  // pnpm nests packages under node_modules/.pnpm/<pkg>@<v>/node_modules/<pkg>: let both segments through.
  transformIgnorePatterns: [`/node_modules/(?!(?:\\.pnpm|${esmPackages.join('|')}))`],
};
