import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { hashPassword } from '../src/auth/password';
import { ms, openBenchStack, runBench } from './bench-kit';
import { clock, createSubscribers, type SubscriberWorkload } from './fanout-clients';

/**
 * `pnpm bench:fanout`: live-update fan-out. N graphql-ws subscribers (default 1,000, one staff session: many tabs of
 * one user) all watch the same ticket thread (`ticketThread(ticketId)`); each round one `replyToTicket` mutation
 * (a public staff reply: message row, ticket update, read marker, reply email in the outbox, then two NOTIFYs:
 * the message and the ticket change). Latency = mutation start → the `next` frame carrying the message arriving at
 * each subscriber (timed on arrival, before any parsing); a round ends when every subscriber also has the ticket
 * frame. Scenarios: one API process (all subscribers, mutation on it); two API processes (half each, mutation on the
 * first, so half the deliveries cross processes through LISTEN/NOTIFY); the thread with viewer-dependent relation
 * fields (`author`, `unread`, one batched query per execution); the old client-timeline scenario. Also memory per
 * idle subscriber on the API process (RSS and heap after GC, delta / N). API processes are forked children; the
 * subscriber sockets are raw graphql-transport-ws sockets in this process (BENCH_FANOUT_CLIENT_PROCS=n moves them
 * into n forked client processes instead).
 * Env: BENCH_SUBSCRIBERS (1000), BENCH_FANOUT_ROUNDS (30), BENCH_FANOUT_PG_PORT (54364), BENCH_FANOUT_SCENARIOS
 * (comma list of: thread1, thread2, relations1, timeline1; default all), BENCH_FANOUT_CLIENT_PROCS (0),
 * BENCH_CPU_PROF (CPU profiles of the API processes over the measured rounds, into /tmp/fanout-prof), DATABASE_URL
 * (else embedded).
 */
const N = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const ROUNDS = Number(process.env.BENCH_FANOUT_ROUNDS ?? 30);
const CLIENT_PROCS = Number(process.env.BENCH_FANOUT_CLIENT_PROCS ?? 0);
const SCENARIOS = (process.env.BENCH_FANOUT_SCENARIOS ?? 'thread1,thread2,relations1,timeline1').split(',').map((s) => s.trim());
const PROFILE = Boolean(process.env.BENCH_CPU_PROF);
const PASSWORD = 'bench-password';
const SLUG = 'bench-fanout';
// The bench's own in-process API only signs in: its job worker would deliver the reply emails on the client side.
process.env.JOBS_WORKER = 'false';

const THREAD = `subscription($id: ID!) { ticketThread(ticketId: $id) { ticketId message { id body internal createdAt } ticket { id status priority assigneeUserId lastMessageAt } } }`;
const THREAD_RELATIONS = `subscription($id: ID!) { ticketThread(ticketId: $id) { ticketId message { id body internal createdAt author { kind id name } } ticket { id status priority lastMessageAt unread assignee { id name } } } }`;
const REPLY = `mutation($id: ID!, $body: String!) { replyToTicket(id: $id, body: $body) { id } }`;
const TIMELINE = `subscription($id: ID!) { clientTimelineEvents(clientId: $id) { id type summary occurredAt portalVisible } }`;
const CREATE_ENTRY = `mutation($input: CreateTimelineEntryInput!) { createTimelineEntry(input: $input) { id } }`;

interface Seeded {
  email: string;
  clientId: string;
  ticketId: string;
}

async function seed(url: string): Promise<Seeded> {
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  try {
    const email = `owner@${SLUG}.test`;
    const existing = await pg.query(
      `SELECT c.id AS "clientId", t.id AS "ticketId" FROM workspace w JOIN client c ON c."workspaceId" = w.id
         LEFT JOIN ticket t ON t."clientId" = c.id WHERE w.slug = $1`,
      [SLUG],
    );
    let clientId: string;
    let ws: string;
    if (existing.rowCount) {
      if (existing.rows[0].ticketId) return { email, clientId: existing.rows[0].clientId, ticketId: existing.rows[0].ticketId };
      clientId = existing.rows[0].clientId;
      ws = (await pg.query(`SELECT id FROM workspace WHERE slug = $1`, [SLUG])).rows[0].id;
    } else {
      ws = (await pg.query(`INSERT INTO workspace (name, slug) VALUES ('Bench fan-out', $1) RETURNING id`, [SLUG])).rows[0].id;
      const user = (await pg.query(`INSERT INTO app_user (name, email, "passwordHash") VALUES ('Bench owner', $1, $2) RETURNING id`, [email, await hashPassword(PASSWORD)])).rows[0].id;
      await pg.query(`INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, 'OWNER')`, [user, ws]);
      clientId = (await pg.query(`INSERT INTO client ("workspaceId", name, status) VALUES ($1, 'Watched client', 'ACTIVE') RETURNING id`, [ws])).rows[0].id;
    }
    // A ticket a portal contact opened (so every staff reply also queues the reply email, as in the product).
    const contact = (
      await pg.query(
        `INSERT INTO contact ("workspaceId", "clientId", name, email, "portalAccess", "isPrimary") VALUES ($1, $2, 'Casey Client', $3, true, true) RETURNING id`,
        [ws, clientId, `casey@${SLUG}.test`],
      )
    ).rows[0].id;
    const ticketId = (
      await pg.query(
        `INSERT INTO ticket ("workspaceId", "clientId", subject, "openedByContactId") VALUES ($1, $2, 'Invoice 2026-014 shows the wrong VAT rate', $3) RETURNING id`,
        [ws, clientId, contact],
      )
    ).rows[0].id;
    await pg.query(
      `INSERT INTO ticket_message ("workspaceId", "ticketId", "clientId", body, "authorContactId") VALUES ($1, $2, $3, 'Hello, the VAT on our last invoice looks wrong. Could you check?', $4)`,
      [ws, ticketId, clientId, contact],
    );
    return { email, clientId, ticketId };
  } finally {
    await pg.end();
  }
}

interface ApiProcess {
  port: number;
  call<T>(cmd: 'count' | 'mem' | 'cpu' | 'stop' | 'profStart' | 'profStop', args?: object): Promise<T>;
}

function forkApi(databaseUrl: string): Promise<ApiProcess> {
  const child: ChildProcess = fork(path.join(__dirname, 'fanout-api.ts'), [], {
    execArgv: ['--expose-gc', '-r', '@swc-node/register'],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  let seq = 0;
  const pending = new Map<number, (v: unknown) => void>();
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`API process exited with ${code}`)));
    child.on('message', (msg: { ready?: number; id?: number; value?: unknown }) => {
      if (msg.ready) {
        resolve({
          port: msg.ready,
          call: <T>(cmd: string, args: object = {}) =>
            new Promise<T>((res) => {
              const id = ++seq;
              pending.set(id, res as (v: unknown) => void);
              child.send({ id, cmd, ...args });
            }),
        });
      } else if (msg.id) pending.get(msg.id)?.(msg.value);
    });
  });
}

/** What a scenario subscribes to, and how a round is written. */
interface Workload extends SubscriberWorkload {
  /** LiveBus registrations per subscriber (a thread listens to messages and to the ticket). */
  registrations: number;
  mutate(round: number): { query: string; variables: Record<string, unknown> };
}

const threadWorkload = (ticketId: string, query: string): Workload => ({
  query,
  variables: { id: ticketId },
  framesPerRound: 2, // the message, then the ticket change (a public reply moves the ticket)
  registrations: 2,
  timed: 'message',
  mutate: (round) => ({ query: REPLY, variables: { id: ticketId, body: `Thanks, we are looking into it (round ${round}).` } }),
});

const timelineWorkload = (clientId: string): Workload => ({
  query: TIMELINE,
  variables: { id: clientId },
  framesPerRound: 1,
  registrations: 1,
  timed: 'all',
  mutate: (round) => ({
    query: CREATE_ENTRY,
    variables: { input: { clientId, type: 'NOTE', summary: `Fan-out round ${round}`, occurredAt: new Date().toISOString() } },
  }),
});

const subscriberArgs = ({ query, variables, framesPerRound, timed }: Workload): SubscriberWorkload => ({ query, variables, framesPerRound, timed });

/** Where subscriber sockets live: this process, or forked client processes (fanout-clients.ts). */
interface SubscriberPool {
  open(port: number, count: number, w: Workload): Promise<void>;
  /** Arms a round; `wait` then resolves with the arrivals (clock() ms) of the timed frames once all frames are in. */
  arm(w: Workload): Promise<{ wait(): Promise<number[]> }>;
  closeAll(): Promise<void>;
  /** CPU ms used by the subscriber side so far. */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function localPool(cookie: string): SubscriberPool {
  const subs = createSubscribers(cookie);
  return {
    open: (port, count, w) => subs.open(port, count, subscriberArgs(w)),
    async arm(w) {
      const arrivals = subs.arm(subscriberArgs(w));
      return { wait: () => arrivals };
    },
    async closeAll() {
      subs.closeAll();
    },
    async cpu() {
      return cpuMs();
    },
    async stop() {},
  };
}

/** Subscribers spread over forked client processes (each with its own event loop). */
async function forkedPool(cookie: string, procs: number): Promise<SubscriberPool> {
  const children = await Promise.all(
    Array.from({ length: procs }, () => {
      const child = fork(path.join(__dirname, 'fanout-clients.ts'), [], { execArgv: ['-r', '@swc-node/register'], env: process.env });
      let seq = 0;
      const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
      const ready = new Promise<void>((resolve) => {
        child.on('message', (msg: { ready?: boolean; id: number; value?: unknown; error?: string }) => {
          if (msg.ready) return resolve();
          const p = pending.get(msg.id);
          pending.delete(msg.id);
          if (msg.error) p?.reject(new Error(msg.error));
          else p?.resolve(msg.value);
        });
      });
      const call = <T>(cmd: string, args: object = {}) =>
        new Promise<T>((resolve, reject) => {
          const id = ++seq;
          pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
          child.send({ id, cmd, ...args });
        });
      return ready.then(() => call);
    }),
  );
  return {
    async open(port, count, w) {
      const per = Math.ceil(count / procs);
      await Promise.all(children.map((call, i) => call('open', { port, cookie, count: Math.max(0, Math.min(per, count - i * per)), workload: subscriberArgs(w) })));
    },
    async arm(w) {
      await Promise.all(children.map((call) => call('arm', { workload: subscriberArgs(w) })));
      return { wait: async () => (await Promise.all(children.map((call) => call<number[]>('wait')))).flat() };
    },
    async closeAll() {
      await Promise.all(children.map((call) => call('closeAll')));
    },
    async cpu() {
      return (await Promise.all(children.map((call) => call<number>('cpu')))).reduce((s, v) => s + v, 0);
    },
    async stop() {
      await Promise.all(children.map((call) => call('stop').catch(() => undefined)));
    },
  };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * What LiveBus.subscriberCount reads once `n` subscribers of one session are in: subscribers with the same viewer,
 * document and variables share one group, i.e. one set of bus registrations plus one follower each for the others.
 */
const expectedCount = (n: number, w: Workload) => (n === 0 ? 0 : w.registrations + n - 1);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Opens `counts[i]` subscribers on `apis[i]`, runs the rounds (mutation on apis[0]), closes the sockets. */
async function scenario(label: string, pool: SubscriberPool, apis: ApiProcess[], counts: number[], cookie: string, w: Workload) {
  for (const [i, api] of apis.entries()) {
    await pool.open(api.port, counts[i], w);
    await until(async () => (await api.call<number>('count')) === expectedCount(counts[i], w));
  }
  const mutate = (round: number) =>
    fetch(`http://127.0.0.1:${apis[0].port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(w.mutate(round)),
    }).then((r) => r.json());
  const latencies: number[] = [];
  let mutationMs = 0;
  let cpuMs = 0;
  let clientCpuMs = 0;
  for (let round = -3; round < ROUNDS; round++) {
    const recording = round >= 0; // three warm-up rounds
    if (round === 0 && PROFILE) await Promise.all(apis.map((a) => a.call('profStart')));
    const cpuBefore = recording ? await Promise.all(apis.map((a) => a.call<number>('cpu'))) : [];
    const clientBefore = recording ? await pool.cpu() : 0;
    const armed = await pool.arm(w);
    const t0 = clock();
    const res = (await mutate(round)) as { errors?: unknown };
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const mutationDone = clock() - t0;
    const times = (await armed.wait()).map((at) => at - t0);
    await new Promise((r) => setTimeout(r, 100));
    if (recording) {
      mutationMs += mutationDone;
      latencies.push(...times);
      const cpuAfter = await Promise.all(apis.map((a) => a.call<number>('cpu')));
      cpuMs += cpuAfter.reduce((s, v, i) => s + v - cpuBefore[i], 0);
      clientCpuMs += (await pool.cpu()) - clientBefore;
    }
  }
  if (PROFILE) console.log('CPU profiles:', ...(await Promise.all(apis.map((a, i) => a.call<string>('profStop', { label: `${label}-api${i + 1}` })))));
  await pool.closeAll();
  for (const api of apis) await until(async () => (await api.call<number>('count')) === 0);
  latencies.sort((a, b) => a - b);
  return {
    p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), max: latencies[latencies.length - 1],
    mutation: mutationMs / ROUNDS, cpu: cpuMs / ROUNDS, clientCpu: clientCpuMs / ROUNDS,
  };
}

async function main() {
  const { stack, seeded } = await openBenchStack({ dataDirName: 'bench-fanout-postgres', port: Number(process.env.BENCH_FANOUT_PG_PORT ?? 54364), database: 'clientflow_bench_fanout', seed });
  const cookie = await stack.signIn(seeded.email, PASSWORD);
  const [p1, p2] = await Promise.all([forkApi(stack.url), forkApi(stack.url)]);
  const pool = CLIENT_PROCS > 0 ? await forkedPool(cookie, CLIENT_PROCS) : localPool(cookie);
  const thread = threadWorkload(seeded.ticketId, THREAD);
  const load1 = os.loadavg()[0];

  // Memory per idle subscriber on one API process (thread subscriptions).
  const before = await p1.call<{ rss: number; heapUsed: number }>('mem');
  await pool.open(p1.port, N, thread);
  await until(async () => (await p1.call<number>('count')) === expectedCount(N, thread));
  await new Promise((r) => setTimeout(r, 500));
  const after = await p1.call<{ rss: number; heapUsed: number }>('mem');
  await pool.closeAll();
  await until(async () => (await p1.call<number>('count')) === 0);

  const rows: [string, Awaited<ReturnType<typeof scenario>>][] = [];
  const half = [Math.ceil(N / 2), Math.floor(N / 2)];
  if (SCENARIOS.includes('thread1')) rows.push(['ticket thread, one process', await scenario('thread1', pool, [p1], [N], cookie, thread)]);
  if (SCENARIOS.includes('thread2')) rows.push(['ticket thread, two processes (mutation on the first)', await scenario('thread2', pool, [p1, p2], half, cookie, thread)]);
  if (SCENARIOS.includes('relations1')) {
    rows.push(['ticket thread + author/unread/assignee, one process', await scenario('relations1', pool, [p1], [N], cookie, threadWorkload(seeded.ticketId, THREAD_RELATIONS))]);
  }
  if (SCENARIOS.includes('timeline1')) rows.push(['client timeline (old scenario), one process', await scenario('timeline1', pool, [p1], [N], cookie, timelineWorkload(seeded.clientId))]);
  const load2 = os.loadavg()[0];

  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `\nlive fan-out: ${N} graphql-ws subscribers (one staff session), ${ROUNDS} rounds each (after 3 warm-up), mutation start → receipt;` +
      ` client sockets ${CLIENT_PROCS > 0 ? `in ${CLIENT_PROCS} forked process(es)` : 'in the bench process'}; load average ${load1.toFixed(2)} → ${load2.toFixed(2)}`,
  );
  console.log(`| scenario | p50 ms | p95 ms | p99 ms | max ms | mutation ms (mean) | API CPU ms per round | client CPU ms per round |\n|---|---|---|---|---|---|---|---|`);
  for (const [name, r] of rows) {
    console.log(`| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${ms(r.mutation)} | ${ms(r.cpu)} | ${ms(r.clientCpu)} |`);
  }
  console.log(`memory per idle subscriber (ticket thread, after GC, ${N} subscribers): RSS ${kb((after.rss - before.rss) / N)} KiB, heap ${kb((after.heapUsed - before.heapUsed) / N)} KiB`);

  await pool.stop();
  await Promise.all([p1.call('stop'), p2.call('stop')]);
  await stack.close();
}

runBench(main);
