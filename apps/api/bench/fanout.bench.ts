import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { hashPassword } from '../src/platform/auth/password';
import { STAFF_COOKIE } from '../src/platform/auth/cookies';
import { SessionTokens } from '../src/platform/auth/session-token';
import { BENCH_SESSION_SECRET, ms, openBenchStack, runBench } from './bench-kit';
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
const SCENARIOS = (
  process.env.BENCH_FANOUT_SCENARIOS ?? 'thread1,thread2,relations1,users100,distinct,distinct2,timeline1,floor'
)
  .split(',')
  .map((s) => s.trim());
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
  workspaceId: string;
  clientId: string;
  ticketId: string;
  /** ADMIN users of the workspace, for the scenarios with many distinct viewers. */
  viewerIds: string[];
}

/** Staff users with their own sessions (ADMIN: they see every client), beside the owner. */
const VIEWERS = 1000;

async function seed(url: string): Promise<Seeded> {
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  try {
    const email = `owner@${SLUG}.test`;
    let ws: string | undefined = (await pg.query(`SELECT id FROM workspace WHERE slug = $1`, [SLUG])).rows[0]?.id;
    if (!ws) {
      ws = (await pg.query(`INSERT INTO workspace (name, slug) VALUES ('Bench fan-out', $1) RETURNING id`, [SLUG]))
        .rows[0].id as string;
      const user = (
        await pg.query(
          `INSERT INTO app_user (name, email, "passwordHash") VALUES ('Bench owner', $1, $2) RETURNING id`,
          [email, await hashPassword(PASSWORD)],
        )
      ).rows[0].id;
      await pg.query(`INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, 'OWNER')`, [user, ws]);
      await pg.query(`INSERT INTO client ("workspaceId", name, status) VALUES ($1, 'Watched client', 'ACTIVE')`, [ws]);
    }
    const clientId: string = (
      await pg.query(`SELECT id FROM client WHERE "workspaceId" = $1 ORDER BY "createdAt" LIMIT 1`, [ws])
    ).rows[0].id;
    let ticketId: string | undefined = (
      await pg.query(`SELECT id FROM ticket WHERE "clientId" = $1 LIMIT 1`, [clientId])
    ).rows[0]?.id;
    if (!ticketId) {
      // A ticket a portal contact opened (so every staff reply also queues the reply email, as in the product).
      const contact = (
        await pg.query(
          `INSERT INTO contact ("workspaceId", "clientId", name, email, "portalAccess", "isPrimary") VALUES ($1, $2, 'Casey Client', $3, true, true) RETURNING id`,
          [ws, clientId, `casey@${SLUG}.test`],
        )
      ).rows[0].id;
      ticketId = (
        await pg.query(
          `INSERT INTO ticket ("workspaceId", "clientId", subject, "openedByContactId") VALUES ($1, $2, 'Invoice 2026-014 shows the wrong VAT rate', $3) RETURNING id`,
          [ws, clientId, contact],
        )
      ).rows[0].id as string;
      await pg.query(
        `INSERT INTO ticket_message ("workspaceId", "ticketId", "clientId", body, "authorContactId") VALUES ($1, $2, $3, 'Hello, the VAT on our last invoice looks wrong. Could you check?', $4)`,
        [ws, ticketId, clientId, contact],
      );
    }
    const viewersOf = async () =>
      (
        await pg.query(
          `SELECT u.id FROM app_user u JOIN membership m ON m."userId" = u.id AND m."workspaceId" = $1 WHERE u.email LIKE 'viewer-%' ORDER BY u.email`,
          [ws],
        )
      ).rows.map((r) => r.id as string);
    let viewerIds = await viewersOf();
    if (viewerIds.length < VIEWERS) {
      // Sessions are minted with the bench's secret, so the password is never checked: one hash for all of them.
      await pg.query(
        `WITH u AS (
           INSERT INTO app_user (name, email, "passwordHash")
           SELECT 'Viewer ' || i, 'viewer-' || lpad(i::text, 4, '0') || '@${SLUG}.test', $2 FROM generate_series(1, $3) i
           ON CONFLICT DO NOTHING RETURNING id)
         INSERT INTO membership ("userId", "workspaceId", role) SELECT id, $1, 'ADMIN' FROM u`,
        [ws, await hashPassword(PASSWORD), VIEWERS],
      );
      viewerIds = await viewersOf();
    }
    return { email, workspaceId: ws, clientId, ticketId, viewerIds };
  } finally {
    await pg.end();
  }
}

/** A forked process of the bench (API, or the bare-ws floor) answering commands over IPC. */
interface Child {
  port: number;
  call<T>(cmd: string, args?: object): Promise<T>;
}

function forkChild(script: string, env: NodeJS.ProcessEnv): Promise<Child> {
  const child: ChildProcess = fork(path.join(__dirname, script), [], {
    execArgv: ['--expose-gc', '-r', '@swc-node/register'],
    env: { ...process.env, ...env },
  });
  let seq = 0;
  const pending = new Map<number, (v: unknown) => void>();
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
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
  /** LiveBus registrations per group of subscribers (a thread listens to messages and to the ticket). */
  registrations: number;
  mutate?(round: number): { query: string; variables: Record<string, unknown> };
}

const threadWorkload = (ticketId: string, query: string): Workload => ({
  query,
  variables: { id: ticketId },
  framesPerRound: 2, // the message, then the ticket change (a public reply moves the ticket)
  registrations: 2,
  timed: 'message',
  mutate: (round) => ({
    query: REPLY,
    variables: { id: ticketId, body: `Thanks, we are looking into it (round ${round}).` },
  }),
});

const timelineWorkload = (clientId: string): Workload => ({
  query: TIMELINE,
  variables: { id: clientId },
  framesPerRound: 1,
  registrations: 1,
  timed: 'all',
  mutate: (round) => ({
    query: CREATE_ENTRY,
    variables: {
      input: { clientId, type: 'NOTE', summary: `Fan-out round ${round}`, occurredAt: new Date().toISOString() },
    },
  }),
});

const subscriberArgs = ({ query, variables, framesPerRound, timed }: Workload): SubscriberWorkload => ({
  query,
  variables,
  framesPerRound,
  timed,
});

/** Where subscriber sockets live: this process, or forked client processes (fanout-clients.ts). */
interface SubscriberPool {
  /** Opens `count` subscribers on `port`; subscriber i uses cookies[i % cookies.length]. */
  open(port: number, count: number, w: Workload, cookies: string[]): Promise<void>;
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

function localPool(): SubscriberPool {
  const subs = createSubscribers();
  return {
    open: (port, count, w, cookies) => subs.open(port, count, subscriberArgs(w), cookies),
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
async function forkedPool(procs: number): Promise<SubscriberPool> {
  const children = await Promise.all(
    Array.from({ length: procs }, () => {
      const child = fork(path.join(__dirname, 'fanout-clients.ts'), [], {
        execArgv: ['-r', '@swc-node/register'],
        env: process.env,
      });
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
    async open(port, count, w, cookies) {
      const per = Math.ceil(count / procs);
      await Promise.all(
        children.map((call, i) => {
          const n = Math.max(0, Math.min(per, count - i * per));
          const own = Array.from(
            { length: Math.min(n, cookies.length) },
            (_, j) => cookies[(i * per + j) % cookies.length],
          );
          return call('open', { port, count: n, workload: subscriberArgs(w), cookies: own });
        }),
      );
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
 * What LiveBus.subscriberCount reads once `n` subscribers with `sessions` distinct sessions are in on one process:
 * subscribers with the same viewer, document and variables share one group, i.e. one set of bus registrations,
 * plus one follower for each other subscriber of the group.
 */
const expectedCount = (n: number, sessions: number, w: Workload) => {
  const groups = Math.min(n, sessions);
  return groups * w.registrations + (n - groups);
};

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface Round {
  /** clock() at the start of the round (mutation sent, or the floor's write loop started). */
  t0: number;
  /** Mutation round trip (or the floor's write loop), ms. */
  ms: number;
}

/**
 * Opens `counts[i]` subscribers on `servers[i]` (sessions round-robin from `cookies`), runs the rounds (each started by
 * `trigger`), closes the sockets. `servers` answer 'count' (LiveBus.subscriberCount or the floor's) and 'cpu'.
 */
async function scenario(
  label: string,
  pool: SubscriberPool,
  servers: Child[],
  counts: number[],
  cookies: string[],
  w: Workload,
  trigger: (round: number) => Promise<Round>,
) {
  for (const [i, server] of servers.entries()) {
    await pool.open(server.port, counts[i], w, cookies);
    await until(async () => (await server.call<number>('count')) === expectedCount(counts[i], cookies.length, w));
  }
  const latencies: number[] = [];
  let triggerMs = 0;
  let cpu = 0;
  let clientCpu = 0;
  for (let round = -3; round < ROUNDS; round++) {
    const recording = round >= 0; // three warm-up rounds
    if (round === 0 && PROFILE) await Promise.all(servers.map((a) => a.call('profStart')));
    const cpuBefore = recording ? await Promise.all(servers.map((a) => a.call<number>('cpu'))) : [];
    const clientBefore = recording ? await pool.cpu() : 0;
    const armed = await pool.arm(w);
    const { t0, ms: took } = await trigger(round);
    const times = (await armed.wait()).map((at) => at - t0);
    await new Promise((r) => setTimeout(r, 100));
    if (recording) {
      triggerMs += took;
      latencies.push(...times);
      const cpuAfter = await Promise.all(servers.map((a) => a.call<number>('cpu')));
      cpu += cpuAfter.reduce((s, v, i) => s + v - cpuBefore[i], 0);
      clientCpu += (await pool.cpu()) - clientBefore;
    }
  }
  if (PROFILE)
    console.log(
      'CPU profiles:',
      ...(await Promise.all(servers.map((a, i) => a.call<string>('profStop', { label: `${label}-${i + 1}` })))),
    );
  await pool.closeAll();
  for (const server of servers) await until(async () => (await server.call<number>('count')) === 0);
  latencies.sort((a, b) => a - b);
  return {
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    max: latencies[latencies.length - 1],
    trigger: triggerMs / ROUNDS,
    cpu: cpu / ROUNDS,
    clientCpu: clientCpu / ROUNDS,
  };
}

async function main() {
  const { stack, seeded } = await openBenchStack({
    dataDirName: 'bench-fanout-postgres',
    port: Number(process.env.BENCH_FANOUT_PG_PORT ?? 54364),
    database: 'clientflow_bench_fanout',
    seed,
  });
  const owner = await stack.signIn(seeded.email, PASSWORD);
  const tokens = new SessionTokens(BENCH_SESSION_SECRET);
  // Each subscriber is a signed-in browser: one user_session row per viewer, as signIn would open.
  const pg = new PgClient({ connectionString: stack.url });
  await pg.connect();
  const sessionOf = new Map<string, string>(
    (
      await pg.query(
        `INSERT INTO user_session ("userId", ip, "expiresAt") SELECT u, '127.0.0.1', now() + interval '1 day'
           FROM unnest($1::uuid[]) AS u RETURNING id, "userId"`,
        [seeded.viewerIds],
      )
    ).rows.map((r: { id: string; userId: string }) => [r.userId, r.id]),
  );
  await pg.end();
  const viewers = await Promise.all(
    seeded.viewerIds.map(
      async (sub) =>
        `${STAFF_COOKIE}=${await tokens.sign({ kind: 'staff', sub, ws: seeded.workspaceId, sid: sessionOf.get(sub)! })}`,
    ),
  );
  const [p1, p2] = await Promise.all([
    forkChild('fanout-api.ts', { DATABASE_URL: stack.url }),
    forkChild('fanout-api.ts', { DATABASE_URL: stack.url }),
  ]);
  const pool = CLIENT_PROCS > 0 ? await forkedPool(CLIENT_PROCS) : localPool();
  const thread = threadWorkload(seeded.ticketId, THREAD);
  const mutateOn =
    (api: Child, w: Workload) =>
    async (round: number): Promise<Round> => {
      const t0 = clock();
      const res = (await (
        await fetch(`http://127.0.0.1:${api.port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: owner },
          body: JSON.stringify(w.mutate!(round)),
        })
      ).json()) as { errors?: unknown };
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return { t0, ms: clock() - t0 };
    };
  const load1 = os.loadavg()[0];

  // Memory per idle subscriber on one API process (thread subscriptions of one session, then of distinct sessions).
  const idleMemory = async (cookies: string[]) => {
    const before = await p1.call<{ rss: number; heapUsed: number }>('mem');
    await pool.open(p1.port, N, thread, cookies);
    await until(async () => (await p1.call<number>('count')) === expectedCount(N, cookies.length, thread));
    await new Promise((r) => setTimeout(r, 500));
    const after = await p1.call<{ rss: number; heapUsed: number }>('mem');
    await pool.closeAll();
    await until(async () => (await p1.call<number>('count')) === 0);
    return { rss: (after.rss - before.rss) / N, heap: (after.heapUsed - before.heapUsed) / N };
  };
  const memOne = await idleMemory([owner]);
  const memDistinct = SCENARIOS.includes('distinct') ? await idleMemory(viewers.slice(0, N)) : null;

  const rows: [string, Awaited<ReturnType<typeof scenario>>][] = [];
  const half = [Math.ceil(N / 2), Math.floor(N / 2)];
  const run = async (
    name: string,
    label: string,
    servers: Child[],
    counts: number[],
    cookies: string[],
    w: Workload,
    trigger = mutateOn(p1, w),
  ) => {
    if (SCENARIOS.includes(label)) rows.push([name, await scenario(label, pool, servers, counts, cookies, w, trigger)]);
  };
  await run('ticket thread, one session, one process', 'thread1', [p1], [N], [owner], thread);
  await run(
    'ticket thread, one session, two processes (mutation on the first)',
    'thread2',
    [p1, p2],
    half,
    [owner],
    thread,
  );
  await run(
    'ticket thread + author/unread/assignee, one session, one process',
    'relations1',
    [p1],
    [N],
    [owner],
    threadWorkload(seeded.ticketId, THREAD_RELATIONS),
  );
  await run(
    `ticket thread, ${Math.min(100, N)} sessions × ${Math.ceil(N / 100)} tabs, one process`,
    'users100',
    [p1],
    [N],
    viewers.slice(0, 100),
    thread,
  );
  await run(`ticket thread, ${N} distinct sessions, one process`, 'distinct', [p1], [N], viewers.slice(0, N), thread);
  await run(
    `ticket thread, ${N} distinct sessions, two processes`,
    'distinct2',
    [p1, p2],
    half,
    viewers.slice(0, N),
    thread,
  );
  await run(
    'client timeline (the earlier scenario), one session, one process',
    'timeline1',
    [p1],
    [N],
    [owner],
    timelineWorkload(seeded.clientId),
  );
  if (SCENARIOS.includes('floor')) {
    // The floor: a bare ws server process writes one frame (the size of the thread's message frame) to each socket.
    const floor = await forkChild('fanout-floor.ts', {});
    const w: Workload = {
      query: THREAD,
      variables: { id: seeded.ticketId },
      framesPerRound: 1,
      registrations: 1,
      timed: 'all',
    };
    await run(
      'floor: bare ws writes from one process (no GraphQL, no database)',
      'floor',
      [floor],
      [N],
      ['none'],
      w,
      () => floor.call<Round>('fire'),
    );
    await floor.call('stop');
  }
  const load2 = os.loadavg()[0];

  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `\nlive fan-out: ${N} graphql-ws subscribers, ${ROUNDS} rounds each (after 3 warm-up), mutation start → receipt;` +
      ` client sockets ${CLIENT_PROCS > 0 ? `in ${CLIENT_PROCS} forked process(es)` : 'in the bench process'}; load average ${load1.toFixed(2)} → ${load2.toFixed(2)}`,
  );
  console.log(
    `| scenario | p50 ms | p95 ms | p99 ms | max ms | mutation ms (mean) | server CPU ms per round | client CPU ms per round |\n|---|---|---|---|---|---|---|---|`,
  );
  for (const [name, r] of rows) {
    console.log(
      `| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${ms(r.trigger)} | ${ms(r.cpu)} | ${ms(r.clientCpu)} |`,
    );
  }
  console.log(
    `memory per idle subscriber (ticket thread, after GC, ${N} subscribers), one session: RSS ${kb(memOne.rss)} KiB, heap ${kb(memOne.heap)} KiB`,
  );
  if (memDistinct)
    console.log(
      `memory per idle subscriber, ${N} distinct sessions: RSS ${kb(memDistinct.rss)} KiB, heap ${kb(memDistinct.heap)} KiB`,
    );

  await pool.stop();
  await Promise.all([p1.call('stop'), p2.call('stop')]);
  await stack.close();
}

runBench(main);
