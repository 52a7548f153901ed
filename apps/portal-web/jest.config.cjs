/** @type {import('jest').Config} */
// ESM-only (or ESM-first) packages that Jest must transform instead of skipping.
const esmPackages = ['react-router', 'graphql-ws', '@apollo', 'rxjs', '@wry', 'optimism'];

module.exports = {
  testEnvironment: '<rootDir>/jest.environment.cjs',
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
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
  moduleNameMapper: { '\\.css$': 'identity-obj-proxy' },
  // Whole-app renders (lazy routes, user-event typing) take seconds on a loaded machine.
  testTimeout: 20000,
  // pnpm nests packages under node_modules/.pnpm/<pkg>@<v>/node_modules/<pkg>: let both segments through.
  transformIgnorePatterns: [`/node_modules/(?!(?:\\.pnpm|${esmPackages.join('|')})(?:/|@))`],
};
