import DataLoader from 'dataloader';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import { groupByKey } from '../../../platform/lib/group-by-key';
import { Project } from '../../projects/project.entity';
import { RecurringInvoiceRun } from './recurring-invoice-run.entity';
import type { RecurringInvoiceRunType } from './recurring.types';

/** At most this many runs are listed per schedule (newest first): 10 years of monthly invoices. */
const RUNS_PER_SCHEDULE = 120;

/** Per-request loaders of the recurring module: runs (with their invoice's number/status/total) and projects. */
export function createRecurringLoaders(scope: () => TenantScope) {
  const recurringRunsBySchedule = new DataLoader<string, RecurringInvoiceRunType[]>(async (ids) => {
    const rows = await scope()
      .query(RecurringInvoiceRun, 'r')
      .leftJoin('invoice', 'i', 'i.id = r."invoiceId" AND i."workspaceId" = r."workspaceId"')
      .select([
        'r.id AS id',
        'r."recurringInvoiceId" AS "scheduleId"',
        'r."periodStart"::text AS "periodStart"',
        'r."periodEnd"::text AS "periodEnd"',
        'r.outcome AS outcome',
        'r."invoiceId" AS "invoiceId"',
        'r."createdAt" AS "createdAt"',
        'i.number AS "invoiceNumber"',
        'i.status AS "invoiceStatus"',
        'i.total::text AS "invoiceTotal"',
      ])
      .andWhere('r."recurringInvoiceId" IN (:...ids)', { ids })
      .andWhere(
        `(SELECT count(*) FROM "recurring_invoice_run" n WHERE n."recurringInvoiceId" = r."recurringInvoiceId" AND n."periodStart" > r."periodStart") < ${RUNS_PER_SCHEDULE}`,
      )
      .orderBy('r."periodStart"', 'DESC')
      .getRawMany<RecurringInvoiceRunType & { scheduleId: string; invoiceTotal: string | null }>();
    const runs = rows.map((r) => ({ ...r, invoiceTotal: r.invoiceTotal == null ? null : Number(r.invoiceTotal) }));
    return groupByKey(ids, runs, (r) => r.scheduleId);
  });
  const recurringProjectById = new DataLoader<string, Project | null>(async (ids) => {
    const rows = await scope().query(Project, 'p').andWhere('p.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return { recurringRunsBySchedule, recurringProjectById };
}
