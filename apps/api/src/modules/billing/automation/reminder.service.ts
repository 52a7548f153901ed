import type { DataSource } from 'typeorm';
import { amountPayable, remindersDue } from '@clientflow/domain';
import { TenantScope } from '../../../platform/db/tenant-scope';
import { billingSettingsOf } from '../billing-settings.service';
import { Invoice } from '../invoices/invoice.entity';
import { InvoiceReminder } from './invoice-reminder.entity';
import { workspaceTodayIn } from '../../identity/workspace-today';
import { forEachCandidate } from './for-each-candidate';

/** Enqueues a REMINDER email for an invoice inside the caller's transaction (the billing mailer). */
export interface ReminderMailer {
  enqueueReminder(scope: TenantScope, invoiceId: string, offsetDays: number): Promise<{ emailId: string } | null>;
}

export interface ReminderRunSummary {
  candidates: number;
  sent: number;
  failed: number;
}

const BATCH = 200;

/**
 * Payment reminders (task `billing.reminders`). Each candidate invoice is handled in its own transaction: the
 * invoice row is locked (SKIP LOCKED: a second worker moves on), the domain's `remindersDue` picks at most one
 * offset from the workspace's schedule, the `invoice_reminder` row is inserted under its unique (invoice, offset)
 * key and the email is enqueued in the same transaction. So a reminder is sent once even when the job runs twice
 * or on two workers, and never once the invoice is paid or void, nor while its whole balance is on its way
 * (a payment that settles later: held until it arrives or fails).
 */
export class ReminderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: ReminderMailer | null,
  ) {}

  async runDue(opts: { now?: Date; workspaceId?: string } = {}): Promise<ReminderRunSummary> {
    const now = opts.now ?? new Date();
    const { seen, done, failed } = await forEachCandidate(
      (after) => this.candidates(now, after, opts.workspaceId),
      (row) => this.remind(row.workspaceId, row.id, now),
      'invoice reminder failed; retried on the next run',
    );
    return { candidates: seen, sent: done, failed };
  }

  /**
   * Open invoices with a balance in workspaces with reminders on, whose first reminder day has come and whose
   * latest offset was not sent yet (keyset-paged by id; the domain decides the rest).
   */
  private candidates(now: Date, after: string, workspaceId?: string): Promise<{ id: string; workspaceId: string }[]> {
    return this.dataSource.query(
      `SELECT i.id, i."workspaceId"
         FROM "invoice" i
         JOIN "workspace" w ON w.id = i."workspaceId"
         LEFT JOIN "billing_settings" bs ON bs."workspaceId" = i."workspaceId"
         CROSS JOIN LATERAL (SELECT COALESCE(bs."reminderOffsetsDays", '{-3,0,7,14}') AS offsets) o
        WHERE i.status IN ('SENT', 'PARTIAL', 'OVERDUE') AND i.total > i."amountPaid" + i."amountSettling"
          AND i."dueDate" IS NOT NULL
          AND COALESCE(bs."remindersEnabled", true) AND cardinality(o.offsets) > 0
          AND i."dueDate" + (SELECT min(x) FROM unnest(o.offsets) x) <= ($1::timestamptz AT TIME ZONE w.timezone)::date
          AND NOT EXISTS (SELECT 1 FROM "invoice_reminder" r WHERE r."invoiceId" = i.id AND r."offsetDays" = (SELECT max(x) FROM unnest(o.offsets) x))
          AND i.id > $2 AND ($3::uuid IS NULL OR i."workspaceId" = $3)
        ORDER BY i.id
        LIMIT ${BATCH}`,
      [now.toISOString(), after, workspaceId ?? null],
    );
  }

  /** Sends the reminder due for one invoice, if any; true when one was enqueued. */
  remind(workspaceId: string, invoiceId: string, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const scope = new TenantScope(m, workspaceId);
      const invoice = await scope
        .query(Invoice, 'i')
        .andWhere('i.id = :id', { id: invoiceId })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!invoice?.dueDate) return false;
      const settings = await billingSettingsOf(m, workspaceId);
      if (!settings.remindersEnabled) return false;
      const sent = await m.getRepository(InvoiceReminder).find({ select: { offsetDays: true }, where: { invoiceId } });
      const [offset] = remindersDue({
        dueDate: invoice.dueDate,
        offsetsDays: settings.reminderOffsetsDays,
        today: await workspaceTodayIn(m, workspaceId, now),
        alreadySent: sent.map((r) => r.offsetDays),
        status: invoice.status,
        // What the client is still asked for: a balance all on its way (settling) is held, not reminded.
        balance: amountPayable(invoice),
      });
      if (offset === undefined) return false;
      const claimed: { id: string }[] = await m.query(
        `INSERT INTO "invoice_reminder" ("workspaceId", "invoiceId", "offsetDays") VALUES ($1, $2, $3)
         ON CONFLICT ("invoiceId", "offsetDays") DO NOTHING RETURNING id`,
        [workspaceId, invoiceId, offset],
      );
      if (!claimed.length) return false;
      const email = await this.mailer?.enqueueReminder(scope, invoiceId, offset);
      if (email) await m.getRepository(InvoiceReminder).update({ id: claimed[0].id }, { emailId: email.emailId });
      return true;
    });
  }
}
