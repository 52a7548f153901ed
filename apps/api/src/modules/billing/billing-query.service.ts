import type { SelectQueryBuilder } from 'typeorm';
import { badInput, DomainError } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { escapeLike } from '../../platform/db/sql';
import { Client } from '../clients/client.entity';
import { User } from '../identity/user.entity';
import { Project } from '../projects/project.entity';
import { Task } from '../projects/task.entity';
import { TimeEntry } from '../time/time-entry.entity';
import { billingSettingsOf } from './billing-settings.service';
import { Invoice } from './invoices/invoice.entity';
import type { InvoiceFilter, InvoiceSort, QuoteFilter, QuoteSort } from './billing.inputs';
import type { SuggestedLineType, UnbilledGrouping } from './billing.types';
import { Quote } from './quotes/quote.entity';

export const MAX_BILLING_PAGE = 100;
/** Statuses that still expect money. */
const OPEN = `('SENT', 'PARTIAL', 'OVERDUE')`;

const INVOICE_SORT = {
  CREATED_AT: 'd."createdAt"',
  ISSUE_DATE: 'd."issueDate"',
  DUE_DATE: 'd."dueDate"',
  NUMBER: 'd.sequence',
  TOTAL: 'd.total',
  CLIENT: 'c.name',
} as const;
const QUOTE_SORT = {
  CREATED_AT: 'd."createdAt"',
  ISSUE_DATE: 'd."issueDate"',
  VALID_UNTIL: 'd."validUntil"',
  NUMBER: 'd.sequence',
  TOTAL: 'd.total',
  CLIENT: 'c.name',
} as const;

interface Page {
  offset: number;
  limit: number;
}

/** Read side of invoicing: the invoice and quote lists with their totals, unbilled time and project fee suggestions. */
export class BillingQueryService {
  async invoices(scope: TenantScope, filter: InvoiceFilter, sort: InvoiceSort, page: Page, today: string) {
    const qb = this.documents(scope, Invoice, filter);
    if (filter.status?.length) qb.andWhere('d.status IN (:...statuses)', { statuses: filter.status });
    const overdue = `(d.status IN ${OPEN} AND d.total > d."amountPaid" AND d."dueDate" < :today)`;
    if (filter.overdue === true) qb.andWhere(overdue, { today });
    if (filter.overdue === false) qb.andWhere(`NOT coalesce(${overdue}, false)`, { today });
    const totalsQb = qb
      .clone()
      .select('d.currency', 'currency')
      .addSelect('count(*)::int', 'count')
      .addSelect(`coalesce(sum(d.total) FILTER (WHERE d.status <> 'VOID'), 0)::text`, 'total')
      .addSelect(`coalesce(sum(d."amountPaid") FILTER (WHERE d.status <> 'VOID'), 0)::text`, 'amountPaid')
      .groupBy('d.currency')
      .orderBy('d.currency', 'ASC');
    const [page_, totals] = await Promise.all([
      this.page(qb, INVOICE_SORT[sort.field], sort.direction, page),
      totalsQb.getRawMany<{ currency: string; count: number; total: string; amountPaid: string }>(),
    ]);
    return {
      ...page_,
      totals: totals.map((t) => ({
        currency: t.currency,
        count: Number(t.count),
        total: Number(t.total),
        amountPaid: Number(t.amountPaid),
        balance: Number(t.total) - Number(t.amountPaid),
      })),
    };
  }

  async quotes(scope: TenantScope, filter: QuoteFilter, sort: QuoteSort, page: Page) {
    const qb = this.documents(scope, Quote, filter);
    if (filter.status?.length) qb.andWhere('d.status IN (:...statuses)', { statuses: filter.status });
    const totalsQb = qb
      .clone()
      .select('d.currency', 'currency')
      .addSelect('count(*)::int', 'count')
      .addSelect('coalesce(sum(d.total), 0)::text', 'total')
      .groupBy('d.currency')
      .orderBy('d.currency', 'ASC');
    const [page_, totals] = await Promise.all([
      this.page(qb, QUOTE_SORT[sort.field], sort.direction, page),
      totalsQb.getRawMany<{ currency: string; count: number; total: string }>(),
    ]);
    return {
      ...page_,
      totals: totals.map((t) => ({ currency: t.currency, count: Number(t.count), total: Number(t.total) })),
    };
  }

  /**
   * Billable, unbilled time of a client (optionally one project) as suggested TIME lines: one per project and task
   * (or person) and bill rate, quantity in hours with 3 decimals, unit price = the entries' bill rate.
   */
  async unbilledTime(
    scope: TenantScope,
    clientId: string,
    projectId: string | null,
    groupBy: UnbilledGrouping,
  ): Promise<SuggestedLineType[]> {
    await scope.findById(Client, clientId, 'Client');
    if (projectId) await scope.findById(Project, projectId, 'Project');
    const settings = await billingSettingsOf(scope.manager, scope.workspaceId);
    const qb = scope
      .query(TimeEntry, 'te')
      .innerJoin(Project, 'p', 'p.id = te."projectId"')
      .select('te."projectId"', 'projectId')
      .addSelect('min(p.name)', 'projectName')
      .addSelect('te."billRate"::text', 'billRate')
      .addSelect('sum(te.minutes)::int', 'minutes')
      .addSelect('array_agg(te.id::text ORDER BY te.date, te."createdAt")', 'ids')
      .addSelect(`to_char(min(te.date), 'YYYY-MM-DD')`, 'firstDate')
      .addSelect(`to_char(max(te.date), 'YYYY-MM-DD')`, 'lastDate')
      .andWhere('te."clientId" = :clientId AND te.billable AND te."invoiceLineId" IS NULL', { clientId })
      .groupBy('te."projectId"')
      .addGroupBy('te."billRate"');
    if (projectId) qb.andWhere('te."projectId" = :projectId', { projectId });
    if (groupBy === 'TASK') {
      qb.leftJoin(Task, 't', 't.id = te."taskId"').addSelect('min(t.title)', 'label').addGroupBy('te."taskId"');
    } else {
      qb.innerJoin(User, 'u', 'u.id = te."userId"').addSelect('min(u.name)', 'label').addGroupBy('te."userId"');
    }
    const rows = await qb.getRawMany<{
      projectId: string;
      projectName: string;
      billRate: string;
      minutes: number;
      ids: string[];
      firstDate: string;
      lastDate: string;
      label: string | null;
    }>();
    return rows
      .map((r) => ({
        description: `${r.projectName}: ${r.label ?? 'General work'}`,
        quantity: Math.round((Number(r.minutes) / 60) * 1000) / 1000,
        unitPrice: Number(r.billRate),
        taxRate: settings.defaultTaxRate,
        source: 'TIME' as const,
        projectId: r.projectId,
        timeEntryIds: r.ids,
        minutes: Number(r.minutes),
        firstDate: r.firstDate,
        lastDate: r.lastDate,
      }))
      .sort((a, b) => a.description.localeCompare(b.description) || b.unitPrice - a.unitPrice);
  }

  /**
   * The part of a project's fixed value not yet on an invoice: value − the gross of FIXED_FEE lines for this project
   * on invoices that are not VOID (drafts count: they already claim it). Refused when nothing is left.
   */
  async projectFeeLine(scope: TenantScope, projectId: string): Promise<SuggestedLineType> {
    const project = await scope.findById(Project, projectId, 'Project');
    if (!project.clientId) throw badInput('projectId', 'Link the project to a client before invoicing it');
    if (project.value <= 0) throw badInput('projectId', 'This project has no fixed value to invoice');
    const [{ billed }]: { billed: string }[] = await scope.manager.query(
      `SELECT coalesce(sum(l.gross), 0)::text AS billed FROM invoice_line l JOIN invoice i ON i.id = l."invoiceId"
        WHERE l."workspaceId" = $1 AND l."projectId" = $2 AND l.source = 'FIXED_FEE' AND i.status <> 'VOID'`,
      [scope.workspaceId, project.id],
    );
    const remaining = project.value - Number(billed);
    if (remaining <= 0)
      throw new DomainError('CONFLICT', 'The fixed fee of this project is already fully invoiced', 'projectId');
    const settings = await billingSettingsOf(scope.manager, scope.workspaceId);
    return {
      description: Number(billed) > 0 ? `${project.name}: remaining fixed fee` : `${project.name}: fixed fee`,
      quantity: 1,
      unitPrice: remaining,
      taxRate: settings.defaultTaxRate,
      source: 'FIXED_FEE',
      projectId: project.id,
      timeEntryIds: [],
      minutes: 0,
      firstDate: null,
      lastDate: null,
    };
  }

  /** Filters invoices and quotes share; documents of clients in the deleted-clients bin leave the lists with them. */
  private documents<T extends Invoice | Quote>(
    scope: TenantScope,
    entity: new () => T,
    filter: InvoiceFilter | QuoteFilter,
  ): SelectQueryBuilder<T> {
    const qb = scope.query(entity, 'd').innerJoin(Client, 'c', 'c.id = d."clientId" AND c."deletedAt" IS NULL');
    if (filter.clientId) qb.andWhere('d."clientId" = :clientId', { clientId: filter.clientId });
    if (filter.projectId) qb.andWhere('d."projectId" = :projectId', { projectId: filter.projectId });
    if (filter.issuedFrom) qb.andWhere('d."issueDate" >= :issuedFrom', { issuedFrom: filter.issuedFrom });
    if (filter.issuedTo) qb.andWhere('d."issueDate" <= :issuedTo', { issuedTo: filter.issuedTo });
    const term = filter.search?.trim();
    if (term) qb.andWhere('(d.number ILIKE :term OR c.name ILIKE :term)', { term: `%${escapeLike(term)}%` });
    return qb;
  }

  private async page<T extends Invoice | Quote>(
    qb: SelectQueryBuilder<T>,
    column: string,
    direction: 'ASC' | 'DESC',
    page: Page,
  ) {
    if (page.limit < 1 || page.limit > MAX_BILLING_PAGE)
      throw badInput('page.limit', `limit must be from 1 to ${MAX_BILLING_PAGE}`);
    const [nodes, totalCount] = await qb
      .orderBy(column, direction, 'NULLS LAST')
      .addOrderBy('d.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { nodes, totalCount, hasMore: page.offset + nodes.length < totalCount };
  }
}
