import DataLoader from 'dataloader';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { groupByKey } from '../../platform/lib/group-by-key';
import { Project } from '../projects/project.entity';
import { TimeEntry } from '../time/time-entry.entity';
import { Invoice } from './invoices/invoice.entity';
import { InvoiceLine } from './invoices/invoice-line.entity';
import type { ClientBillingSummaryType } from './billing.types';
import { Payment } from './payments/payment.entity';
import { QuoteEvent } from './quotes/quote-event.entity';
import { QuoteLine } from './quotes/quote-line.entity';
import { Quote } from './quotes/quote.entity';

interface SummaryRow {
  clientId: string;
  currency: string;
  invoiced: string;
  paid: string;
  outstanding: string;
  open: number;
  overdue: number;
  days: string | null;
}

/** Per-request loaders for invoices and quotes: one statement per relation per page, all through TenantScope. */
export function createBillingLoaders(scope: () => TenantScope) {
  const byParent = <T extends object>(entity: new () => T, column: string, order: string) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = await scope()
        .query(entity, 'r')
        .andWhere(`r."${column}" IN (:...ids)`, { ids })
        .orderBy(order, 'ASC')
        .addOrderBy('r."createdAt"', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .getMany();
      return groupByKey(ids, rows, (r) => (r as Record<string, unknown>)[column] as string);
    });
  const byId = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await scope().query(entity, 'r').andWhere('r.id IN (:...ids)', { ids }).getMany();
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });

  /** Time entry ids billed on each invoice line. */
  const timeEntryIdsByInvoiceLine = new DataLoader<string, string[]>(async (ids) => {
    const rows = await scope()
      .query(TimeEntry, 'te')
      .select(['te.id', 'te.invoiceLineId'])
      .andWhere('te."invoiceLineId" IN (:...ids)', { ids })
      .orderBy('te.date', 'ASC')
      .addOrderBy('te.id', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (r) => r.invoiceLineId).map((group) => group.map((r) => r.id));
  });

  /**
   * Every currency's billing figures for each client of a page, in one statement. Days to pay: from the issue date
   * to the latest payment of each PAID invoice (the one that made it paid). Overdue uses the workspace's today.
   */
  const billingSummariesByClient = new DataLoader<string, ClientBillingSummaryType[]>(async (clientIds) => {
    const rows = await scope()
      .query(Invoice, 'i')
      .innerJoin('workspace', 'w', 'w.id = i."workspaceId"')
      .select('i."clientId"', 'clientId')
      .addSelect('i.currency', 'currency')
      .addSelect('sum(i.total)::text', 'invoiced')
      .addSelect('sum(i."amountPaid")::text', 'paid')
      .addSelect(
        `coalesce(sum(i.total - i."amountPaid") FILTER (WHERE i.status IN ('SENT', 'PARTIAL', 'OVERDUE')), 0)::text`,
        'outstanding',
      )
      .addSelect(`count(*) FILTER (WHERE i.status IN ('SENT', 'PARTIAL', 'OVERDUE'))::int`, 'open')
      .addSelect(
        `count(*) FILTER (WHERE i.status IN ('SENT', 'PARTIAL', 'OVERDUE') AND i.total > i."amountPaid" AND i."dueDate" < (now() AT TIME ZONE w.timezone)::date)::int`,
        'overdue',
      )
      .addSelect(
        `avg(CASE WHEN i.status = 'PAID' THEN (SELECT max(p."receivedAt") FROM payment p WHERE p."invoiceId" = i.id) - i."issueDate" END)::text`,
        'days',
      )
      .andWhere(`i."clientId" IN (:...clientIds) AND i.status NOT IN ('DRAFT', 'VOID')`, { clientIds })
      .groupBy('i."clientId"')
      .addGroupBy('i.currency')
      .orderBy('sum(i.total)', 'DESC')
      .getRawMany<SummaryRow>();
    const summaries = rows.map((r) => ({
      clientId: r.clientId,
      currency: r.currency,
      totalInvoiced: Number(r.invoiced),
      totalPaid: Number(r.paid),
      outstanding: Number(r.outstanding),
      openInvoiceCount: Number(r.open),
      overdueCount: Number(r.overdue),
      averageDaysToPay: r.days == null ? null : Math.round(Number(r.days) * 10) / 10,
    }));
    return groupByKey(clientIds, summaries, (s) => s.clientId);
  });

  return {
    invoiceLinesByInvoice: byParent(InvoiceLine, 'invoiceId', 'r.position'),
    paymentsByInvoice: byParent(Payment, 'invoiceId', 'r."receivedAt"'),
    quoteLinesByQuote: byParent(QuoteLine, 'quoteId', 'r.position'),
    quoteEventsByQuote: byParent(QuoteEvent, 'quoteId', 'r."createdAt"'),
    invoiceById: byId(Invoice),
    quoteById: byId(Quote),
    billingProjectById: byId(Project),
    timeEntryIdsByInvoiceLine,
    billingSummariesByClient,
  };
}
