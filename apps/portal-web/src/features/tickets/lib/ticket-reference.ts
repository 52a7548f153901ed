import type { PortalTicketSummaryFragment } from '@clientflow/graphql-types/portal';

export interface TicketReferenceView {
  kind: 'INVOICE' | 'PROJECT';
  id: string;
  /** As the API names it (e.g. "Invoice INV-0004"); null when only the id is known. */
  label: string | null;
}

/** The invoice or project a ticket is about, if any. */
export function ticketReference(ticket: PortalTicketSummaryFragment): TicketReferenceView | null {
  if (ticket.invoiceId) return { kind: 'INVOICE', id: ticket.invoiceId, label: null };
  if (ticket.projectId) return { kind: 'PROJECT', id: ticket.projectId, label: null };
  return null;
}

export const referencePath = (ref: TicketReferenceView) => (ref.kind === 'INVOICE' ? `/invoices/${ref.id}` : `/projects/${ref.id}`);
