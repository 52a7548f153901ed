import {
  assertScheduleDates,
  badInput,
  DomainError,
  invoiceTotals,
  nextPeriodStart,
  scheduledRun,
  isAfterScheduleEnd,
  upcomingRuns,
  type RecurrenceFrequency,
  type RecurringMode,
  type RecurringScheduleDates,
  type ScheduledRun,
} from '@clientflow/domain';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import { Client } from '../../clients/client.entity';
import { Workspace } from '../../identity/workspace.entity';
import { Project } from '../../projects/project.entity';
import type { InvoiceService } from '../invoices/invoice.service';
import { RecurringInvoice, type RecurringLineTemplate } from './recurring-invoice.entity';
import { RecurringInvoiceRun } from './recurring-invoice-run.entity';
import type { CreateRecurringInvoiceInput, UpdateRecurringInvoiceInput } from './recurring.inputs';

export const PREVIEW_COUNT = 12;

/** Line templates as stored; amounts are recomputed by the domain on every run. */
export function toTemplates(lines: readonly RecurringLineTemplate[] | null | undefined): RecurringLineTemplate[] {
  return (lines ?? []).map((l) => ({
    description: l.description.trim(),
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    taxRate: l.taxRate,
    discount: l.discount ?? 0,
  }));
}

/** The end of the last recorded period of a schedule (null before the first). */
export async function lastPeriodEnd(scope: TenantScope, scheduleId: string): Promise<string | null> {
  const row = await scope
    .query(RecurringInvoiceRun, 'r')
    .select('MAX(r."periodEnd")::text', 'last')
    .andWhere('r."recurringInvoiceId" = :scheduleId', { scheduleId })
    .getRawOne<{ last: string | null }>();
  return row?.last ?? null;
}

/** Where the schedule stands: the next period to bill and when (null when past the end date). */
export function nextRunOf(schedule: RecurringScheduleDates, lastEnd: string | null): ScheduledRun | null {
  const start = nextPeriodStart(schedule, lastEnd);
  return isAfterScheduleEnd(schedule, start) ? null : scheduledRun(schedule, start);
}

/**
 * Recurring invoice schedules: create/update/pause/resume/delete and previews. Billing the due periods is
 * RecurringBillingService's job; both agree on the next period through `nextRunOf` over the recorded runs.
 */
export class RecurringService {
  constructor(private readonly invoices: InvoiceService) {}

  list(scope: TenantScope, clientId?: string | null): Promise<RecurringInvoice[]> {
    const qb = scope
      .query(RecurringInvoice, 'r')
      .orderBy('r.active', 'DESC')
      .addOrderBy('r."nextIssueDate"', 'ASC', 'NULLS LAST')
      .addOrderBy('r.name')
      .limit(500);
    if (clientId) qb.andWhere('r."clientId" = :clientId', { clientId });
    return qb.getMany();
  }

  get(scope: TenantScope, id: string): Promise<RecurringInvoice> {
    return scope.findById(RecurringInvoice, id, 'Recurring invoice');
  }

  preview(schedule: RecurringScheduleDates, fromPeriodStart?: string | null): ScheduledRun[] {
    return upcomingRuns(schedule, PREVIEW_COUNT, fromPeriodStart);
  }

  /** The next runs of a saved schedule, after its last recorded period. */
  upcoming(schedule: RecurringInvoice, lastEnd: string | null): ScheduledRun[] {
    const next = nextRunOf(schedule, lastEnd);
    return next ? this.preview(schedule, next.periodStart) : [];
  }

  create(scope: TenantScope, userId: string, input: CreateRecurringInvoiceInput): Promise<RecurringInvoice> {
    return scope.transaction(async (s) => {
      const client = await s.findById(Client, input.clientId, 'Client');
      if (client.archivedAt) throw badInput('clientId', 'This client is archived; restore it before billing it');
      const ws = await s.manager.getRepository(Workspace).findOneByOrFail({ id: s.workspaceId });
      const fields = {
        clientId: client.id,
        name: input.name.trim(),
        frequency: input.frequency,
        mode: input.mode ?? 'FIXED',
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        projectId: input.projectId ?? null,
        lines: toTemplates(input.lines),
        currency: (input.currency ?? ws.currency).toUpperCase(),
        dueDays: input.dueDays ?? null,
        autoSend: input.autoSend ?? false,
        notes: input.notes?.trim() || null,
      };
      await this.validate(s, fields);
      if (fields.mode === 'HOURS') fields.lines = [];
      const next = nextRunOf(fields, null);
      const row = await s.insert(RecurringInvoice, {
        ...fields,
        active: true,
        nextIssueDate: next?.issueDate ?? null,
        createdByUserId: userId,
      });
      return s.findById(RecurringInvoice, row.id, 'Recurring invoice');
    });
  }

  update(scope: TenantScope, id: string, input: UpdateRecurringInvoiceInput): Promise<RecurringInvoice> {
    return scope.transaction(async (s) => {
      const current = await this.lock(s, id);
      const lastEnd = await lastPeriodEnd(s, id);
      const fields = {
        clientId: current.clientId,
        name: input.name?.trim() ?? current.name,
        frequency: input.frequency ?? current.frequency,
        mode: input.mode ?? current.mode,
        startDate: input.startDate ?? current.startDate,
        endDate: input.endDate !== undefined ? input.endDate : current.endDate,
        projectId: input.projectId !== undefined ? input.projectId : current.projectId,
        lines: input.lines ? toTemplates(input.lines) : current.lines,
        currency: input.currency?.toUpperCase() ?? current.currency,
        dueDays: input.dueDays !== undefined ? input.dueDays : current.dueDays,
        autoSend: input.autoSend ?? current.autoSend,
        notes: input.notes !== undefined ? input.notes?.trim() || null : current.notes,
      };
      if (lastEnd) {
        for (const key of ['startDate', 'frequency', 'mode'] as const) {
          if (fields[key] !== current[key]) {
            throw new DomainError(
              'CONFLICT',
              'Periods of this schedule are already billed: create a new schedule to change its dates, frequency or mode',
              key,
            );
          }
        }
      }
      await this.validate(s, fields);
      if (fields.mode === 'HOURS') fields.lines = [];
      const next = nextRunOf(fields, lastEnd);
      await s.update(RecurringInvoice, id, { ...fields, nextIssueDate: next?.issueDate ?? null }, 'Recurring invoice');
      return s.findById(RecurringInvoice, id, 'Recurring invoice');
    });
  }

  pause(scope: TenantScope, id: string): Promise<RecurringInvoice> {
    return scope.transaction(async (s) => {
      await this.lock(s, id);
      await s.update(RecurringInvoice, id, { active: false }, 'Recurring invoice');
      return s.findById(RecurringInvoice, id, 'Recurring invoice');
    });
  }

  /**
   * Resumes billing from today: periods whose issue date passed while paused are recorded as SKIPPED (not billed
   * late); the period issued today, if any, is billed by the next run of the job.
   */
  resume(scope: TenantScope, id: string): Promise<RecurringInvoice> {
    return scope.transaction(async (s) => {
      const schedule = await this.lock(s, id);
      if (schedule.active) return schedule;
      const today = await this.invoices.workspaceToday(s);
      let next = nextRunOf(schedule, await lastPeriodEnd(s, id));
      while (next && next.issueDate < today) {
        await s.manager.getRepository(RecurringInvoiceRun).insert({
          workspaceId: s.workspaceId,
          recurringInvoiceId: id,
          periodStart: next.periodStart,
          periodEnd: next.periodEnd,
          invoiceId: null,
          outcome: 'SKIPPED',
        });
        next = nextRunOf(schedule, next.periodEnd);
      }
      await s.update(
        RecurringInvoice,
        id,
        { active: true, nextIssueDate: next?.issueDate ?? null },
        'Recurring invoice',
      );
      return s.findById(RecurringInvoice, id, 'Recurring invoice');
    });
  }

  /** Deletes the schedule and its run history; the invoices it created stay (their link is cleared). */
  async delete(scope: TenantScope, id: string): Promise<void> {
    await scope.transaction(async (s) => {
      await this.lock(s, id);
      await s.delete(RecurringInvoice, id, 'Recurring invoice');
    });
  }

  /** The schedule row locked against the billing job for the rest of the transaction. */
  private async lock(scope: TenantScope, id: string): Promise<RecurringInvoice> {
    await scope.findById(RecurringInvoice, id, 'Recurring invoice');
    return scope
      .query(RecurringInvoice, 'r')
      .andWhere('r.id = :id', { id })
      .setLock('pessimistic_write')
      .getOneOrFail();
  }

  private async validate(
    scope: TenantScope,
    f: {
      clientId: string;
      frequency: RecurrenceFrequency;
      mode: RecurringMode;
      startDate: string;
      endDate: string | null;
      projectId: string | null;
      lines: RecurringLineTemplate[];
    },
  ): Promise<void> {
    assertScheduleDates(f);
    if (f.projectId) {
      const project = await scope.query(Project, 'p').andWhere('p.id = :id', { id: f.projectId }).getOne();
      if (!project) throw badInput('projectId', 'Project not found');
      if (project.clientId !== f.clientId) throw badInput('projectId', 'The project belongs to another client');
    }
    if (f.mode === 'HOURS') {
      if (!f.projectId) throw badInput('projectId', 'Choose the project whose time is billed');
      return;
    }
    if (!f.lines.length) throw badInput('lines', 'A fixed recurring invoice needs at least one line');
    const totals = invoiceTotals(f.lines);
    if (totals.total <= 0) throw badInput('lines', 'A recurring invoice with a total of zero would bill nothing');
  }
}
