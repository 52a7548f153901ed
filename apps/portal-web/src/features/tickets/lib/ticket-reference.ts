import type { PortalTicketSummaryFragment } from '@clientflow/graphql-types/portal';

export type TicketReferenceView = NonNullable<PortalTicketSummaryFragment['reference']>;

export const referencePath = (ref: TicketReferenceView) =>
  ref.kind === 'INVOICE' ? `/invoices/${ref.id}` : `/projects/${ref.id}`;
