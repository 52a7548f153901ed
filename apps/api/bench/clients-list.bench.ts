import { performance } from 'node:perf_hooks';
import { Client as PgClient } from 'pg';
import { hashPassword } from '../src/platform/auth/password';
import { measure, ms, openBenchStack, runBench } from './bench-kit';

/**
 * `pnpm bench`: finding clients at scale. Seeds (once, kept in .data/bench-postgres) 100k clients, 300k contacts and
 * 1M timeline events in one workspace with INSERT … SELECT generate_series, then times over HTTP: the admin list page
 * (no filter), search, filter combinations, sorts, and the client timeline (the admin's clientTimeline query).
 * Env: BENCH_CLIENTS (100000), BENCH_REQUESTS (200 per scenario), BENCH_CONCURRENCY (1), BENCH_PG_PORT (54362),
 * DATABASE_URL (else embedded).
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);
const EVENTS_PER_CLIENT = 10;
const PASSWORD = 'bench-password';
const SLUG = `bench-finding-${CLIENTS}`;

/** The admin list's row shape (features/clients/graphql/clients.graphql). */
const QUERY = `query Bench($page: PageInput, $sort: ClientSort, $filter: ClientFilter) {
  clients(page: $page, sort: $sort, filter: $filter) {
    totalCount hasMore
    nodes { id name legalName email phone status createdAt lastActivityAt archivedAt totalValue activeProjectCount
      primaryContact { id name } }
  }
}`;

async function seed(url: string) {
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  try {
    const existing = await pg.query(`SELECT id FROM workspace WHERE slug = $1`, [SLUG]);
    if (existing.rowCount) {
      const managers = await pg.query(`SELECT "userId" FROM membership WHERE "workspaceId" = $1 AND role = 'MANAGER'`, [
        existing.rows[0].id,
      ]);
      return { wsId: existing.rows[0].id as string, managerId: managers.rows[0].userId as string };
    }
    const started = performance.now();
    await pg.query('BEGIN');
    const ws = await pg.query(`INSERT INTO workspace (name, slug) VALUES ('Bench agency', $1) RETURNING id`, [SLUG]);
    const wsId = ws.rows[0].id as string;
    const hash = await hashPassword(PASSWORD);
    const users = await pg.query(
      `INSERT INTO app_user (name, email, "passwordHash")
       SELECT 'Bench ' || r, lower(r) || '@' || $1 || '.test', $2 FROM unnest(ARRAY['OWNER','MANAGER']) AS r RETURNING id, name`,
      [SLUG, hash],
    );
    const ownerId = users.rows.find((u) => u.name === 'Bench OWNER').id as string;
    const managerId = users.rows.find((u) => u.name === 'Bench MANAGER').id as string;
    await pg.query(
      `INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $3, 'OWNER'), ($2, $3, 'MANAGER')`,
      [ownerId, managerId, wsId],
    );
    // Search text is computed in the same statement (from the contacts the next statement inserts), which is far
    // faster than a correlated UPDATE over 100k rows with a trigram index to maintain.
    await pg.query(
      `INSERT INTO client ("workspaceId", name, "legalName", email, phone, "taxId", status, industry, size, tags, "customFields",
         "accountManagerId", "activeProjectCount", "totalValue", "lastActivityAt", "createdAt", "firstContactAt", city, country, "searchText")
       SELECT $1, s.name, s.legal, s.email, '+1 555 ' || s.n, s.tax,
              (ARRAY['PROSPECT','ACTIVE','PAUSED','ACTIVE','INACTIVE'])[1 + i % 5],
              (ARRAY['Software','Retail','Food','Health','Finance','Media','Education','Logistics'])[1 + i % 8],
              (ARRAY['STARTUP','SMB','ENTERPRISE'])[1 + i % 3],
              CASE WHEN i % 10 = 0 THEN ARRAY['vip'] WHEN i % 7 = 0 THEN ARRAY['referral','eu'] ELSE '{}'::text[] END,
              jsonb_build_object('tier', (ARRAY['gold','silver','bronze'])[1 + i % 3], 'seats', i % 50, 'renewal', i % 2 = 0),
              CASE WHEN i % 4 = 0 THEN $3::uuid ELSE $4::uuid END,
              CASE WHEN i % 3 = 0 THEN 1 + i % 4 ELSE 0 END,
              (i * 7919 % 100000) * 100, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval,
              now() - ((i % 1000) || ' days')::interval,
              (ARRAY['São Paulo','Lisbon','Berlin','Paris','New York','Tokyo','Madrid','Toronto'])[1 + i % 8],
              (ARRAY['BR','PT','DE','FR','US','JP','ES','CA'])[1 + i % 8],
              cf_fold(concat_ws(' ', s.name, s.legal, s.email, s.tax, regexp_replace(s.tax, '[^[:alnum:]]', '', 'g'),
                'José Müller ' || s.n, 'c1.' || s.email, 'Zoë Gonçalves ' || s.n, 'c2.' || s.email, 'Ana Smith ' || s.n, 'c3.' || s.email))
       FROM (
         SELECT i, lpad(i::text, 6, '0') AS n, 'Client ' || lpad(i::text, 6, '0') AS name, 'Cliente ' || i || ' Comércio Ltda' AS legal,
                'hello' || i || '@client' || i || '.example' AS email,
                lpad((i % 100)::text, 2, '0') || '.' || lpad(i::text, 3, '0') || '.' || lpad((i * 7 % 1000)::text, 3, '0') || '/0001-' || lpad((i % 97)::text, 2, '0') AS tax
         FROM generate_series(1, $2) AS i
       ) s`,
      [wsId, CLIENTS, managerId, ownerId],
    );
    await pg.query(
      `INSERT INTO contact ("workspaceId", "clientId", name, email, role, "isPrimary")
       SELECT c."workspaceId", c.id, (ARRAY['José Müller','Zoë Gonçalves','Ana Smith'])[n] || ' ' || substr(c.name, 8),
              'c' || n || '.' || c.email, (ARRAY['DECISION_MAKER','TECHNICAL','BILLING'])[n], n = 1
       FROM client c CROSS JOIN generate_series(1, 3) AS n WHERE c."workspaceId" = $1`,
      [wsId],
    );
    await pg.query(
      `INSERT INTO timeline_event ("workspaceId", "clientId", type, "occurredAt", summary)
       SELECT c."workspaceId", c.id, (ARRAY['NOTE','CALL','EMAIL','MEETING','STATUS_CHANGE'])[1 + n % 5],
              c."createdAt" + (n || ' hours')::interval, 'Event ' || n || ' of ' || c.name
       FROM client c CROSS JOIN generate_series(1, $2) AS n WHERE c."workspaceId" = $1`,
      [wsId, EVENTS_PER_CLIENT],
    );
    await pg.query('COMMIT');
    await pg.query('VACUUM ANALYZE');
    console.log(
      `seeded ${CLIENTS} clients, ${CLIENTS * 3} contacts, ${CLIENTS * EVENTS_PER_CLIENT} timeline events in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return { wsId, managerId };
  } finally {
    await pg.end();
  }
}

const TIMELINE_QUERY = `query BenchTimeline($clientId: ID!, $after: String) {
  clientTimeline(clientId: $clientId, first: 50, after: $after) {
    endCursor
    hasMore
    nodes { id type occurredAt summary body author { kind id name } attachments { id fileName } }
  }
}`;

async function main() {
  const { stack, seeded } = await openBenchStack({
    dataDirName: 'bench-postgres',
    port: Number(process.env.BENCH_PG_PORT ?? 54362),
    database: 'clientflow_bench',
    seed,
  });
  const { wsId, managerId } = seeded;
  const { ds } = stack;
  const cookie = await stack.signIn(`owner@${SLUG}.test`, PASSWORD);
  const endpoint = stack.endpoint;
  const gql = (variables: object) => stack.gql(cookie, QUERY, variables);
  const run = measure;

  const pages = Math.floor(CLIENTS / 50);
  const page = (i: number, limit = 50) => ({ offset: ((i * 37) % pages) * 50, limit });
  const firstPages = (i: number) => ({ offset: (i % 5) * 50, limit: 50 });
  const nameSort = { field: 'NAME', direction: 'ASC' };
  const n = (i: number) => String(1 + ((i * 7919) % CLIENTS)).padStart(6, '0');

  const scenarios: [string, (i: number) => object][] = [
    ['list, no filter, first 5 pages', (i) => ({ page: firstPages(i), sort: nameSort })],
    ['list, no filter, pages spread over all', (i) => ({ page: page(i), sort: nameSort })],
    ['list, sort last activity', (i) => ({ page: firstPages(i), sort: { field: 'LAST_ACTIVITY', direction: 'DESC' } })],
    ['list, sort value', (i) => ({ page: firstPages(i), sort: { field: 'TOTAL_VALUE', direction: 'DESC' } })],
    [
      'search name "client 0xxxxx"',
      (i) => ({ page: firstPages(0), sort: nameSort, filter: { search: `client ${n(i)}` } }),
    ],
    [
      'search contact "jose muller 0xxxxx"',
      (i) => ({ page: firstPages(0), sort: nameSort, filter: { search: `josé müller ${n(i)}` } }),
    ],
    [
      'search tax id digits',
      (i) => ({ page: firstPages(0), sort: nameSort, filter: { search: `${n(i).slice(4)}.${n(i).slice(3)}` } }),
    ],
    ['search common word "comercio"', () => ({ page: firstPages(0), sort: nameSort, filter: { search: 'comercio' } })],
    [
      'status ACTIVE + has projects',
      (i) => ({ page: firstPages(i), sort: nameSort, filter: { status: ['ACTIVE'], hasProjects: true } }),
    ],
    [
      'industry + size',
      (i) => ({ page: firstPages(i), sort: nameSort, filter: { industries: ['Retail'], sizes: ['SMB'] } }),
    ],
    [
      'tag vip + account manager',
      (i) => ({ page: firstPages(i), sort: nameSort, filter: { tags: ['vip'], accountManagerIds: [managerId] } }),
    ],
    [
      'custom field tier=gold + seats=7',
      (i) => ({
        page: firstPages(i),
        sort: nameSort,
        filter: {
          customFields: [
            { key: 'tier', value: 'gold' },
            { key: 'seats', value: '7' },
          ],
        },
      }),
    ],
    [
      'everything: status, industry, tag, search',
      (i) => ({
        page: firstPages(0),
        sort: nameSort,
        filter: {
          status: ['ACTIVE', 'PAUSED'],
          industries: ['Retail', 'Food'],
          tags: ['referral'],
          search: `${n(i).slice(0, 4)}`,
        },
      }),
    ],
  ];

  const queriesBySize: Record<number, number> = {};
  for (const size of [1, 10, 50, 100]) queriesBySize[size] = await gql({ page: page(3, size), sort: nameSort });
  const filteredQueries = await gql(scenarios[scenarios.length - 1][1](1));
  await run(30, CONCURRENCY, (i) => gql({ page: page(i), sort: nameSort })); // warm-up

  const results: [string, Awaited<ReturnType<typeof run>>][] = [];
  for (const [name, vars] of scenarios) results.push([name, await run(REQUESTS, CONCURRENCY, (i) => gql(vars(i)))]);

  // Timeline page: the client's 50 newest events, then the next 50, through the admin's clientTimeline query
  // (keyset on timeline_event_feed, authors through a DataLoader).
  const pool = (
    ds.driver as unknown as { master: { query: (q: string, p: unknown[]) => Promise<{ rows: unknown[] }> } }
  ).master;
  const clientIds = (
    await pool.query(`SELECT id FROM client WHERE "workspaceId" = $1 ORDER BY random() LIMIT 500`, [wsId])
  ).rows as { id: string }[];
  const timelinePage = async (clientId: string, after: string | null) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: TIMELINE_QUERY, variables: { clientId, after } }),
    });
    const body = (await res.json()) as { errors?: unknown; data: { clientTimeline: { endCursor: string | null } } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { endCursor: body.data.clientTimeline.endCursor, queries: Number(res.headers.get('x-sql-queries')) };
  };
  const timelineQueries = (await timelinePage(clientIds[0].id, null)).queries;
  const timeline = await run(REQUESTS, CONCURRENCY, (i) => timelinePage(clientIds[i % clientIds.length].id, null));
  const timelineNext = await run(REQUESTS, CONCURRENCY, async (i) => {
    const { endCursor } = await timelinePage(clientIds[i % clientIds.length].id, null);
    if (endCursor) await timelinePage(clientIds[i % clientIds.length].id, endCursor);
  });

  const f = ms;
  console.log(
    `\nfinding clients; ${CLIENTS} clients / ${CLIENTS * 3} contacts / ${CLIENTS * EVENTS_PER_CLIENT} events; concurrency ${CONCURRENCY}; ${REQUESTS} requests per row`,
  );
  console.log(
    `SQL statements per list request by page size: ${Object.entries(queriesBySize)
      .map(([k, v]) => `${k} → ${v}`)
      .join(', ')}; with every filter: ${filteredQueries}`,
  );
  console.log(`| scenario | p50 ms | p95 ms | p99 ms | req/s |\n|---|---|---|---|---|`);
  for (const [name, r] of results) console.log(`| ${name} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.rps)} |`);
  console.log(
    `| timeline page: newest 50 (${timelineQueries} SQL) | ${f(timeline.p50)} | ${f(timeline.p95)} | ${f(timeline.p99)} | ${f(timeline.rps)} |`,
  );
  console.log(
    `| timeline: newest 50, then the next 50 (2 requests) | ${f(timelineNext.p50)} | ${f(timelineNext.p95)} | ${f(timelineNext.p99)} | ${f(timelineNext.rps)} |\n`,
  );

  await stack.close();
}

runBench(main);
