import { useQuery } from '@apollo/client/react';
import { InvoicesDocument, type InvoiceSortField } from '@clientflow/graphql-types/admin';
import { BillingListView, type BillingListState } from '../../shared/components/billing-list-view';
import { pageInput } from '../../shared/lib/list-page';
import { INVOICE_STATUS_VIEWS, invoiceFilterOf, invoiceRowView } from '../lib/invoice-list';

interface InvoicesListProps extends BillingListState<InvoiceSortField> {
  locale: string;
  clientId?: string;
  onCreate?: () => void;
}

export function InvoicesList({ clientId, ...props }: InvoicesListProps) {
  const { params } = props;
  const { data, loading, error, refetch } = useQuery(InvoicesDocument, {
    variables: {
      filter: invoiceFilterOf(params, clientId),
      sort: { field: params.sortField, direction: params.sortDirection },
      page: pageInput(params.page),
    },
  });
  const page = data?.invoices;
  return (
    <BillingListView
      {...props}
      kind="INVOICE"
      clientId={clientId}
      statusViews={INVOICE_STATUS_VIEWS}
      result={page && { totalCount: page.totalCount, totals: page.totals, rows: page.nodes.map(invoiceRowView) }}
      loading={loading}
      error={error}
      refetch={() => void refetch()}
    />
  );
}
