import type { QuoteFilter, QuoteRowFragment, QuoteSortField, QuoteStatus } from '@clientflow/graphql-types/admin';
import type { BillingRowView } from '../../shared/components/billing-documents-table';
import type { BillingListParams } from '../../shared/hooks/use-billing-list-params';

export const QUOTE_SORT_FIELDS: readonly QuoteSortField[] = [
  'CREATED_AT',
  'ISSUE_DATE',
  'VALID_UNTIL',
  'NUMBER',
  'TOTAL',
  'CLIENT',
];

export const QUOTE_STATUS_VIEWS = [
  { value: 'DRAFT', label: 'Draft' },
  { value: 'SENT', label: 'Sent' },
  { value: 'ACCEPTED', label: 'Accepted' },
  { value: 'REJECTED', label: 'Rejected' },
  { value: 'EXPIRED', label: 'Expired' },
] as const;

export function quoteFilterOf(params: BillingListParams<QuoteSortField>, clientId?: string): QuoteFilter {
  return {
    search: params.search || null,
    status: params.status ? [params.status as QuoteStatus] : null,
    clientId: clientId ?? params.clientId ?? null,
  };
}

export const quoteRowView = (q: QuoteRowFragment): BillingRowView => ({
  id: q.id,
  number: q.number,
  title: q.title,
  status: q.status,
  client: q.client,
  issueDate: q.issueDate,
  endDate: q.validUntil,
  currency: q.currency,
  total: q.total,
});
