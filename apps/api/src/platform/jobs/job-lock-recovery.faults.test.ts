import 'reflect-metadata';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { Invoice } from '../../modules/billing/invoices/invoice.entity';
import { TenantScope } from '../db/tenant-scope';
import type { Services } from '../module';
import { createWorkspace, insertClient } from '../../../test/harness';
import { faultsDatabase, openQueueDatabase, spawnWorker, waitFor, type NodeProcess } from '../../../test/faults-kit';

/**
 * Fault test (`pnpm test:faults`): a standalone worker is `kill -9`ed while it runs a job. Another worker must run
 * that job within a minute or two (JOBS_LOCK_TIMEOUT_SECONDS, default 60 s) — graphile-worker alone unlocks it
 * after four hours.
 */
const { pg, dataDir, fresh } = faultsDatabase(1);
let ds: DataSource;
let services: Services;
const workers: NodeProcess[] = [];

beforeAll(async () => {
  await fresh();
  ({ ds, services } = await openQueueDatabase(pg.url));
}, 90_000);

afterAll(async () => {
  for (const w of workers) await w.kill();
  await ds?.destroy();
  pg.stop();
}, 30_000);

function startWorker(name: string): NodeProcess {
  // Nothing is mailed here; a refused connection is enough.
  const worker = spawnWorker(pg.url, dataDir, name, { JOBS_CONCURRENCY: '1', MAIL_CATCHER_PORT: '1' });
  workers.push(worker);
  return worker;
}

describe('a worker killed while it runs a job', () => {
  it('has its job unlocked and run by another worker within two minutes', async () => {
    const ws = await createWorkspace(ds, 'Locks');
    const client = await insertClient(ds, ws.workspace.id);
    const invoice = await new TenantScope(ds.manager, ws.workspace.id).transaction(async (s) => {
      const draft = await services.invoices.createDraft(s, {
        clientId: client.id,
        issueDate: '2026-01-01',
        dueDate: '2026-01-15',
        lines: [{ description: 'Work', quantity: 1, unitPrice: 5_000, taxRate: 0 }],
      });
      return services.invoices.issue(s, draft.id, { today: '2026-01-01' });
    });

    // Another session holds the invoices table, so the overdue job, once started, waits inside its transaction.
    const blocker = new Client({ connectionString: pg.url });
    await blocker.connect();
    await blocker.query(`BEGIN`);
    await blocker.query(`LOCK TABLE "invoice" IN EXCLUSIVE MODE`);

    const first = startWorker('first');
    await first.ready;
    const jobId = await ds.transaction((m) =>
      services.jobs.add(m, 'billing.overdue', { workspaceId: ws.workspace.id }),
    );
    const lockedBy = await waitFor(
      'the first worker to start the job',
      async () => {
        const [job] = await ds.query(
          `SELECT locked_by FROM graphile_worker._private_jobs WHERE id = $1 AND locked_by IS NOT NULL`,
          [jobId],
        );
        const [waiting] = await ds.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%FROM "invoice"%'`,
        );
        return job && waiting ? (job.locked_by as string) : undefined;
      },
      30_000,
    );

    await first.kill('SIGKILL');
    const killedAt = Date.now();
    await blocker.query(`ROLLBACK`);
    await blocker.end();

    const second = startWorker('second');
    await second.ready;
    await waitFor(
      'the job of the killed worker to run',
      async () =>
        (await ds.getRepository(Invoice).findOneByOrFail({ id: invoice.id })).status === 'OVERDUE' ? true : undefined,
      150_000,
      () => (second.alive() ? undefined : `the second worker died:\n${second.output().slice(-4000)}`),
    );
    const recoveredMs = Date.now() - killedAt;
    expect(second.output()).toContain(lockedBy);
    expect(second.output()).toMatch(/unlocked the jobs of workers that stopped beating/);
    expect(recoveredMs).toBeLessThan(120_000);
    console.log(`job of a killed worker recovered after ${recoveredMs} ms (graphile-worker alone: 4 h)`);
  }, 240_000);
});
