import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import type { Services } from '../module';
import { outboxMessageId } from './outbox.service';
import {
  faultsDatabase,
  openQueueDatabase,
  sleep,
  spawnWorker,
  waitFor,
  type NodeProcess,
} from '../../../test/faults-kit';

/**
 * Fault test (`pnpm test:faults`): a worker delivering 60 emails is `kill -9`ed mid-way; another worker finishes.
 * The SMTP server here answers each message 150 ms after it has received all of it, so the kill lands while some
 * messages are accepted but their SENT state is not committed: the one window SMTP leaves (decision 0011). Every
 * email must arrive; one that arrives twice must be the same message (one Message-ID, from its outbox row), and
 * only the few that were in that window may arrive twice.
 */
const COUNT = 60;
const CONCURRENCY = 4;
const { pg, dataDir, fresh } = faultsDatabase(2);
let ds: DataSource;
let services: Services;
let smtp: SMTPServer;
let smtpPort = 0;
const received: { to: string; messageId: string }[] = [];
const workers: NodeProcess[] = [];

beforeAll(async () => {
  await fresh();
  ({ ds, services } = await openQueueDatabase(pg.url));
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then(async (mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0].text : (mail.to?.text ?? '');
          received.push({ to, messageId: mail.messageId ?? '' });
          await sleep(150); // accepted; the reply is on its way
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
}, 90_000);

afterAll(async () => {
  for (const w of workers) await w.kill();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await ds?.destroy();
  pg.stop();
}, 30_000);

function startWorker(name: string): NodeProcess {
  const worker = spawnWorker(pg.url, dataDir, name, {
    JOBS_CONCURRENCY: String(CONCURRENCY),
    JOBS_LOCK_TIMEOUT_SECONDS: '10',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  });
  workers.push(worker);
  return worker;
}

describe('a worker killed while it delivers email', () => {
  it('loses none, and sends again only the few in the SMTP window, as the same message', async () => {
    const ids: string[] = [];
    await ds.transaction(async (m) => {
      for (let i = 0; i < COUNT; i++)
        ids.push(
          await services.outbox.enqueue(m, {
            workspaceId: null,
            kind: 'crash-test',
            to: `reader${i}@crash.test`,
            subject: `Message ${i}`,
            text: `Body ${i}`,
          }),
        );
    });

    const first = startWorker('first');
    await first.ready;
    await waitFor('a third of the emails', async () => (received.length >= COUNT / 3 ? true : undefined), 60_000);
    await first.kill('SIGKILL');
    const killedAt = received.length;

    const second = startWorker('second');
    await second.ready;
    await waitFor(
      'every email to be SENT',
      async () => {
        const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM outbound_email WHERE status = 'SENT'`);
        return n === COUNT ? true : undefined;
      },
      120_000,
      () => (second.alive() ? undefined : `the second worker died:\n${second.output().slice(-4000)}`),
    );
    await sleep(500);

    const byRecipient = new Map<string, string[]>();
    for (const r of received) byRecipient.set(r.to, [...(byRecipient.get(r.to) ?? []), r.messageId]);
    expect(byRecipient.size).toBe(COUNT); // nothing lost
    const from = loadConfig().mailFrom;
    ids.forEach((id, i) => {
      const copies = byRecipient.get(`reader${i}@crash.test`) ?? [];
      expect(new Set(copies)).toEqual(new Set([outboxMessageId(id, from)]));
    });
    const duplicates = received.length - COUNT;
    // At most the messages in flight when the worker died (one per job it was running).
    expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
    console.log(
      `outbox crash: ${killedAt} of ${COUNT} received when the worker was killed; ${duplicates} delivered twice (same Message-ID), 0 lost`,
    );
  }, 240_000);
});
