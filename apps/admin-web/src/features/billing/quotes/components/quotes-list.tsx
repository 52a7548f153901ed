import { useQuery } from '@apollo/client/react';
import { QuotesDocument, type QuoteSortField } from '@clientflow/graphql-types/admin';
import { BillingListView, type BillingListState } from '../../shared/components/billing-list-view';
import { pageInput } from '../../shared/lib/list-page';
import { QUOTE_STATUS_VIEWS, quoteFilterOf, quoteRowView } from '../lib/quote-list';

interface QuotesListProps extends BillingListState<QuoteSortField> {
  locale: string;
  clientId?: string;
  onCreate?: () => void;
}

export function QuotesList({ clientId, ...props }: QuotesListProps) {
  const { params } = props;
  const { data, loading, error, refetch } = useQuery(QuotesDocument, {
    variables: {
      filter: quoteFilterOf(params, clientId),
      sort: { field: params.sortField, direction: params.sortDirection },
      page: pageInput(params.page),
    },
  });
  const page = data?.quotes;
  return (
    <BillingListView
      {...props}
      kind="QUOTE"
      clientId={clientId}
      statusViews={QUOTE_STATUS_VIEWS}
      result={page && { totalCount: page.totalCount, totals: page.totals, rows: page.nodes.map(quoteRowView) }}
      loading={loading}
      error={error}
      refetch={() => void refetch()}
    />
  );
}
