#!/usr/bin/env node
// `npm start`: install, generate types, then run embedded PostgreSQL + API (migrations, demo data, mail catcher)
// and both SPAs in dev mode. Ctrl-C stops everything, including the database.
import { codegen, install, pnpmCommand, start, step, stopGroup, waitFor } from './lib.mjs';

if (!process.argv.includes('--no-install')) install();
codegen();

const apiPort = process.env.API_PORT ?? '4000';
const [pnpmCmd, ...pre] = pnpmCommand();
const children = [];
const quietVite = (line) => /^\s*$/.test(line);
step('Starting the API (embedded PostgreSQL unless DATABASE_URL is set), admin and portal');
children.push(start('api', pnpmCmd, [...pre, '--filter', '@clientflow/api', 'dev'], { env: { API_PORT: apiPort } }));
children.push(
  start('admin', pnpmCmd, [...pre, '--filter', '@clientflow/admin-web', 'dev'], {
    env: { API_PORT: apiPort },
    quiet: quietVite,
  }),
);
children.push(
  start('portal', pnpmCmd, [...pre, '--filter', '@clientflow/portal-web', 'dev'], {
    env: { API_PORT: apiPort },
    quiet: quietVite,
  }),
);

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  // The API stops its embedded PostgreSQL on SIGTERM; give it time before anything is forced.
  Promise.all(children.map((child) => stopGroup(child))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children)
  child.on('exit', (code) => !stopping && (console.error(`a process exited (${code}); stopping`), stop(1)));

try {
  await Promise.all([
    waitFor(`http://127.0.0.1:${apiPort}/health`, 180_000),
    waitFor('http://localhost:5173/', 120_000),
    waitFor('http://localhost:5174/', 120_000),
  ]);
  console.log(`
\x1b[1mClientFlow is running\x1b[0m
  Admin app      http://localhost:5173   (staff)
  Client portal  http://localhost:5174   (magic-link sign-in)
  GraphQL        http://localhost:${apiPort}/graphql   playground: http://localhost:${apiPort}/playground
  Dev mail       http://localhost:${apiPort}/dev/mail   (magic links land here)

  Demo logins (password: clientflow-demo)
    owner@demo.clientflow.test    OWNER  (also ADMIN of a second workspace)
    admin@demo.clientflow.test    ADMIN
    manager@demo.clientflow.test  MANAGER
    member@demo.clientflow.test   MEMBER
  Portal: request a link for ana.souza@aurora-cafe.example, then open it from the dev mail page.

  Ctrl-C stops everything.
`);
} catch (err) {
  console.error(String(err));
  stop(1);
}
