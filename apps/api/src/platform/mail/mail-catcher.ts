import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { logger } from '../logger/logger';

export interface CaughtMail {
  id: number;
  /** The Message-ID header as sent (the outbox sets a stable one per row). */
  messageId: string | null;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; size: number }[];
  receivedAt: string;
}

/**
 * The dev mail catcher: a real SMTP server in the API process that keeps the last messages in memory,
 * listed at /dev/mail so a local user can open magic links. Never started in production.
 */
export class MailCatcher {
  private readonly messages: CaughtMail[] = [];
  private nextId = 1;
  private server?: SMTPServer;

  async start(port: number, host = '127.0.0.1'): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.unshift({
              id: this.nextId++,
              messageId: mail.messageId ?? null,
              to: Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? ''),
              from: mail.from?.text ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : null,
              attachments: mail.attachments.map((a) => ({
                filename: a.filename ?? '',
                contentType: a.contentType,
                size: a.size,
              })),
              receivedAt: new Date().toISOString(),
            });
            this.messages.splice(200);
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    const listen = (p: number) =>
      new Promise<void>((resolve, reject) => {
        this.server!.once('error', reject);
        this.server!.listen(p, host, () => resolve());
      });
    try {
      await listen(port);
    } catch (err) {
      // Another local process holds the port: any free port works, since only this process sends to it.
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
      logger.warn({ port }, 'mail catcher port busy; using a free port');
      await listen(0);
    }
    const actual = (this.server.server.address() as AddressInfo).port;
    logger.info({ port: actual }, 'dev mail catcher listening');
    return actual;
  }

  list(): CaughtMail[] {
    return [...this.messages];
  }

  clear(): void {
    this.messages.length = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
