import 'reflect-metadata';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client as PgClient } from 'pg';
import { createApp } from '../src/app';
import { loadConfig, ROOT_DIR } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { createDatabaseIfMissing } from '../src/db/database-url';
import { EmbeddedPostgres } from '../src/db/embedded-postgres';
import { hashPassword } from '../src/auth/password';

/**
 * `pnpm bench`: the admin clients list (50 rows with contacts and primary contact) over HTTP against
 * 10k clients / 30k contacts, at a fixed concurrency, beside the raw SQL for the same rows.
 * Env: BENCH_CLIENTS (10000), BENCH_REQUESTS (400), BENCH_CONCURRENCY (8), DATABASE_URL (else embedded).
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PASSWORD = 'bench-password';
const SLUG = `bench-${CLIENTS}`;

const QUERY = `query Bench($page: PageInput, $sort: ClientSort, $filter: ClientFilter) {
  clients(page: $page, sort: $sort, filter: $filter) {
    totalCount hasMore
    nodes { id name legalName email phone status totalValue lastActivityAt
      primaryContact { id name email } contacts { id name email role isPrimary } }
  }
}`;

async function seed(url: string) {
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  try {
    const existing = await pg.query(`SELECT id FROM workspace WHERE slug = $1`, [SLUG]);
    if (existing.rowCount) return existing.rows[0].id as string;
    const started = performance.now();
    await pg.query('BEGIN');
    const ws = await pg.query(`INSERT INTO workspace (name, slug) VALUES ('Bench agency', $1) RETURNING id`, [SLUG]);
    const wsId = ws.rows[0].id as string;
    const user = await pg.query(
      `INSERT INTO app_user (name, email, "passwordHash") VALUES ('Bench Owner', $1, $2) RETURNING id`,
      [`owner@${SLUG}.test`, await hashPassword(PASSWORD)],
    );
    await pg.query(`INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, 'OWNER')`, [user.rows[0].id, wsId]);
    await pg.query(
      `INSERT INTO client ("workspaceId", name, "legalName", email, phone, status, "totalValue", "lastActivityAt", "createdAt")
       SELECT $1, 'Client ' || lpad(i::text, 6, '0'), 'Client ' || i || ' Ltd', 'hello' || i || '@client' || i || '.example',
              '+1 555 ' || lpad(i::text, 6, '0'), (ARRAY['PROSPECT','ACTIVE','PAUSED','ACTIVE'])[1 + i % 4],
              (i * 7919 % 100000) * 100, now() - (i || ' hours')::interval, now() - (i || ' hours')::interval
       FROM generate_series(1, $2) AS i`,
      [wsId, CLIENTS],
    );
    await pg.query(
      `INSERT INTO contact ("workspaceId", "clientId", name, email, role, "isPrimary")
       SELECT c."workspaceId", c.id, 'Contact ' || n || ' of ' || c.name, 'c' || n || '.' || c.email,
              (ARRAY['DECISION_MAKER','TECHNICAL','BILLING'])[n], n = 1
       FROM client c CROSS JOIN generate_series(1, 3) AS n WHERE c."workspaceId" = $1`,
      [wsId],
    );
    await pg.query(
      `UPDATE client c SET "searchText" = cf_fold(concat_ws(' ', c.name, c."legalName", c.email,
         (SELECT string_agg(concat_ws(' ', ct.name, ct.email), ' ') FROM contact ct WHERE ct."clientId" = c.id)))
       WHERE c."workspaceId" = $1`,
      [wsId],
    );
    await pg.query('COMMIT');
    await pg.query('ANALYZE');
    console.log(`seeded ${CLIENTS} clients and ${CLIENTS * 3} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return wsId;
  } finally {
    await pg.end();
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function run(n: number, concurrency: number, once: (i: number) => Promise<void>) {
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

async function main() {
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = new EmbeddedPostgres({ dataDir: path.join(ROOT_DIR, '.data', 'bench-postgres'), port: 54332, database: 'clientflow_bench' });
    await embedded.start();
    await embedded.ensureDatabase(createDatabaseIfMissing);
    url = embedded.url;
  }
  const ds = createDataSource(url, { poolSize: 20 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  const wsId = await seed(url);

  const config = loadConfig({ mailCatcher: false, smtpUrl: undefined, sessionSecret: 'bench-secret-'.padEnd(48, 'x'), playground: false });
  const app = await createApp(config, ds);
  const port = await app.listen(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const signInRes = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { signIn(email: "owner@${SLUG}.test", password: "${PASSWORD}") { role } }` }),
  });
  const cookie = signInRes.headers.getSetCookie()[0].split(';')[0];

  const gql = async (variables: object) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: QUERY, variables }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return Number(res.headers.get('x-sql-queries'));
  };

  const pages = Math.floor(CLIENTS / 50);
  const vars = (i: number, limit = 50) => ({
    page: { offset: ((i * 37) % pages) * 50, limit },
    sort: { field: 'NAME', direction: 'ASC' },
  });

  const queriesBySize: Record<number, number> = {};
  for (const size of [1, 10, 50, 100]) queriesBySize[size] = await gql(vars(3, size));
  await run(50, CONCURRENCY, (i) => gql(vars(i)).then(() => undefined)); // warm-up
  const api = await run(REQUESTS, CONCURRENCY, (i) => gql(vars(i)).then(() => undefined));
  const searched = await run(Math.floor(REQUESTS / 2), CONCURRENCY, (i) =>
    gql({ ...vars(0), filter: { search: `client ${(i * 131) % CLIENTS}` } }).then(() => undefined),
  );

  // The same rows straight from SQL: the page (with its total) and the contacts of those clients.
  const pool = (ds.driver as unknown as { master: { query: (q: string, p: unknown[]) => Promise<{ rows: { id: string }[] }> } }).master;
  const raw = await run(REQUESTS, CONCURRENCY, async (i) => {
    const v = vars(i);
    const where = `c."workspaceId" = $1 AND c."archivedAt" IS NULL AND c."deletedAt" IS NULL`;
    const [page] = await Promise.all([
      pool.query(`SELECT c.* FROM client c WHERE ${where} ORDER BY c.name, c.id LIMIT 50 OFFSET $2`, [wsId, v.page.offset]),
      pool.query(`SELECT count(*) FROM client c WHERE ${where}`, [wsId]),
    ]);
    await pool.query(`SELECT * FROM contact WHERE "workspaceId" = $1 AND "clientId" = ANY($2) ORDER BY "isPrimary" DESC, name`, [
      wsId,
      page.rows.map((r) => r.id),
    ]);
  });

  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(`\nclients list, 50 rows with contacts + primary contact; ${CLIENTS} clients / ${CLIENTS * 3} contacts; concurrency ${CONCURRENCY}; ${REQUESTS} requests`);
  console.log(`SQL queries per request by page size: ${Object.entries(queriesBySize).map(([k, v]) => `${k} rows → ${v}`).join(', ')}`);
  console.log('                      p50 ms  p95 ms  p99 ms    req/s');
  console.log(`GraphQL over HTTP   ${f(api.p50)} ${f(api.p95)} ${f(api.p99)} ${f(api.rps)}`);
  console.log(`  … with search     ${f(searched.p50)} ${f(searched.p95)} ${f(searched.p99)} ${f(searched.rps)}`);
  console.log(`raw SQL (3 queries) ${f(raw.p50)} ${f(raw.p95)} ${f(raw.p99)} ${f(raw.rps)}`);
  console.log(`ratio API/raw SQL: p50 ${(api.p50 / raw.p50).toFixed(2)}x, p95 ${(api.p95 / raw.p95).toFixed(2)}x\n`);

  await app.close();
  app.httpServer.close();
  await ds.destroy();
  embedded?.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
