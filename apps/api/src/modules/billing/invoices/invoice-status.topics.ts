import type { EntityManager } from 'typeorm';
import { Invoice } from './invoice.entity';
import { publish } from '../../../platform/realtime/live-event';
import { loadClientRows, staffSees, type LiveTopic } from '../../../platform/realtime/live-topic';

export const INVOICE_TOPIC = 'invoice';

/**
 * Staff with `financials.view` who can see the client; the portal's own rule for invoices (issued ones with
 * VIEW_INVOICES, as `portalInvoices`).
 */
export const invoiceStatusTopic: LiveTopic<Invoice> = {
  load: (manager, workspaceId, ids) => loadClientRows(manager, Invoice, workspaceId, ids),
  staffVisible: (item, viewer) => staffSees(item, viewer, 'financials.view'),
  portal: 'invoice',
};

/**
 * Call inside the transaction that changed an invoice's status or amount paid (issue, recordPayment, void, the
 * Stripe webhook, overdue marking): subscribers hear of it once the transaction commits.
 */
export function publishInvoiceStatus(
  manager: EntityManager,
  invoice: Pick<Invoice, 'id' | 'workspaceId' | 'clientId'>,
): Promise<void> {
  return publish(manager, {
    topic: INVOICE_TOPIC,
    workspaceId: invoice.workspaceId,
    clientId: invoice.clientId,
    id: invoice.id,
    kind: 'updated',
  });
}
