import { Client as PgClient } from 'pg';
import { STAFF_COOKIE } from '../src/platform/auth/cookies';
import { SessionTokens } from '../src/platform/auth/session-token';
import { BENCH_SESSION_SECRET, measure, ms, openBenchStack, runBench } from './bench-kit';

/**
 * What server-side sessions cost each request (issue 14): the staff viewer is re-read in ONE statement that also
 * checks the session row and bumps its last-seen time at most once a minute. Compares that statement with the
 * membership-only re-read it replaced, on a table of BENCH_SESSIONS sessions, and counts statements per request.
 */
const USERS = Number(process.env.BENCH_SESSION_USERS ?? 200);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 50_000);
const N = Number(process.env.BENCH_REQUESTS ?? 2000);
const SLUG = 'bench-sessions';

const OLD_VIEWER = `SELECT m."userId", m.role, w."memberCanViewFinancials" FROM membership m JOIN workspace w ON w.id = m."workspaceId"
  WHERE m."workspaceId" = $1 AND m."userId" = ANY($2::uuid[])`;
const NEW_VIEWER = `WITH live AS (
    SELECT s.id, s."lastSeenAt" FROM user_session s
     WHERE s.id = $3 AND s."userId" = $2 AND s."revokedAt" IS NULL AND s."expiresAt" > now()
  ), seen AS (
    UPDATE user_session SET "lastSeenAt" = now() WHERE id = (SELECT id FROM live WHERE "lastSeenAt" < now() - interval '1 minute')
  )
  SELECT m.role, w."memberCanViewFinancials" FROM membership m JOIN workspace w ON w.id = m."workspaceId" JOIN live ON true
   WHERE m."workspaceId" = $1 AND m."userId" = $2`;

async function seed(url: string) {
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  try {
    let ws: string | undefined = (await pg.query(`SELECT id FROM workspace WHERE slug = $1`, [SLUG])).rows[0]?.id;
    if (!ws) {
      ws = (await pg.query(`INSERT INTO workspace (name, slug) VALUES ('Bench sessions', $1) RETURNING id`, [SLUG]))
        .rows[0].id as string;
      await pg.query(
        `WITH u AS (INSERT INTO app_user (name, email, "passwordHash")
           SELECT 'User ' || i, 'user' || i || '@bench-sessions.test', 'x' FROM generate_series(1, $2) i RETURNING id)
         INSERT INTO membership ("userId", "workspaceId", role) SELECT id, $1, 'ADMIN' FROM u`,
        [ws, USERS],
      );
      await pg.query(
        `INSERT INTO user_session ("userId", ip, "userAgent", "expiresAt", "revokedAt")
         SELECT m."userId", '10.0.' || (i % 250) || '.' || (i % 200), 'bench', now() + interval '7 days',
                CASE WHEN i % 3 = 0 THEN now() END
           FROM generate_series(1, $2) i
           JOIN LATERAL (SELECT "userId" FROM membership WHERE "workspaceId" = $1 OFFSET (i % $3) LIMIT 1) m ON true`,
        [ws, SESSIONS, USERS],
      );
      await pg.query('ANALYZE');
    }
    const live: { id: string; userId: string }[] = (
      await pg.query(
        `SELECT DISTINCT ON (s."userId") s.id, s."userId" FROM user_session s JOIN membership m ON m."userId" = s."userId"
          WHERE m."workspaceId" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now()`,
        [ws],
      )
    ).rows;
    return { workspaceId: ws, sessions: live };
  } finally {
    await pg.end();
  }
}

async function main() {
  const { stack, seeded } = await openBenchStack({
    dataDirName: 'bench-sessions-postgres',
    port: Number(process.env.BENCH_SESSIONS_PG_PORT ?? 54365),
    database: 'clientflow_bench_sessions',
    seed,
  });
  const { workspaceId, sessions } = seeded;
  const pick = (i: number) => sessions[i % sessions.length];
  console.log(`sessions bench: ${USERS} users, ${SESSIONS} session rows, ${N} requests per scenario`);

  for (let i = 0; i < 200; i++) await stack.ds.query(NEW_VIEWER, [workspaceId, pick(i).userId, pick(i).id]);
  const before = await measure(N, 1, (i) => stack.ds.query(OLD_VIEWER, [workspaceId, [pick(i).userId]]));
  const after = await measure(N, 1, (i) => stack.ds.query(NEW_VIEWER, [workspaceId, pick(i).userId, pick(i).id]));
  // Every session seen more than a minute ago: each statement also writes the last-seen bump.
  await stack.ds.query(`UPDATE user_session SET "lastSeenAt" = now() - interval '2 minutes'`);
  const bumping = await measure(Math.min(N, sessions.length), 1, (i) =>
    stack.ds.query(NEW_VIEWER, [workspaceId, pick(i).userId, pick(i).id]),
  );

  const tokens = new SessionTokens(BENCH_SESSION_SECRET);
  const cookies = await Promise.all(
    sessions.map(
      async (s) => `${STAFF_COOKIE}=${await tokens.sign({ kind: 'staff', sub: s.userId, ws: workspaceId, sid: s.id })}`,
    ),
  );
  let statements = 0;
  const http = await measure(N, 1, async (i) => {
    statements = await stack.gql(cookies[i % cookies.length], `{ workspaceMembers { id } }`);
  });

  console.log('scenario                                   p50 ms  p95 ms  p99 ms');
  console.log(`viewer re-read before sessions (SQL)     ${ms(before.p50)} ${ms(before.p95)} ${ms(before.p99)}`);
  console.log(`viewer + session check (SQL)             ${ms(after.p50)} ${ms(after.p95)} ${ms(after.p99)}`);
  console.log(`viewer + session check + last-seen write ${ms(bumping.p50)} ${ms(bumping.p95)} ${ms(bumping.p99)}`);
  console.log(`HTTP { workspaceMembers } end to end     ${ms(http.p50)} ${ms(http.p95)} ${ms(http.p99)}`);
  console.log(`SQL statements per request (x-sql-queries): ${statements} (viewer 1 + the members list 1)`);
  await stack.close();
}

runBench(main);
