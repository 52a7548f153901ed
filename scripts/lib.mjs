// Shared helpers for the root scripts: they run on a fresh machine with only Node 20 and npm.
import { execSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM_VERSION = '10.34.8';

/** pnpm if it is on PATH at the pinned major, else through npx (downloads it once into npm's cache). */
export function pnpmCommand() {
  try {
    const v = execSync('pnpm --version', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    if (v.startsWith('10.')) return ['pnpm'];
  } catch {
    /* not installed */
  }
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

export function step(title) {
  console.log(`\n\x1b[1m▶ ${title}\x1b[0m`);
}

/** Runs a command to completion, inheriting output; exits the script on failure unless allowFail. */
export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts, env: { ...process.env, ...opts.env } });
  if (res.status !== 0 && !opts.allowFail) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${res.status})`);
    process.exit(res.status ?? 1);
  }
  return res.status ?? 1;
}

export function pnpm(args, opts) {
  const [cmd, ...pre] = pnpmCommand();
  return run(cmd, [...pre, ...args], opts);
}

export function install() {
  step('Installing dependencies (pnpm, frozen lockfile)');
  pnpm(['install', '--frozen-lockfile', '--prefer-offline']);
}

export function codegen() {
  step('Emitting the GraphQL schema and generating typed documents');
  pnpm(['turbo', 'run', 'codegen', '--output-logs=errors-only']);
}

/**
 * A long-running child whose output is prefixed with its name. It runs in its own process group so that
 * `stopGroup` reaches the whole tree (pnpm does not forward signals to the scripts it runs).
 */
export function start(name, cmd, args, opts = {}) {
  const child = spawn(cmd, args, {
    cwd: ROOT,
    ...opts,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const prefix = `\x1b[2m[${name}]\x1b[0m `;
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.on('data', (d) => {
      buf += d;
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const line of lines) if (!opts.quiet?.(line)) process.stdout.write(prefix + line + '\n');
    });
  }
  return child;
}

/** Sends `signal` to a `start`ed child's process group; resolves when the child has exited (or after `graceMs`). */
export function stopGroup(child, signal = 'SIGTERM', graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      resolve();
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, signal);
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export async function waitFor(url, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000}s`);
}

export const hasChromium = () =>
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => existsSync(p)) || !!process.env.CHROMIUM_PATH;
