import type {
  InvoiceFilter,
  InvoiceRowFragment,
  InvoiceSortField,
  InvoiceStatus,
} from '@clientflow/graphql-types/admin';
import type { BillingRowView } from '../../shared/components/billing-documents-table';
import type { BillingListParams } from '../../shared/hooks/use-billing-list-params';

export const INVOICE_SORT_FIELDS: readonly InvoiceSortField[] = [
  'CREATED_AT',
  'ISSUE_DATE',
  'DUE_DATE',
  'NUMBER',
  'TOTAL',
  'CLIENT',
];

/** The status views; OVERDUE means "late with a balance" (also SENT/PARTIAL ones past due the job has not marked yet). */
export const INVOICE_STATUS_VIEWS = [
  { value: 'DRAFT', label: 'Draft' },
  { value: 'SENT', label: 'Sent' },
  { value: 'PARTIAL', label: 'Partly paid' },
  { value: 'OVERDUE', label: 'Overdue' },
  { value: 'PAID', label: 'Paid' },
  { value: 'VOID', label: 'Void' },
] as const;

export function invoiceFilterOf(params: BillingListParams<InvoiceSortField>, clientId?: string): InvoiceFilter {
  const { status } = params;
  return {
    search: params.search || null,
    status: status && status !== 'OVERDUE' ? [status as InvoiceStatus] : null,
    overdue: status === 'OVERDUE' ? true : null,
    clientId: clientId ?? params.clientId ?? null,
  };
}

export const invoiceRowView = (i: InvoiceRowFragment): BillingRowView => ({
  id: i.id,
  number: i.number,
  status: i.status,
  client: i.client,
  issueDate: i.issueDate,
  endDate: i.dueDate,
  currency: i.currency,
  total: i.total,
  balance: i.balance,
  settling: i.amountSettling,
  isOverdue: i.isOverdue,
});
