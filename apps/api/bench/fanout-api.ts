import 'reflect-metadata';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { BENCH_SESSION_SECRET } from './bench-kit';

/**
 * One extra API process for `bench:fanout` (forked with IPC): same database and session secret as the bench's own
 * API. Answers 'count' (live subscribers), 'cpu' (CPU ms used so far), 'mem' (RSS and heap after a full GC) and 'stop'.
 */
async function main() {
  const ds = createDataSource(process.env.DATABASE_URL!, { poolSize: 10 });
  await ds.initialize();
  const config = loadConfig({ mailCatcher: false, smtpUrl: undefined, sessionSecret: BENCH_SESSION_SECRET, playground: false, jobsWorker: false });
  const app = await createApp(config, ds);
  const port = await app.listen(0, '127.0.0.1');
  process.on('message', async (msg: { id: number; cmd: 'count' | 'mem' | 'cpu' | 'stop' }) => {
    if (msg.cmd === 'count') process.send!({ id: msg.id, value: app.services.live.subscriberCount });
    if (msg.cmd === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ id: msg.id, value: (user + system) / 1000 });
    }
    if (msg.cmd === 'mem') {
      for (let i = 0; i < 3; i++) (global as { gc?: () => void }).gc?.();
      const m = process.memoryUsage();
      process.send!({ id: msg.id, value: { rss: m.rss, heapUsed: m.heapUsed } });
    }
    if (msg.cmd === 'stop') {
      app.httpServer.closeAllConnections();
      await app.close();
      await ds.destroy();
      process.send!({ id: msg.id, value: true }, () => process.exit(0));
    }
  });
  process.send!({ ready: port });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
