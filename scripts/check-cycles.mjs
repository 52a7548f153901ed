#!/usr/bin/env node
// `pnpm lint` part: no import cycles in the API, the domain or either SPA (type-only imports count too: a cycle of
// types is still two files that cannot be understood apart). Prints the cycles and exits 1 when there are any.
import path from 'node:path';
import madge from 'madge';
import { ROOT } from './lib.mjs';

const TARGETS = [
  ['apps/api/src', 'apps/api/tsconfig.json', ['ts']],
  ['packages/domain/src', 'packages/domain/tsconfig.json', ['ts']],
  ['apps/admin-web/src', 'apps/admin-web/tsconfig.json', ['ts', 'tsx']],
  ['apps/portal-web/src', 'apps/portal-web/tsconfig.json', ['ts', 'tsx']],
];

let found = 0;
for (const [dir, tsConfig, fileExtensions] of TARGETS) {
  const result = await madge(path.join(ROOT, dir), { tsConfig: path.join(ROOT, tsConfig), fileExtensions });
  const cycles = result.circular();
  found += cycles.length;
  console.log(`${cycles.length ? '✖' : '✔'} ${dir}: ${cycles.length} import cycle(s)`);
  for (const cycle of cycles) console.log(`    ${cycle.join(' → ')}`);
}
process.exit(found ? 1 : 0);
