import type { InvoiceStatus, QuoteStatus } from '@clientflow/domain';

export const INVOICE_STATUS_COLORS: Record<InvoiceStatus, string> = {
  DRAFT: 'gray',
  SENT: 'blue',
  PARTIAL: 'yellow',
  PAID: 'teal',
  OVERDUE: 'red',
  VOID: 'dark',
};

export const QUOTE_STATUS_COLORS: Record<QuoteStatus, string> = {
  DRAFT: 'gray',
  SENT: 'blue',
  ACCEPTED: 'teal',
  REJECTED: 'red',
  EXPIRED: 'orange',
};
