import 'reflect-metadata';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../src/app';
import { loadConfig, ROOT_DIR } from '../src/platform/config/config';
import { createDataSource } from '../src/data-source';
import { createDatabaseIfMissing } from '../src/platform/db/database-url';
import { EmbeddedPostgres } from '../src/platform/db/embedded-postgres';
import { migrateDatabase } from '../src/platform/db/migrate';

/** Every bench API process signs and reads sessions with it. */
export const BENCH_SESSION_SECRET = 'bench-secret-'.padEnd(48, 'x');

/** Shared by the benchmarks: their own database (kept between runs), the real API over HTTP, and percentiles. */
export interface BenchStack {
  url: string;
  ds: DataSource;
  endpoint: string;
  /** Signs a seeded user in and returns the session cookie. */
  signIn(email: string, password: string): Promise<string>;
  /** Runs a GraphQL operation; throws on errors; answers the SQL statements the request cost. */
  gql(cookie: string, query: string, variables?: object): Promise<number>;
  close(): Promise<void>;
}

/** `DATABASE_URL`, or an embedded PostgreSQL under `.data/<dataDirName>` on `port`; migrated, then `seed(url)`, then the API. */
export async function openBenchStack<S>(opts: {
  dataDirName: string;
  port: number;
  database: string;
  seed(url: string): Promise<S>;
}) {
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = new EmbeddedPostgres({
      dataDir: path.join(ROOT_DIR, '.data', opts.dataDirName),
      port: opts.port,
      database: opts.database,
    });
    await embedded.start();
    await embedded.ensureDatabase(createDatabaseIfMissing);
    url = embedded.url;
  }
  const ds = createDataSource(url, { poolSize: 20 });
  await ds.initialize();
  await migrateDatabase(ds);
  const seeded = await opts.seed(url);

  const config = loadConfig({
    mailCatcher: false,
    smtpUrl: undefined,
    sessionSecret: BENCH_SESSION_SECRET,
    playground: false,
    sqlQueryCount: true,
  });
  const app: App = await createApp(config, ds);
  const port = await app.listen(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const post = (body: object, cookie?: string) =>
    fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  const stack: BenchStack = {
    url,
    ds,
    endpoint,
    async signIn(email, password) {
      const res = await post({
        query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { role } } }`,
        variables: { e: email, p: password },
      });
      return res.headers.getSetCookie()[0].split(';')[0];
    },
    async gql(cookie, query, variables = {}) {
      const res = await post({ query, variables }, cookie);
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return Number(res.headers.get('x-sql-queries'));
    },
    async close() {
      await app.close();
      app.httpServer.close();
      await ds.destroy();
      embedded?.stop();
    },
  };
  return { stack, seeded };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Runs `once` n times with `concurrency` workers; latency percentiles (ms) and throughput. */
export async function measure(n: number, concurrency: number, once: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await once(i);
        times.push(performance.now() - t);
      }
    }),
  );
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), rps: (n / wall) * 1000 };
}

export const ms = (x: number) => x.toFixed(1).padStart(7);

export function runBench(main: () => Promise<void>) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
