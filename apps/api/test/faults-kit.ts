import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/data-source';
import { MODULES } from '../src/modules';
import { loadConfig, ROOT_DIR } from '../src/platform/config/config';
import { EmbeddedPostgres } from '../src/platform/db/embedded-postgres';
import { migrateDatabase } from '../src/platform/db/migrate';
import { registerJobs } from '../src/platform/jobs/register-jobs';
import type { Services } from '../src/platform/module';
import { createServices } from '../src/platform/services';

/** The kit of the fault tests (`pnpm test:faults`): their own PostgreSQL, and real API/worker processes. */

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An embedded PostgreSQL of the test's own (its port from TEST_FAULTS_PG_PORT / TEST_PG_PORT + offset). */
export function faultsDatabase(offset: number): { pg: EmbeddedPostgres; dataDir: string; fresh: () => Promise<void> } {
  const port = Number(process.env.TEST_FAULTS_PG_PORT ?? Number(process.env.TEST_PG_PORT ?? 54330) + 100) + offset;
  const dataDir = path.join(ROOT_DIR, '.data', `faults-${port}`);
  const pg = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port, database: 'clientflow' });
  return {
    pg,
    dataDir,
    /** Starts it with an empty `clientflow` database. */
    fresh: async () => {
      await pg.start();
      const admin = new Client({ connectionString: pg.url.replace(/\/[^/]+$/, '/postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS clientflow WITH (FORCE)`);
      await admin.query(`CREATE DATABASE clientflow`);
      await admin.end();
    },
  };
}

export interface NodeProcess {
  child: ChildProcess;
  output: () => string;
  alive: () => boolean;
  /** Resolves with the first match of `ready` in the output; rejects if the process exits or 60 s pass first. */
  ready: Promise<RegExpExecArray>;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

/** `node <script>` of apps/api (e.g. `src/main.ts`, `src/worker.ts`) as an operator runs it. */
export function spawnApi(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
  nodeArgs: string[] = [],
): NodeProcess {
  fs.mkdirSync(env.DATA_DIR ?? ROOT_DIR, { recursive: true });
  const child = spawn(process.execPath, [...nodeArgs, '--enable-source-maps', '-r', '@swc-node/register', script], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, SCRYPT_LOG_N: '10', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const alive = () => child.exitCode === null && child.signalCode === null;
  const readyPromise = new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code ?? signal}):\n${out.slice(-4000)}`));
    });
  });
  readyPromise.catch(() => undefined); // observed by the caller; an exit after start-up is not an unhandled rejection
  return {
    child,
    output: () => out,
    alive,
    ready: readyPromise,
    kill: async (signal = 'SIGKILL') => {
      if (!alive()) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
  };
}

/** The test's side of a job-queue database: migrated, with the services that add jobs and outbox rows (no worker). */
export async function openQueueDatabase(url: string): Promise<{ ds: DataSource; services: Services }> {
  const ds = createDataSource(url);
  await ds.initialize();
  await migrateDatabase(ds);
  const services = createServices(MODULES, {
    dataSource: ds,
    config: loadConfig({ jobsWorker: false }),
    transport: nodemailer.createTransport({ jsonTransport: true }),
    sessionSecret: 'f'.repeat(64),
  });
  registerJobs(MODULES, services);
  return { ds, services };
}

/** A standalone `src/worker.ts` over `url`, with its own DATA_DIR under `dataDir`; resolves `ready` once it works. */
export function spawnWorker(url: string, dataDir: string, name: string, env: Record<string, string>): NodeProcess {
  return spawnApi(
    'src/worker.ts',
    { NODE_ENV: 'development', DATABASE_URL: url, DATA_DIR: path.join(dataDir, name), ...env },
    /ClientFlow worker is up/,
  );
}

/** Polls `check` until it answers a value; `fail` (e.g. a watched process died) aborts at once. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  fail?: () => string | undefined,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const failure = fail?.();
    if (failure) throw new Error(`${failure} while waiting for ${what}`);
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}
