import { statementSummary, type StatementSummary } from '@clientflow/domain';
import { portalFind, portalQuery, type PortalReader } from '../../portal/portal-access';
import { Invoice } from './invoice.entity';
import type { StatementFilter } from './portal-statement.types';

const OPEN = ['SENT', 'PARTIAL', 'OVERDUE'];

/** The portal's view of a client's invoices: the portal rule for invoices (issued ones, VIEW_INVOICES). */
export class StatementService {
  summary(a: PortalReader, today: string): Promise<StatementSummary> {
    return portalQuery(a, Invoice, 'i', 'invoice')
      .select(['i.id', 'i.status', 'i.currency', 'i.total', 'i.amountPaid', 'i.amountSettling', 'i.dueDate'])
      .getMany()
      .then((rows) => statementSummary(rows, today));
  }

  async list(
    a: PortalReader,
    filter: StatementFilter,
    page: { limit: number; offset: number },
  ): Promise<{ nodes: Invoice[]; totalCount: number }> {
    const qb = portalQuery(a, Invoice, 'i', 'invoice');
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
  get(a: PortalReader, id: string): Promise<Invoice> {
    return portalFind(a, Invoice, id, 'invoice', 'Invoice');
  }
}
