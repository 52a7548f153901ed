import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../data-source';
import { JobQueue } from './job-queue';

/**
 * Two queues on one database stand for two processes. Lock recovery with short times: a worker is dead after 1.5 s
 * without a heartbeat. (The real processes and `kill -9` are in job-lock-recovery.faults.test.ts.)
 */
let ds: DataSource;
const queues: JobQueue[] = [];
const tag = randomUUID().slice(0, 8);
const SLOW = `test.slow-${tag}`;
const ORPHAN = `test.orphan-${tag}`;
const runs = { slow: 0, orphan: 0 };
let releaseSlow: () => void = () => undefined;
const slowDone = new Promise<void>((resolve) => (releaseSlow = resolve));

beforeAll(async () => {
  ds = createDataSource(process.env.TEST_DATABASE_URL!, { poolSize: 4 });
  await ds.initialize();
  for (let i = 0; i < 2; i++) {
    const queue = new JobQueue(ds, {
      concurrency: 1,
      pollIntervalMs: 200,
      lockRecovery: { staleMs: 1_500, heartbeatMs: 250 },
    });
    queue.define(SLOW, async () => {
      runs.slow += 1;
      await slowDone;
    });
    queue.define(ORPHAN, async () => {
      runs.orphan += 1;
    });
    queues.push(queue);
  }
  for (const q of queues) await q.start();
});

afterAll(async () => {
  releaseSlow();
  for (const q of queues) await q.stop();
  await ds.destroy();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const jobRow = async (id: string): Promise<{ locked_by: string | null } | undefined> =>
  (await ds.query(`SELECT locked_by FROM graphile_worker._private_jobs WHERE id = $1`, [id]))[0];

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await sleep(50);
  }
}

describe('job lock recovery', () => {
  it('never takes a job from a live worker, however long it runs', async () => {
    const id = await queues[0].add(ds, SLOW, {});
    await waitFor(() => runs.slow === 1, 10_000);
    const owner = (await jobRow(id))?.locked_by;
    expect(owner).toBeTruthy();
    // Three times the dead-worker threshold: both queues look for dead workers many times meanwhile.
    await sleep(4_500);
    expect(runs.slow).toBe(1);
    expect((await jobRow(id))?.locked_by).toBe(owner);
    releaseSlow();
    await waitFor(async () => (await jobRow(id)) === undefined, 10_000);
    expect(runs.slow).toBe(1);
  });

  it('unlocks the job of a worker that stopped beating, and it runs', async () => {
    const id = await queues[0].add(ds, ORPHAN, {}, { runAt: new Date(Date.now() + 60_000) });
    // A worker of a killed process locked it 10 s ago and never beat again.
    await ds.query(
      `UPDATE graphile_worker._private_jobs SET locked_by = 'worker-killed-${tag}', locked_at = now() - interval '10 seconds', run_at = now() WHERE id = $1`,
      [id],
    );
    await waitFor(() => runs.orphan === 1, 10_000);
    await waitFor(async () => (await jobRow(id)) === undefined, 10_000);
  });
});
