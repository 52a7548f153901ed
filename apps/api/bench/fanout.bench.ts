import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { hashPassword } from '../src/auth/password';
import { ms, openBenchStack, runBench } from './bench-kit';

/**
 * `pnpm bench:fanout`: live-update fan-out. N graphql-ws subscribers (default 1,000) all watch the same client's
 * timeline; a mutation (`createTimelineEntry`) writes one event; latency = mutation start → the `next` frame arriving
 * at each subscriber. Run 1: every subscriber on one API process, mutation on it. Run 2: subscribers split over two
 * API processes, mutation on the first (so half the deliveries cross processes through LISTEN/NOTIFY). Also memory
 * per idle subscriber on the API process (RSS and heap after GC, delta / N). API processes are forked children; the
 * subscribers are raw graphql-transport-ws sockets in this process (receipt timed before parsing).
 * Env: BENCH_SUBSCRIBERS (1000), BENCH_FANOUT_ROUNDS (30), BENCH_FANOUT_PG_PORT (54364), DATABASE_URL (else embedded).
 */
const N = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const ROUNDS = Number(process.env.BENCH_FANOUT_ROUNDS ?? 30);
const PASSWORD = 'bench-password';
const SLUG = 'bench-fanout';

const SUBSCRIPTION = `subscription($id: ID!) { clientTimelineEvents(clientId: $id) { id type summary occurredAt portalVisible } }`;
const CREATE = `mutation($input: CreateTimelineEntryInput!) { createTimelineEntry(input: $input) { id } }`;

async function seed(url: string) {
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  try {
    const existing = await pg.query(`SELECT w.id, c.id AS "clientId" FROM workspace w JOIN client c ON c."workspaceId" = w.id WHERE w.slug = $1`, [SLUG]);
    if (existing.rowCount) return { clientId: existing.rows[0].clientId as string, email: `owner@${SLUG}.test` };
    const ws = (await pg.query(`INSERT INTO workspace (name, slug) VALUES ('Bench fan-out', $1) RETURNING id`, [SLUG])).rows[0].id;
    const user = (await pg.query(`INSERT INTO app_user (name, email, "passwordHash") VALUES ('Bench owner', $1, $2) RETURNING id`, [`owner@${SLUG}.test`, await hashPassword(PASSWORD)])).rows[0].id;
    await pg.query(`INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, 'OWNER')`, [user, ws]);
    const client = (await pg.query(`INSERT INTO client ("workspaceId", name, status) VALUES ($1, 'Watched client', 'ACTIVE') RETURNING id`, [ws])).rows[0].id;
    return { clientId: client as string, email: `owner@${SLUG}.test` };
  } finally {
    await pg.end();
  }
}

interface ApiProcess {
  port: number;
  call<T>(cmd: 'count' | 'mem' | 'cpu' | 'stop'): Promise<T>;
}

function forkApi(databaseUrl: string): Promise<ApiProcess> {
  const child: ChildProcess = fork(path.join(__dirname, 'fanout-api.ts'), [], {
    execArgv: ['--expose-gc', '-r', '@swc-node/register', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/fanout-prof'] : [])],
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
          call: <T>(cmd: string) =>
            new Promise<T>((res) => {
              const id = ++seq;
              pending.set(id, res as (v: unknown) => void);
              child.send({ id, cmd });
            }),
        });
      } else if (msg.id) pending.get(msg.id)?.(msg.value);
    });
  });
}

/** A bare graphql-transport-ws subscriber: the receipt time is taken before the frame is parsed. */
function subscriber(port: number, cookie: string, clientId: string, onNext: (at: number) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws', { headers: { cookie } });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { app: 'admin' } })));
    ws.on('error', reject);
    ws.on('message', (data) => {
      const at = performance.now();
      const msg = JSON.parse(String(data)) as { type: string; payload?: unknown };
      if (msg.type === 'next') onNext(at);
      else if (msg.type === 'connection_ack') {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { id: clientId } } }));
        resolve(ws);
      } else if (msg.type === 'error') reject(new Error(JSON.stringify(msg.payload)));
    });
  });
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Opens `counts[i]` subscribers on `apis[i]`, runs the rounds (mutation on apis[0]), closes the sockets. */
async function scenario(apis: ApiProcess[], counts: number[], cookie: string, clientId: string) {
  let t0 = 0;
  let received = 0;
  const latencies: number[] = [];
  let recording = false;
  const onNext = (at: number) => {
    received += 1;
    if (recording) latencies.push(at - t0);
  };
  const sockets: WebSocket[] = [];
  for (const [i, api] of apis.entries()) {
    for (let opened = 0; opened < counts[i]; opened += 50) {
      const batch = Math.min(50, counts[i] - opened);
      sockets.push(...(await Promise.all(Array.from({ length: batch }, () => subscriber(api.port, cookie, clientId, onNext)))));
    }
    await until(async () => (await api.call<number>('count')) === counts[i]);
  }
  const total = counts.reduce((s, n) => s + n, 0);
  const mutate = (round: number) =>
    fetch(`http://127.0.0.1:${apis[0].port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: CREATE, variables: { input: { clientId, type: 'NOTE', summary: `Fan-out round ${round}`, occurredAt: new Date().toISOString() } } }),
    }).then((r) => r.json());
  let mutationMs = 0;
  let cpuMs = 0;
  for (let round = -3; round < ROUNDS; round++) {
    recording = round >= 0; // three warm-up rounds
    received = 0;
    const cpuBefore = recording ? await Promise.all(apis.map((a) => a.call<number>('cpu'))) : [];
    t0 = performance.now();
    const res = (await mutate(round)) as { errors?: unknown };
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    if (recording) mutationMs += performance.now() - t0;
    await until(() => received === total, 10_000);
    await new Promise((r) => setTimeout(r, 100));
    if (recording) {
      const cpuAfter = await Promise.all(apis.map((a) => a.call<number>('cpu')));
      cpuMs += cpuAfter.reduce((s, v, i) => s + v - cpuBefore[i], 0);
    }
  }
  for (const s of sockets) s.close();
  for (const api of apis) await until(async () => (await api.call<number>('count')) === 0);
  latencies.sort((a, b) => a - b);
  return { p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), max: latencies[latencies.length - 1], mutation: mutationMs / ROUNDS, cpu: cpuMs / ROUNDS };
}

async function main() {
  const { stack, seeded } = await openBenchStack({ dataDirName: 'bench-fanout-postgres', port: Number(process.env.BENCH_FANOUT_PG_PORT ?? 54364), database: 'clientflow_bench_fanout', seed });
  const cookie = await stack.signIn(seeded.email, PASSWORD);
  const [p1, p2] = await Promise.all([forkApi(stack.url), forkApi(stack.url)]);

  // Memory per idle subscriber on one API process.
  const before = await p1.call<{ rss: number; heapUsed: number }>('mem');
  const idle: WebSocket[] = [];
  for (let i = 0; i < N; i += 50) idle.push(...(await Promise.all(Array.from({ length: Math.min(50, N - i) }, () => subscriber(p1.port, cookie, seeded.clientId, () => undefined)))));
  await until(async () => (await p1.call<number>('count')) === N);
  await new Promise((r) => setTimeout(r, 500));
  const after = await p1.call<{ rss: number; heapUsed: number }>('mem');
  for (const s of idle) s.close();
  await until(async () => (await p1.call<number>('count')) === 0);

  const one = await scenario([p1], [N], cookie, seeded.clientId);
  const two = await scenario([p1, p2], [Math.ceil(N / 2), Math.floor(N / 2)], cookie, seeded.clientId);

  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`\nlive fan-out: ${N} graphql-ws subscribers on one client timeline, ${ROUNDS} mutations each (after 3 warm-up), mutation start → receipt`);
  console.log(`| scenario | p50 ms | p95 ms | p99 ms | max ms | mutation ms (mean) | API CPU ms per event |\n|---|---|---|---|---|---|---|`);
  for (const [name, r] of [['one process', one], ['two processes (mutation on the first)', two]] as const) {
    console.log(`| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${ms(r.mutation)} | ${ms(r.cpu)} |`);
  }
  console.log(`memory per idle subscriber (after GC, ${N} subscribers): RSS ${kb((after.rss - before.rss) / N)} KiB, heap ${kb((after.heapUsed - before.heapUsed) / N)} KiB`);

  await Promise.all([p1.call('stop'), p2.call('stop')]);
  await stack.close();
}

runBench(main);
