#!/usr/bin/env node
// `npm test`: install what the tests need (dependencies; Chromium for end-to-end when we can), check generated
// types are current, typecheck, lint (ESLint + Prettier, zero warnings), run every jest suite (domain, API on embedded
// PostgreSQL, both SPAs), build the SPAs, run the Playwright journeys, then the fault tests (real processes).
// Ends with one line: "tests: N passed, M failed".
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { codegen, hasChromium, install, pnpm, ROOT, run, step } from './lib.mjs';

const results = path.join(ROOT, '.data', 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

install();

if (!hasChromium()) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('which', ['apt-get']).status === 0) {
    step('Installing Chromium for the end-to-end tests (apt-get)');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(
      'Chromium is needed for the end-to-end tests: install it (e.g. `sudo apt-get install -y chromium`) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}

codegen();
step('Checking the generated GraphQL types are committed and current');
if (existsSync(path.join(ROOT, '.git'))) run('git', ['diff', '--exit-code', '--stat', '--', 'packages/graphql-types']);

step('Typechecking every package');
pnpm(['turbo', 'run', 'typecheck', '--output-logs=errors-only']);

// A lint failure does not stop the run: the tests still tell what they tell, and the closing line counts lint as one
// failed suite.
step('Linting (import cycles, ESLint, then Prettier --check)');
const lintFailed = pnpm(['lint'], { allowFail: true }) !== 0;

const suites = [
  ['domain', '@clientflow/domain'],
  ['api', '@clientflow/api'],
  ['admin-web', '@clientflow/admin-web'],
  ['portal-web', '@clientflow/portal-web'],
];
let failedSuites = 0;
for (const [name, pkg] of suites) {
  step(`Tests: ${name}`);
  const out = path.join(results, `${name}.json`);
  failedSuites += pnpm(['--filter', pkg, 'exec', 'jest', '--ci', '--json', `--outputFile=${out}`], {
    allowFail: true,
    env: { TZ: 'UTC' },
  })
    ? 1
    : 0;
}

step('Building the SPAs for the end-to-end tests');
pnpm(['--filter', '@clientflow/admin-web', '--filter', '@clientflow/portal-web', 'build']);
step('End-to-end tests (Playwright + Chromium)');
failedSuites += pnpm(
  [
    '--filter',
    '@clientflow/e2e',
    'exec',
    'jest',
    '--ci',
    '--runInBand',
    '--json',
    `--outputFile=${path.join(results, 'e2e.json')}`,
  ],
  { allowFail: true },
)
  ? 1
  : 0;

// Real processes over their own PostgreSQL, stopped and killed under them (about 4 minutes; one at a time).
step('Fault tests (database outage, killed workers)');
failedSuites += pnpm(
  [
    '--filter',
    '@clientflow/api',
    'exec',
    'jest',
    '-c',
    'jest.faults.config.js',
    '--ci',
    '--json',
    `--outputFile=${path.join(results, 'faults.json')}`,
  ],
  { allowFail: true, env: { TZ: 'UTC' } },
)
  ? 1
  : 0;

let passed = 0;
let failed = 0;
for (const [name] of [...suites, ['e2e'], ['faults']]) {
  const file = path.join(results, `${name}.json`);
  if (!existsSync(file)) {
    console.error(`✖ ${name}: no results (the run crashed)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  console.log(`  ${name.padEnd(11)} ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
if (failedSuites && !failed) failed = failedSuites;
if (lintFailed) {
  console.error('✖ lint: failed (run `pnpm lint` to see why, `pnpm format` fixes formatting)');
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
