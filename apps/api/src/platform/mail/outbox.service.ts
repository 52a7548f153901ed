import type { DataSource, EntityManager } from 'typeorm';
import type { Transporter } from 'nodemailer';
import type { JobQueue } from '../jobs/job-queue';
import type { FileStorage } from '../storage/file-storage';
import { logger } from '../logger/logger';
import { OutboundEmail, type EmailAttachment } from './outbound-email.entity';

export interface EmailMessage {
  workspaceId: string | null;
  clientId?: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Files already in FileStorage, read at delivery time. */
  attachments?: EmailAttachment[];
}

/**
 * The Message-ID of an outbox row: stable, so if a crash lands between the SMTP server's acceptance and our SENT
 * commit and the row is delivered again, mail clients and servers see the same message and fold the copies.
 */
export function outboxMessageId(emailId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'clientflow.local';
  return `<${emailId}@${domain}>`;
}

export const EMAIL_SEND_TASK = 'email.send';
export const EMAIL_SWEEP_TASK = 'email.sweep';
const MAX_ATTEMPTS = 8;
/** The sweep only takes rows whose own job should long have delivered them (lost job, queue trouble). */
const SWEEP_GRACE_MS = 5 * 60_000;

/**
 * Transactional outbox: a message is inserted with the business change, together with an `email.send` job (same
 * transaction), and the job worker delivers it. A row is claimed with FOR UPDATE SKIP LOCKED and only while PENDING,
 * so two workers never send it twice; failures are retried by the queue with backoff (8 attempts, then FAILED).
 * A scheduled sweep delivers PENDING rows left behind, so nothing written to the outbox is ever lost.
 */
export class Outbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: Transporter,
    private readonly from: string,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
  ) {}

  async enqueue(manager: EntityManager, message: EmailMessage): Promise<string> {
    const row = await manager.getRepository(OutboundEmail).save(
      manager.getRepository(OutboundEmail).create({
        ...message,
        clientId: message.clientId ?? null,
        html: message.html ?? null,
        attachments: message.attachments ?? [],
      }),
    );
    await this.jobs.add(
      manager,
      EMAIL_SEND_TASK,
      { emailId: row.id },
      { jobKey: `email:${row.id}`, maxAttempts: MAX_ATTEMPTS },
    );
    return row.id;
  }

  /** The `email.send` job: delivers one row; throws on a retryable failure so the queue tries again later. */
  async deliver(emailId: string): Promise<void> {
    const outcome = await this.dataSource.transaction(async (m) => {
      const row = await this.claim(m).andWhere('e.id = :id', { id: emailId }).getOne();
      return row ? this.send(m, row) : 'skipped';
    });
    if (outcome === 'retry') throw new Error(`email ${emailId} not delivered yet; will retry`);
  }

  /** The `email.sweep` schedule: PENDING rows overdue by more than the grace period. */
  async sweep(): Promise<number> {
    return this.drain(new Date(Date.now() - SWEEP_GRACE_MS));
  }

  /** Delivers everything due now in this process; resolves when done (tests, the CLI). */
  async flush(): Promise<void> {
    await this.drain(new Date());
  }

  private async drain(dueBefore: Date): Promise<number> {
    let attempted = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (m) => {
        const row = await this.claim(m)
          .andWhere('e."nextAttemptAt" <= :due', { due: dueBefore })
          .orderBy('e."createdAt"', 'ASC')
          .getOne();
        if (!row) return false;
        await this.send(m, row);
        return true;
      });
      if (!done) return attempted;
      attempted++;
    }
  }

  private claim(m: EntityManager) {
    return m
      .getRepository(OutboundEmail)
      .createQueryBuilder('e')
      .where(`e.status = 'PENDING'`)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked');
  }

  private async send(m: EntityManager, row: OutboundEmail): Promise<'sent' | 'retry' | 'failed'> {
    try {
      const attachments = await Promise.all(
        row.attachments.map(async (a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: await this.read(a.storageKey),
        })),
      );
      await this.transport.sendMail({
        messageId: outboxMessageId(row.id, this.from),
        from: this.from,
        to: row.to,
        subject: row.subject,
        text: row.text,
        html: row.html ?? undefined,
        attachments,
      });
      await m.update(OutboundEmail, row.id, {
        status: 'SENT',
        sentAt: new Date(),
        attempts: row.attempts + 1,
        lastError: null,
      });
      return 'sent';
    } catch (err) {
      const attempts = row.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      logger.warn({ err, emailId: row.id, attempts }, 'email delivery failed');
      await m.update(OutboundEmail, row.id, {
        status: failed ? 'FAILED' : 'PENDING',
        attempts,
        lastError: String((err as Error).message ?? err).slice(0, 1000),
        nextAttemptAt: new Date(Date.now() + Math.min(60 * 60_000, 2 ** attempts * 1000)),
      });
      return failed ? 'failed' : 'retry';
    }
  }

  private async read(key: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.storage.get(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
}
