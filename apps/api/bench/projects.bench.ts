import { performance } from 'node:perf_hooks';
import { Client as PgClient } from 'pg';
import { hashPassword } from '../src/platform/auth/password';
import { measure, ms, openBenchStack, runBench } from './bench-kit';

/**
 * `pnpm bench:projects`: projects, time and the dashboard at scale. Seeds (once, kept in .data/bench-projects-postgres)
 * 10k clients, 30k projects, 150k tasks, 30k deliverables, 100k timeline events and 1M time entries in one workspace
 * with INSERT … SELECT generate_series, then times over HTTP: the dashboard (OWNER and a MEMBER), a clients page with
 * metrics + time totals, and the admin projects page (`projects`, 50 rows with progress and hours).
 * Env: BENCH_PROJECT_CLIENTS (10000), BENCH_REQUESTS (200), BENCH_PROJECTS_PG_PORT (54363), DATABASE_URL (else embedded).
 */
const CLIENTS = Number(process.env.BENCH_PROJECT_CLIENTS ?? 10_000);
const PROJECTS_PER_CLIENT = 3;
const TASKS_PER_PROJECT = 5;
const ENTRIES = Number(process.env.BENCH_TIME_ENTRIES ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const PASSWORD = 'bench-password';
const SLUG = `bench-projects-${CLIENTS}`;

const DASHBOARD = `query { dashboard { today activeClients prospects recentProspects { id name } projectsInProgress totalContractValue
  overdueProjects deliverablesDueThisWeek pendingClientRequests recentActivity { id clientId clientName type summary occurredAt } } }`;
const CLIENT_METRICS = `query($page: PageInput) { clients(page: $page, sort: { field: NAME, direction: ASC }) { nodes { id name
  metrics { totalProjects activeProjects totalValue averageTicket relationshipDays billableValue costOfTime marginPercent }
  timeTotals { minutes billableMinutes billableValue cost } } } }`;

/** The admin projects page: 50 rows with client, value, progress (tasks) and hours (time entries). */
const PROJECT_LIST = `query($page: PageInput, $filter: ProjectFilter) { projects(page: $page, filter: $filter, sort: { field: END_DATE, direction: ASC }) {
  totalCount hasMore nodes { id name status type startDate estimatedEndDate value progress hoursSpent overdue client { id name } } } }`;

async function seed(url: string) {
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  try {
    const existing = await pg.query(`SELECT id FROM workspace WHERE slug = $1`, [SLUG]);
    if (existing.rowCount) return { wsId: existing.rows[0].id as string };
    const started = performance.now();
    await pg.query('BEGIN');
    const wsId = (
      await pg.query(`INSERT INTO workspace (name, slug) VALUES ('Bench projects', $1) RETURNING id`, [SLUG])
    ).rows[0].id as string;
    const hash = await hashPassword(PASSWORD);
    const users = await pg.query(
      `INSERT INTO app_user (name, email, "passwordHash")
       SELECT 'Bench ' || r, lower(r) || '@' || $1 || '.test', $2 FROM unnest(ARRAY['OWNER','MEMBER']) AS r RETURNING id, name`,
      [SLUG, hash],
    );
    const ownerId = users.rows.find((u) => u.name === 'Bench OWNER').id as string;
    const memberId = users.rows.find((u) => u.name === 'Bench MEMBER').id as string;
    await pg.query(
      `INSERT INTO membership ("userId", "workspaceId", role, "costRate") VALUES ($1, $3, 'OWNER', 6000), ($2, $3, 'MEMBER', 4000)`,
      [ownerId, memberId, wsId],
    );
    await pg.query(
      `INSERT INTO client ("workspaceId", name, email, status, "accountManagerId", "createdAt")
       SELECT $1, 'Client ' || lpad(i::text, 6, '0'), 'hello' || i || '@client.example',
              (ARRAY['PROSPECT','ACTIVE','PAUSED','ACTIVE','INACTIVE'])[1 + i % 5],
              CASE WHEN i % 20 = 0 THEN $3::uuid ELSE $4::uuid END, now() - ((i % 1500) || ' days')::interval
       FROM generate_series(1, $2) AS i`,
      [wsId, CLIENTS, memberId, ownerId],
    );
    await pg.query(
      `INSERT INTO project ("workspaceId", "clientId", name, status, "billingMode", "hourlyRate", value, "startDate", "estimatedEndDate")
       SELECT c."workspaceId", c.id, c.name || ' · project ' || n,
              (ARRAY['ACTIVE','ACTIVE','PAUSED','COMPLETED','CANCELLED'])[1 + abs(hashtext(c.id::text || n)) % 5],
              CASE WHEN n % 2 = 0 THEN 'HOURLY' ELSE 'FIXED' END, CASE WHEN n % 2 = 0 THEN 12000 END,
              (n * 1000 + length(c.email) * 3000) * 100,
              (now() - ((n * 97 % 700) || ' days')::interval)::date,
              (now() + (((n * 53 + length(c.email)) % 200 - 100) || ' days')::interval)::date
       FROM client c CROSS JOIN generate_series(1, $2) AS n WHERE c."workspaceId" = $1`,
      [wsId, PROJECTS_PER_CLIENT],
    );
    await pg.query(
      `INSERT INTO task ("workspaceId", "projectId", "clientId", title, status, position)
       SELECT p."workspaceId", p.id, p."clientId", 'Task ' || n, (ARRAY['TODO','IN_PROGRESS','DONE'])[1 + n % 3], n
       FROM project p CROSS JOIN generate_series(1, $2) AS n WHERE p."workspaceId" = $1`,
      [wsId, TASKS_PER_PROJECT],
    );
    await pg.query(
      `INSERT INTO deliverable ("workspaceId", "projectId", "clientId", title, status, "dueDate")
       SELECT p."workspaceId", p.id, p."clientId", 'Deliverable of ' || p.name,
              (ARRAY['PENDING_APPROVAL','APPROVED','CHANGES_REQUESTED'])[1 + abs(hashtext(p.id::text)) % 3],
              (now() + ((abs(hashtext(p.id::text)) % 60 - 30) || ' days')::interval)::date
       FROM project p WHERE p."workspaceId" = $1`,
      [wsId],
    );
    await pg.query(
      `INSERT INTO timeline_event ("workspaceId", "clientId", type, "occurredAt", summary)
       SELECT c."workspaceId", c.id, (ARRAY['NOTE','CALL','EMAIL','MEETING','PROJECT'])[1 + n % 5],
              c."createdAt" + (n || ' hours')::interval, 'Event ' || n || ' of ' || c.name
       FROM client c CROSS JOIN generate_series(1, 10) AS n WHERE c."workspaceId" = $1`,
      [wsId],
    );
    await pg.query(
      `WITH p AS (SELECT id, "clientId", "hourlyRate", row_number() OVER (ORDER BY id) - 1 AS k FROM project WHERE "workspaceId" = $1)
       INSERT INTO time_entry ("workspaceId", "userId", "projectId", "clientId", date, minutes, billable, "billRate", "costRate", description)
       SELECT $1, CASE WHEN i % 3 = 0 THEN $3::uuid ELSE $4::uuid END, p.id, p."clientId",
              (now() - ((i % 365) || ' days')::interval)::date, 15 + i % 226, i % 4 <> 0,
              COALESCE(p."hourlyRate", 0), CASE WHEN i % 3 = 0 THEN 4000 ELSE 6000 END, 'Work ' || i
       FROM generate_series(0, $2 - 1) AS i
       JOIN p ON p.k = i % (SELECT count(*) FROM project WHERE "workspaceId" = $1)`,
      [wsId, ENTRIES, memberId, ownerId],
    );
    await pg.query('COMMIT');
    await pg.query('VACUUM ANALYZE');
    console.log(
      `seeded ${CLIENTS} clients, ${CLIENTS * PROJECTS_PER_CLIENT} projects, ${ENTRIES} time entries in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return { wsId };
  } finally {
    await pg.end();
  }
}

async function main() {
  const { stack } = await openBenchStack({
    dataDirName: 'bench-projects-postgres',
    port: Number(process.env.BENCH_PROJECTS_PG_PORT ?? 54363),
    database: 'clientflow_bench_projects',
    seed,
  });
  const owner = await stack.signIn(`owner@${SLUG}.test`, PASSWORD);
  const member = await stack.signIn(`member@${SLUG}.test`, PASSWORD);
  const gql = stack.gql;
  // Sequential requests: the figures are latencies of one caller.
  const run = (n: number, once: (i: number) => Promise<unknown>) => measure(n, 1, once);
  const pages = Math.floor(CLIENTS / 50);
  const clientPage = (i: number) => ({ page: { offset: ((i * 37) % pages) * 50, limit: 50 } });

  const sql = {
    ownerDashboard: await gql(owner, DASHBOARD),
    memberDashboard: await gql(member, DASHBOARD),
    metrics: await gql(owner, CLIENT_METRICS, clientPage(1)),
  };
  await run(20, () => gql(owner, DASHBOARD)); // warm-up
  const projectPage = (i: number) => ({
    page: { offset: ((i * 37) % 20) * 50, limit: 50 },
    filter: { status: ['ACTIVE'] },
  });
  const sqlProjects = await gql(owner, PROJECT_LIST, projectPage(1));

  const rows: [string, Awaited<ReturnType<typeof run>>][] = [
    [`dashboard, OWNER (${sql.ownerDashboard} SQL)`, await run(REQUESTS, () => gql(owner, DASHBOARD))],
    [`dashboard, MEMBER (${sql.memberDashboard} SQL)`, await run(REQUESTS, () => gql(member, DASHBOARD))],
    [
      `clients page of 50 with metrics + time totals (${sql.metrics} SQL)`,
      await run(REQUESTS, (i) => gql(owner, CLIENT_METRICS, clientPage(i))),
    ],
    [
      `projects page of 50 ACTIVE with progress + hours, first 20 pages (${sqlProjects} SQL)`,
      await run(REQUESTS, (i) => gql(owner, PROJECT_LIST, projectPage(i))),
    ],
  ];

  const f = ms;
  console.log(
    `\nprojects & dashboard; ${CLIENTS} clients / ${CLIENTS * PROJECTS_PER_CLIENT} projects / ${ENTRIES} time entries; ${REQUESTS} sequential requests per row`,
  );
  console.log(`| scenario | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|`);
  for (const [name, r] of rows) console.log(`| ${name} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} |`);

  await stack.close();
}

runBench(main);
