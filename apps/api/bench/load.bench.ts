import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { print, type DocumentNode } from 'graphql';
import {
  ClientDocument,
  ClientNotesDocument,
  ClientsDocument,
  CreateNoteDocument,
  DashboardDocument,
  InvoicesDocument,
  NotificationsDocument,
  OpenTicketsCountDocument,
  ProjectsDocument,
  TicketsDocument,
} from '../../../packages/graphql-types/src/admin';
import { createDataSource } from '../src/data-source';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../src/demo-seed';
import { refreshClientSearchText } from '../src/modules/clients/client-search';
import { ROOT_DIR } from '../src/platform/config/config';
import { createDatabaseIfMissing } from '../src/platform/db/database-url';
import { EmbeddedPostgres } from '../src/platform/db/embedded-postgres';
import { migrateDatabase } from '../src/platform/db/migrate';
import { spawnApi, type NodeProcess } from '../test/faults-kit';
import { BENCH_SESSION_SECRET, ms, runBench } from './bench-kit';

/**
 * `pnpm bench:load`: a mixed admin workload (the SPA's own operations: client lists, searches and details, notes,
 * the dashboard, the notification bell, projects, invoices and tickets lists, and 5 % writes) offered at fixed rates
 * for BENCH_LOAD_SECONDS each, evenly spaced (open loop: a request is sent when it is due, whether or not the earlier
 * ones have been answered, and its latency counts from when it was due). Against real `src/main.ts` processes as an
 * operator runs them (NODE_ENV=production): one API process working the job queue itself, then two API processes
 * (requests alternate between them, as a load balancer would) plus one `src/worker.ts`. Prints, per rate, the rate
 * achieved (successful answers per second), failures, refusals by load shedding (503 SERVICE_OVERLOADED), p50/p95/p99
 * of the successful answers, and the API processes' RSS and CPU.
 * Env: BENCH_LOAD_RATES (100,200,300,400), BENCH_LOAD_SECONDS (60), BENCH_LOAD_SCENARIOS (one,two),
 * BENCH_LOAD_PG_PORT (54368), BENCH_LOAD_CLIENTS (300 extra clients beside the demo data), BENCH_CPU_PROF (CPU
 * profiles of the API processes into /tmp/load-prof), DATABASE_URL (else embedded); LOAD_SHED_MAX_INFLIGHT / LOAD_SHED_MAX_LAG_MS are passed on to the API processes (0 = shedding off).
 */
const RATES = (process.env.BENCH_LOAD_RATES ?? '100,200,300,400').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const SCENARIOS = (process.env.BENCH_LOAD_SCENARIOS ?? 'one,two').split(',').map((s) => s.trim());
const EXTRA_CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 300);
const PG_PORT = Number(process.env.BENCH_LOAD_PG_PORT ?? 54368);
const DATA_DIR = path.join(ROOT_DIR, '.data', 'bench-load');
const TIMEOUT_MS = 10_000;
/** BENCH_CPU_PROF=1: CPU profiles of the API processes, written to /tmp/load-prof when they stop. */
const PER_OPERATION = Boolean(process.env.BENCH_LOAD_PER_OP);
const PROFILE = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/load-prof'] : [];

interface Operation {
  weight: number;
  name: string;
  body: (i: number) => string;
}

interface Fixture {
  cookie: string;
  clientIds: string[];
}

const SEARCHES = ['an', 'studio', 'lima', 'co', 'bench 1', 'ro', 'design', 'x'];

function operations(f: Fixture): Operation[] {
  const op = (weight: number, doc: DocumentNode, variables: (i: number) => object): Operation => {
    const query = print(doc);
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'operation';
    return { weight, name, body: (i) => JSON.stringify({ query, operationName: name, variables: variables(i) }) };
  };
  const client = (i: number) => f.clientIds[i % f.clientIds.length];
  return [
    op(22, ClientsDocument, (i) => ({ withFinancials: true, page: { limit: 25, offset: (i % 4) * 25 } })),
    op(10, ClientsDocument, (i) => ({ withFinancials: true, filter: { search: SEARCHES[i % SEARCHES.length] } })),
    op(12, ClientDocument, (i) => ({ id: client(i), withFinancials: true })),
    op(6, ClientNotesDocument, (i) => ({ clientId: client(i) })),
    op(12, DashboardDocument, () => ({})),
    op(8, NotificationsDocument, () => ({ first: 20 })),
    op(5, OpenTicketsCountDocument, () => ({})),
    op(8, ProjectsDocument, () => ({ page: { limit: 25 } })),
    op(7, InvoicesDocument, () => ({ page: { limit: 25 } })),
    op(5, TicketsDocument, () => ({ page: { limit: 25 } })),
    op(5, CreateNoteDocument, (i) => ({
      input: { clientId: client(i), kind: 'CONTEXT', body: `Load bench note ${i}`, important: false },
    })),
  ];
}

/** The operation of request i: a fixed, interleaved sequence with the weights above. */
function schedule(ops: Operation[]): Operation[] {
  const seq: Operation[] = [];
  for (const o of ops) for (let k = 0; k < o.weight; k++) seq.push(o);
  // A deterministic shuffle so the kinds interleave.
  for (let i = seq.length - 1, s = 7; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [seq[i], seq[j]] = [seq[j], seq[i]];
  }
  return seq;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

type Outcome = 'ok' | 'error' | 'shed';

/** One GraphQL request; `queries` is the x-sql-queries header (0 unless SQL_QUERY_COUNT is on). */
function post(port: number, cookie: string, body: string): Promise<{ status: number; text: string; queries: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        timeout: TIMEOUT_MS,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text, queries: Number(res.headers['x-sql-queries'] ?? 0) }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

async function send(port: number, cookie: string, body: string): Promise<Outcome> {
  try {
    const { status, text } = await post(port, cookie, body);
    if (status === 503 && text.includes('SERVICE_OVERLOADED')) return 'shed';
    if (status !== 200) return 'error';
    return (JSON.parse(text) as { errors?: unknown }).errors ? 'error' : 'ok';
  } catch {
    return 'error';
  }
}

const sleep = (msDelay: number) => new Promise((r) => setTimeout(r, msDelay));
const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/** CPU ticks (user + system) and RSS of a process, from /proc. */
function procStats(pid: number): { cpuMs: number; rssMb: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuMs: ticks * 10, rssMb: Number(rss ?? 0) / 1024 };
}

/**
 * CPU used so far by the embedded PostgreSQL (none with DATABASE_URL): its postmaster (the one whose command line names
 * this bench's data folder), its live children, and the children it has already reaped (cutime/cstime), so backends
 * that end during a step still count.
 */
function postgresCpuMs(): number {
  let total = 0;
  let master: number | undefined;
  const stats = new Map<number, string[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      stats.set(Number(d), stat.slice(stat.lastIndexOf(')') + 2).split(' '));
      if (!master && fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(path.join(DATA_DIR, 'postgres'))) {
        master = Number(d);
      }
    } catch {
      // a process that ended meanwhile
    }
  }
  if (!master) return 0;
  for (const [pid, f] of stats) {
    if (pid === master) total += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    else if (Number(f[1]) === master) total += Number(f[11]) + Number(f[12]);
  }
  return total * 10;
}

interface StepResult {
  offered: number;
  achieved: number;
  errors: number;
  shed: number;
  total: number;
  p50: number;
  p95: number;
  p99: number;
  rssMb: number;
  cpuPct: number;
  pgCpuPct: number;
  benchCpuPct: number;
}

/** Offers `rate` requests per second for `seconds`, spread evenly over the API ports (round robin). */
async function step(ports: number[], pids: number[], seq: Operation[], f: Fixture, rate: number, seconds: number) {
  const n = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let errors = 0;
  let shed = 0;
  const cpuBefore = pids.map((p) => procStats(p).cpuMs);
  const pgBefore = postgresCpuMs();
  const benchBefore = process.cpuUsage();
  const start = performance.now() + 20;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait >= 1) await sleep(wait);
    const op = seq[i % seq.length];
    pending.push(
      send(ports[i % ports.length], f.cookie, op.body(i)).then((outcome) => {
        if (outcome === 'ok') latencies.push(performance.now() - due);
        else if (outcome === 'shed') shed += 1;
        else errors += 1;
      }),
    );
  }
  await Promise.all(pending);
  const wall = (performance.now() - start) / 1000;
  const cpu = pids.reduce((sum, p, k) => sum + procStats(p).cpuMs - cpuBefore[k], 0);
  const pgCpu = postgresCpuMs() - pgBefore;
  const bench = process.cpuUsage(benchBefore);
  latencies.sort((a, b) => a - b);
  return {
    offered: rate,
    achieved: latencies.length / wall,
    errors,
    shed,
    total: n,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    rssMb: pids.reduce((sum, p) => sum + procStats(p).rssMb, 0),
    cpuPct: (cpu / (wall * 1000)) * 100,
    pgCpuPct: (pgCpu / (wall * 1000)) * 100,
    benchCpuPct: ((bench.user + bench.system) / 1000 / (wall * 1000)) * 100,
  } satisfies StepResult;
}

async function prepare(url: string): Promise<string[]> {
  const ds = createDataSource(url, { poolSize: 4 });
  await ds.initialize();
  await migrateDatabase(ds);
  await seedDemo(ds);
  const owner = DEMO_USERS.find((u) => u.role === 'OWNER') ?? DEMO_USERS[0];
  const [{ workspaceId }] = await ds.query(
    `SELECT m."workspaceId" FROM membership m JOIN app_user u ON u.id = m."userId" WHERE u.email = $1 LIMIT 1`,
    [owner.email],
  );
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM client WHERE "workspaceId" = $1`, [workspaceId]);
  for (let i = n; i < EXTRA_CLIENTS; i++) {
    const [row] = await ds.query(
      `INSERT INTO client ("workspaceId", name, email, status, industry) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [workspaceId, `Bench ${i} Studio`, `bench${i}@load.test`, i % 3 ? 'ACTIVE' : 'PROSPECT', 'Design'],
    );
    await refreshClientSearchText(ds.manager, row.id);
  }
  const ids: { id: string }[] = await ds.query(
    `SELECT id FROM client WHERE "workspaceId" = $1 AND "deletedAt" IS NULL ORDER BY "createdAt" LIMIT 200`,
    [workspaceId],
  );
  await ds.destroy();
  return ids.map((r) => r.id);
}

function startProcesses(url: string, apis: number): { api: NodeProcess[]; worker?: NodeProcess } {
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    SESSION_SECRET: BENCH_SESSION_SECRET,
    DATA_DIR: path.join(DATA_DIR, 'api'),
    API_PORT: '0',
    API_HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    MAIL_CATCHER: 'false',
    SMTP_URL: 'smtp://127.0.0.1:1',
    PAYMENTS_PROVIDER: 'off',
    JOBS_WORKER: apis === 1 ? 'true' : 'false',
    // Counting SQL per request costs CPU (an AsyncLocalStorage); only the per-operation table needs it.
    SQL_QUERY_COUNT: PER_OPERATION ? 'true' : 'false',
  };
  const api = Array.from({ length: apis }, () =>
    spawnApi('src/main.ts', env, /GraphQL\s+http:\/\/localhost:(\d+)\/graphql/, PROFILE),
  );
  const worker =
    apis > 1 ? spawnApi('src/worker.ts', { ...env, JOBS_WORKER: 'true' }, /ClientFlow worker is up/) : undefined;
  return { api, worker };
}

async function signIn(port: number): Promise<string> {
  const owner = DEMO_USERS.find((u) => u.role === 'OWNER') ?? DEMO_USERS[0];
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { role } } }`,
      variables: { e: owner.email, p: DEMO_PASSWORD },
    });
    const req = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        const cookie = res.headers['set-cookie']?.[0]?.split(';')[0];
        if (cookie) resolve(cookie);
        else reject(new Error(`sign-in failed (${res.statusCode})`));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The API process's CPU and SQL statements per request of each operation, one request at a time (BENCH_LOAD_PER_OP). */
async function perOperation(port: number, pid: number, f: Fixture): Promise<void> {
  console.log('\noperation (one at a time)        API CPU ms/request  PostgreSQL CPU ms  SQL/request  latency ms');
  const only = process.env.BENCH_LOAD_PER_OP_ONLY;
  for (const op of operations(f).filter((o) => !only || o.name === only)) {
    const n = Number(process.env.BENCH_LOAD_PER_OP_N ?? 200);
    const cpu = procStats(pid).cpuMs;
    const pgCpu = postgresCpuMs();
    let sql = 0;
    const started = performance.now();
    for (let i = 0; i < n; i++) {
      const { text, status, queries } = await post(port, f.cookie, op.body(i));
      if (status !== 200 || text.includes('"errors"')) throw new Error(`${op.name}: ${text.slice(0, 300)}`);
      sql += queries;
    }
    const wall = performance.now() - started;
    console.log(
      `${`${op.name}${op.weight ? ` (${op.weight} %)` : ''}`.padEnd(32)} ${((procStats(pid).cpuMs - cpu) / n).toFixed(2).padStart(18)}  ${((postgresCpuMs() - pgCpu) / n).toFixed(2).padStart(17)}  ${(sql / n).toFixed(1).padStart(11)}  ${(wall / n).toFixed(1).padStart(10)}`,
    );
  }
}

async function main() {
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = new EmbeddedPostgres({
      dataDir: path.join(DATA_DIR, 'postgres'),
      port: PG_PORT,
      database: 'clientflow',
    });
    await embedded.start();
    await embedded.ensureDatabase(createDatabaseIfMissing);
    url = embedded.url;
  }
  const clientIds = await prepare(url);
  const shedding = `LOAD_SHED_MAX_INFLIGHT=${process.env.LOAD_SHED_MAX_INFLIGHT ?? 'default'}, LOAD_SHED_MAX_LAG_MS=${process.env.LOAD_SHED_MAX_LAG_MS ?? 'default'}`;
  console.log(
    `load bench: ${RATES.join(', ')} req/s offered for ${SECONDS} s each; ${clientIds.length} clients listed; ${shedding}`,
  );
  try {
    for (const scenario of SCENARIOS) {
      const apis = scenario === 'two' ? 2 : 1;
      const { api, worker } = startProcesses(url, apis);
      try {
        const ports = (await Promise.all(api.map((a) => a.ready))).map((m) => Number(m[1]));
        await worker?.ready;
        const pids = api.map((a) => a.child.pid!);
        const fixture: Fixture = { cookie: await signIn(ports[0]), clientIds };
        const seq = schedule(operations(fixture));
        await step(ports, pids, seq, fixture, 50, 5); // warm-up: JIT, pools, caches
        if (PER_OPERATION) await perOperation(ports[0], pids[0], fixture);
        console.log(
          `\n${apis === 1 ? 'one API process (its own job worker)' : 'two API processes + one worker process'}`,
        );
        console.log(
          'offered  achieved  failed  shed    p50 ms   p95 ms   p99 ms  API RSS MB  CPU %: API  PostgreSQL  bench',
        );
        for (const rate of RATES) {
          const r = await step(ports, pids, seq, fixture, rate, SECONDS);
          const failed = ((r.errors + r.shed) / r.total) * 100;
          console.log(
            `${String(r.offered).padStart(7)}  ${r.achieved.toFixed(1).padStart(8)}  ${`${failed.toFixed(2)}%`.padStart(6)}  ${String(r.shed).padStart(4)}  ${ms(r.p50)}  ${ms(r.p95)}  ${ms(r.p99)}  ${r.rssMb.toFixed(0).padStart(10)}  ${r.cpuPct.toFixed(0).padStart(10)}  ${r.pgCpuPct.toFixed(0).padStart(10)}  ${r.benchCpuPct.toFixed(0).padStart(5)}`,
          );
          if (r.errors) console.log(`         (${r.errors} failed without being shed: timeouts or errors)`);
          await sleep(2_000); // let queues drain between steps
        }
      } finally {
        await Promise.all([...api, ...(worker ? [worker] : [])].map((p) => p.kill('SIGTERM')));
      }
    }
  } finally {
    agent.destroy();
    embedded?.stop();
  }
}

runBench(main);
