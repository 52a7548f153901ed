import DataLoader from 'dataloader';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import { groupByKey } from '../../../platform/lib/group-by-key';
import { InvoiceLine } from './invoice-line.entity';
import { Payment } from '../payments/payment.entity';

/** Per-request loaders for the portal statement's invoice fields (one query per field per page). */
export function createStatementLoaders(scope: () => TenantScope) {
  const portalInvoiceLines = new DataLoader<string, InvoiceLine[]>(async (ids) => {
    const rows = await scope()
      .query(InvoiceLine, 'l')
      .andWhere('l."invoiceId" IN (:...ids)', { ids })
      .orderBy('l.position', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (l) => l.invoiceId);
  });
  const portalInvoicePayments = new DataLoader<string, Payment[]>(async (ids) => {
    const rows = await scope()
      .query(Payment, 'p')
      .andWhere('p."invoiceId" IN (:...ids)', { ids })
      .orderBy('p."receivedAt"', 'ASC')
      .addOrderBy('p."createdAt"', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (p) => p.invoiceId);
  });
  return { portalInvoiceLines, portalInvoicePayments };
}
