import type { DataSource } from 'typeorm';
import { addDays, localDate, MAX_CATCH_UP_PERIODS, type ScheduledRun } from '@clientflow/domain';
import { TenantScope } from '../../../platform/db/tenant-scope';
import { logger } from '../../../platform/logger/logger';
import { billingSettingsOf } from '../billing-settings.service';
import type { Invoice } from '../invoices/invoice.entity';
import type { InvoiceService, LineDraft } from '../invoices/invoice.service';
import { Project } from '../../projects/project.entity';
import { Task } from '../../projects/task.entity';
import { TimeEntry } from '../../time/time-entry.entity';
import type { TimelineService } from '../../timeline/timeline.service';
import { RecurringInvoice } from './recurring-invoice.entity';
import { RecurringInvoiceRun } from './recurring-invoice-run.entity';
import { lastPeriodEnd, nextRunOf } from './recurring.service';

/** Emails an issued invoice inside the caller's transaction (the billing mailer). */
export interface IssuedInvoiceMailer {
  enqueueInvoice(scope: TenantScope, invoiceId: string): Promise<unknown>;
}

export interface RecurringBillingHooks {
  /** Called inside the period's transaction right after its invoice is created: tests inject crashes here. */
  afterInvoiceCreated?: (invoice: Invoice) => Promise<void> | void;
}

export type PeriodResult = 'INVOICED' | 'NOTHING_TO_BILL' | 'NOT_DUE' | 'FINISHED' | 'BUSY' | 'ALREADY_BILLED';

export interface RecurringRunSummary {
  schedules: number;
  invoiced: number;
  nothingToBill: number;
  failed: number;
}

interface DueSchedule {
  id: string;
  workspaceId: string;
  timezone: string;
}

/**
 * Bills the due periods of every active schedule (task `billing.recurring`). Each period is ONE transaction:
 * the schedule row is locked (SKIP LOCKED: a second worker moves on), the period is derived from the recorded runs,
 * its run row is inserted under the unique (schedule, periodStart) key, then the invoice is created (and issued and
 * emailed when auto-send is on) and `nextIssueDate` moves on. A crash anywhere rolls all of it back, so a retry
 * bills the period once; a concurrent worker that got past the lock would conflict on the key and bill nothing.
 */
export class RecurringBillingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceService,
    private readonly timeline: TimelineService,
    private readonly mailer: IssuedInvoiceMailer | null,
    private readonly hooks: RecurringBillingHooks = {},
  ) {}

  async runDue(opts: { now?: Date; workspaceId?: string } = {}): Promise<RecurringRunSummary> {
    const now = opts.now ?? new Date();
    const due = await this.dueSchedules(now, opts.workspaceId);
    const summary: RecurringRunSummary = { schedules: due.length, invoiced: 0, nothingToBill: 0, failed: 0 };
    for (const s of due) {
      const today = localDate(now, s.timezone);
      try {
        for (let i = 0; i < MAX_CATCH_UP_PERIODS; i++) {
          const result = await this.billNextPeriod(s.workspaceId, s.id, today);
          if (result === 'INVOICED') summary.invoiced++;
          else if (result === 'NOTHING_TO_BILL') summary.nothingToBill++;
          else break;
        }
      } catch (err) {
        summary.failed++;
        logger.error({ err, recurringInvoiceId: s.id }, 'recurring invoice run failed; retried on the next run');
      }
    }
    return summary;
  }

  /** Active schedules of live clients whose next issue date has come in their workspace's time zone. */
  private dueSchedules(now: Date, workspaceId?: string): Promise<DueSchedule[]> {
    return this.dataSource.query(
      `SELECT r.id, r."workspaceId", w.timezone
         FROM "recurring_invoice" r
         JOIN "workspace" w ON w.id = r."workspaceId"
         JOIN "client" c ON c.id = r."clientId" AND c."deletedAt" IS NULL AND c."archivedAt" IS NULL
        WHERE r.active AND r."nextIssueDate" IS NOT NULL
          AND r."nextIssueDate" <= ($1::timestamptz AT TIME ZONE w.timezone)::date
          AND ($2::uuid IS NULL OR r."workspaceId" = $2)
        ORDER BY r."nextIssueDate", r.id`,
      [now.toISOString(), workspaceId ?? null],
    );
  }

  /** Bills the schedule's next period if its issue date is on or before `today`; one transaction. */
  billNextPeriod(workspaceId: string, scheduleId: string, today: string): Promise<PeriodResult> {
    return this.dataSource.transaction(async (m) => {
      const scope = new TenantScope(m, workspaceId);
      const schedule = await scope
        .query(RecurringInvoice, 'r')
        .andWhere('r.id = :id AND r.active', { id: scheduleId })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!schedule) return 'BUSY';
      const run = nextRunOf(schedule, await lastPeriodEnd(scope, schedule.id));
      if (!run) {
        await scope.update(RecurringInvoice, schedule.id, { nextIssueDate: null }, 'Recurring invoice');
        return 'FINISHED';
      }
      if (run.issueDate > today) {
        if (schedule.nextIssueDate !== run.issueDate)
          await scope.update(RecurringInvoice, schedule.id, { nextIssueDate: run.issueDate }, 'Recurring invoice');
        return 'NOT_DUE';
      }
      const claimed: { id: string }[] = await m.query(
        `INSERT INTO "recurring_invoice_run" ("workspaceId", "recurringInvoiceId", "periodStart", "periodEnd", "outcome")
         VALUES ($1, $2, $3, $4, 'INVOICED') ON CONFLICT ("recurringInvoiceId", "periodStart") DO NOTHING RETURNING id`,
        [workspaceId, schedule.id, run.periodStart, run.periodEnd],
      );
      if (!claimed.length) return 'ALREADY_BILLED';
      const result = await this.billPeriod(scope, schedule, run, claimed[0].id, today);
      const next = nextRunOf(schedule, run.periodEnd);
      await scope.update(
        RecurringInvoice,
        schedule.id,
        { nextIssueDate: next?.issueDate ?? null },
        'Recurring invoice',
      );
      return result;
    });
  }

  private async billPeriod(
    scope: TenantScope,
    schedule: RecurringInvoice,
    run: ScheduledRun,
    runId: string,
    today: string,
  ): Promise<PeriodResult> {
    const settings = await billingSettingsOf(scope.manager, scope.workspaceId);
    const lines =
      schedule.mode === 'HOURS'
        ? await this.hoursLines(scope, schedule, run, settings.defaultTaxRate)
        : fixedLines(schedule, run);
    if (!lines.length) {
      await scope.manager.getRepository(RecurringInvoiceRun).update({ id: runId }, { outcome: 'NOTHING_TO_BILL' });
      return 'NOTHING_TO_BILL';
    }
    const invoice = await this.invoices.createDraft(scope, {
      clientId: schedule.clientId,
      projectId: schedule.projectId,
      currency: schedule.currency,
      issueDate: run.issueDate,
      dueDate: addDays(run.issueDate, schedule.dueDays ?? settings.paymentTermsDays),
      notes: schedule.notes ?? undefined,
      lines,
      recurringInvoiceId: schedule.id,
      createdByUserId: null,
    });
    await this.hooks.afterInvoiceCreated?.(invoice);
    await scope.manager.getRepository(RecurringInvoiceRun).update({ id: runId }, { invoiceId: invoice.id });
    await this.timeline.record(scope, {
      clientId: schedule.clientId,
      projectId: schedule.projectId,
      type: 'INVOICE',
      summary: `Recurring invoice “${schedule.name}” created for ${run.periodStart} – ${run.periodEnd}`,
      metadata: {
        source: 'recurring',
        recurringInvoiceId: schedule.id,
        invoiceId: invoice.id,
        periodStart: run.periodStart,
        periodEnd: run.periodEnd,
      },
    });
    // A zero total (HOURS at rate 0) cannot be issued: it stays a draft for someone to look at.
    if (schedule.autoSend && invoice.total > 0) {
      await this.invoices.issue(scope, invoice.id, { today });
      await this.mailer?.enqueueInvoice(scope, invoice.id);
    }
    return 'INVOICED';
  }

  /**
   * HOURS: the project's billable, unbilled time dated from the schedule's start to the period's end (so entries
   * logged late for an earlier period are billed with the next one rather than never), one line per task and rate.
   */
  private async hoursLines(
    scope: TenantScope,
    schedule: RecurringInvoice,
    run: ScheduledRun,
    taxRate: number,
  ): Promise<LineDraft[]> {
    if (!schedule.projectId) return [];
    const entries = await scope
      .query(TimeEntry, 'e')
      .andWhere('e."projectId" = :projectId AND e.billable AND e."invoiceLineId" IS NULL', {
        projectId: schedule.projectId,
      })
      .andWhere('e.date BETWEEN :from AND :to', { from: schedule.startDate, to: run.periodEnd })
      .orderBy('e.date')
      .addOrderBy('e.id')
      .getMany();
    if (!entries.length) return [];
    const project = await scope.query(Project, 'p').andWhere('p.id = :id', { id: schedule.projectId }).getOne();
    const taskIds = [...new Set(entries.map((e) => e.taskId).filter((id): id is string => !!id))];
    const tasks = taskIds.length
      ? await scope.query(Task, 't').andWhere('t.id IN (:...taskIds)', { taskIds }).getMany()
      : [];
    const titles = new Map(tasks.map((t) => [t.id, t.title]));
    const groups = new Map<string, { taskId: string | null; rate: number; minutes: number; ids: string[] }>();
    for (const e of entries) {
      const key = `${e.taskId ?? ''}:${e.billRate}`;
      const g = groups.get(key) ?? { taskId: e.taskId, rate: e.billRate, minutes: 0, ids: [] };
      g.minutes += e.minutes;
      g.ids.push(e.id);
      groups.set(key, g);
    }
    const label = `${run.periodStart} – ${run.periodEnd}`;
    return [...groups.values()]
      .filter((g) => g.minutes > 0)
      .map((g) => ({
        description: `${(g.taskId && titles.get(g.taskId)) || project?.name || 'Time'} (${label})`,
        // Hours with 3 decimals (the domain's quantity precision): 20 minutes bill as 0.333 h.
        quantity: Math.round((g.minutes * 1000) / 60) / 1000,
        unitPrice: g.rate,
        taxRate,
        source: 'TIME' as const,
        projectId: schedule.projectId,
        timeEntryIds: g.ids,
      }));
  }
}

function fixedLines(schedule: RecurringInvoice, run: ScheduledRun): LineDraft[] {
  return schedule.lines.map((l) => ({
    description: `${l.description} (${run.periodStart} – ${run.periodEnd})`,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    taxRate: l.taxRate,
    discount: l.discount ?? 0,
    source: 'AD_HOC' as const,
  }));
}
