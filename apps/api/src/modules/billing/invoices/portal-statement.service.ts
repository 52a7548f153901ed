import { notFound, statementSummary, type StatementSummary } from '@clientflow/domain';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import { Invoice } from './invoice.entity';
import type { StatementFilter } from './portal-statement.types';

const OPEN = ['SENT', 'PARTIAL', 'OVERDUE'];

/** The portal's view of a client's invoices. The scope is a portal scope: only the caller's client exists. */
export class StatementService {
  summary(scope: TenantScope, today: string): Promise<StatementSummary> {
    return scope
      .query(Invoice, 'i')
      .andWhere(`i.status <> 'DRAFT'`)
      .select(['i.id', 'i.status', 'i.currency', 'i.total', 'i.amountPaid', 'i.dueDate'])
      .getMany()
      .then((rows) => statementSummary(rows, today));
  }

  async list(
    scope: TenantScope,
    filter: StatementFilter,
    page: { limit: number; offset: number },
  ): Promise<{ nodes: Invoice[]; totalCount: number }> {
    const qb = scope.query(Invoice, 'i').andWhere(`i.status <> 'DRAFT'`);
    if (filter === 'OPEN') qb.andWhere('i.status IN (:...open)', { open: OPEN });
    if (filter === 'PAID') qb.andWhere(`i.status = 'PAID'`);
    const [nodes, totalCount] = await qb
      .orderBy('i."issueDate"', 'DESC')
      .addOrderBy('i.sequence', 'DESC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { nodes, totalCount };
  }

  /** NOT_FOUND for drafts, as for invoices of other clients. */
  async get(scope: TenantScope, id: string): Promise<Invoice> {
    const invoice = await scope.findById(Invoice, id, 'Invoice');
    if (invoice.status === 'DRAFT') throw notFound('Invoice');
    return invoice;
  }
}
