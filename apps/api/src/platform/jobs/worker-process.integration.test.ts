import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { TenantScope } from '../db/tenant-scope';
import { createWorkspace, insertClient, startTestServer, type TestServer } from '../../../test/harness';
import { Invoice } from '../../modules/billing/invoices/invoice.entity';

let server: TestServer;
let worker: ChildProcess | undefined;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  if (worker && worker.exitCode === null) worker.kill('SIGKILL');
  await server.close();
});

/** Starts `src/worker.ts` as its own process over the test database and resolves once it is working the queue. */
function startWorker(): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--enable-source-maps', '-r', '@swc-node/register', 'src/worker.ts'], {
    cwd: path.resolve(__dirname, '../../..'),
    env: {
      ...process.env,
      DATABASE_URL: process.env.TEST_DATABASE_URL,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      JOBS_CONCURRENCY: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${out}`)), 45_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ClientFlow worker is up')) {
        clearTimeout(timer);
        resolve({ child, output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${out}`));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the standalone worker (src/worker.ts)', () => {
  it('picks up a job enqueued by the API process (jobsWorker off) and processes it, then stops cleanly on SIGTERM', async () => {
    expect(server.app.services.jobs.running).toBe(false);
    const ws = await createWorkspace(server.dataSource, 'Worker');
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const { invoices } = server.app.services;
    const invoice = await new TenantScope(server.dataSource.manager, ws.workspace.id).transaction(async (s) => {
      const draft = await invoices.createDraft(s, {
        clientId: client.id,
        issueDate: '2026-01-01',
        dueDate: '2026-01-15',
        lines: [{ description: 'Work', quantity: 1, unitPrice: 5_000, taxRate: 0 }],
      });
      return invoices.issue(s, draft.id, { today: '2026-01-01' });
    });
    const started = await startWorker();
    worker = started.child;
    const jobId = await server.dataSource.transaction((m) =>
      server.app.services.jobs.add(m, 'billing.overdue', { workspaceId: ws.workspace.id }),
    );
    await waitFor(
      async () =>
        (await server.dataSource.getRepository(Invoice).findOneByOrFail({ id: invoice.id })).status === 'OVERDUE',
      20_000,
    );
    // A completed job is deleted from the queue.
    const pending = () => server.dataSource.query(`SELECT 1 FROM graphile_worker.jobs WHERE id = $1`, [jobId]);
    await waitFor(async () => (await pending()).length === 0, 10_000);

    const exit = new Promise<number | null>((resolve) => worker!.on('exit', (code) => resolve(code)));
    worker.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 90_000);
});
