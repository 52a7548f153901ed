import 'reflect-metadata';
import fs from 'node:fs';
import { Session } from 'node:inspector';
import { createApp } from '../src/app';
import { loadConfig } from '../src/platform/config/config';
import { createDataSource } from '../src/data-source';
import { BENCH_SESSION_SECRET } from './bench-kit';

/**
 * One extra API process for `bench:fanout` (forked with IPC): same database and session secret as the bench's own
 * API. Answers 'count' (live subscribers), 'cpu' (CPU ms used so far), 'mem' (RSS and heap after a full GC), 'stop',
 * and 'profStart' / 'profStop' (a CPU profile of the measured rounds only, into /tmp/fanout-prof/).
 */
async function main() {
  const ds = createDataSource(process.env.DATABASE_URL!, { poolSize: 10 });
  await ds.initialize();
  const config = loadConfig({
    mailCatcher: false,
    smtpUrl: undefined,
    sessionSecret: BENCH_SESSION_SECRET,
    playground: false,
    jobsWorker: false,
  });
  const app = await createApp(config, ds);
  const port = await app.listen(0, '127.0.0.1');
  const inspector = new Session();
  inspector.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) =>
      inspector.post(method, params, (err, res) => (err ? reject(err) : resolve(res))),
    );
  onIpcMessage(
    async (msg: { id: number; cmd: 'count' | 'mem' | 'cpu' | 'stop' | 'profStart' | 'profStop'; label?: string }) => {
      if (msg.cmd === 'profStart') {
        await post('Profiler.enable');
        await post('Profiler.setSamplingInterval', { interval: 200 });
        await post('Profiler.start');
        process.send!({ id: msg.id, value: true });
      }
      if (msg.cmd === 'profStop') {
        const { profile } = await post('Profiler.stop');
        fs.mkdirSync('/tmp/fanout-prof', { recursive: true });
        const file = `/tmp/fanout-prof/${msg.label ?? 'api'}-${process.pid}.cpuprofile`;
        fs.writeFileSync(file, JSON.stringify(profile));
        process.send!({ id: msg.id, value: file });
      }
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
    },
  );
  process.send!({ ready: port });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/** IPC from the bench process; a handler's failure is logged (the bench then times out on the missing answer). */
function onIpcMessage<M>(handler: (msg: M) => Promise<void>): void {
  process.on('message', (msg: M) => {
    handler(msg).catch((err: unknown) => console.error(err));
  });
}
