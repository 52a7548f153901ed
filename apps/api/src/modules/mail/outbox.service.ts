import type { DataSource, EntityManager } from 'typeorm';
import type { Transporter } from 'nodemailer';
import { logger } from '../../shared/logger';
import { OutboundEmail } from './outbound-email.entity';

export interface EmailMessage {
  workspaceId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

const MAX_ATTEMPTS = 8;

/**
 * Transactional outbox: messages are inserted with the business change, then delivered after commit.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so several API processes never send the same row twice.
 */
export class Outbox {
  private running: Promise<void> | null = null;
  private again = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: Transporter,
    private readonly from: string,
  ) {}

  async enqueue(manager: EntityManager, message: EmailMessage): Promise<void> {
    await manager.getRepository(OutboundEmail).insert({ ...message, html: message.html ?? null });
  }

  /** Deliver soon (coalesces concurrent calls). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err) => logger.error({ err }, 'outbox drain failed'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when everything due has been attempted (used by tests and shutdown). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.drain();
  }

  startPolling(intervalMs = 5000): void {
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async drain(): Promise<void> {
    for (;;) {
      const sent = await this.sendOne();
      if (!sent) return;
    }
  }

  private sendOne(): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const row = await m
        .getRepository(OutboundEmail)
        .createQueryBuilder('e')
        .where(`e.status = 'PENDING' AND e."nextAttemptAt" <= now()`)
        .orderBy('e."createdAt"', 'ASC')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!row) return false;
      try {
        await this.transport.sendMail({ from: this.from, to: row.to, subject: row.subject, text: row.text, html: row.html ?? undefined });
        await m.update(OutboundEmail, row.id, { status: 'SENT', sentAt: new Date(), attempts: row.attempts + 1, lastError: null });
      } catch (err) {
        const attempts = row.attempts + 1;
        const delayMs = Math.min(60 * 60_000, 2 ** attempts * 1000);
        logger.warn({ err, emailId: row.id, attempts }, 'email delivery failed');
        await m.update(OutboundEmail, row.id, {
          status: attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING',
          attempts,
          lastError: String((err as Error).message ?? err).slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + delayMs),
        });
      }
      return true;
    });
  }
}
