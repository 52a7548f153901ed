import { Button, Card, EmptyState, Group, Pagination, Stack, Text } from '@mantine/core';
import { IconFileInvoice, IconFileText } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../../shared/components/error-state';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import type { BillingListParams } from '../hooks/use-billing-list-params';
import type { BillingKind } from '../lib/document-form-values';
import { BILLING_PAGE_SIZE } from '../lib/list-page';
import { BillingDocumentsTable, type BillingRowView, type BillingSortField } from './billing-documents-table';
import { BillingListToolbar } from './billing-list-toolbar';
import { BillingTotalsBar, type CurrencyTotals } from './billing-totals-bar';

export interface BillingListState<F extends BillingSortField> {
  params: BillingListParams<F>;
  update(patch: Partial<BillingListParams<F>>): void;
  sortBy(field: F): void;
  filtered: boolean;
  clearFilters(): void;
}

interface BillingListViewProps<F extends BillingSortField> extends BillingListState<F> {
  kind: BillingKind;
  statusViews: readonly { value: string; label: string }[];
  result: { totalCount: number; totals: readonly CurrencyTotals[]; rows: BillingRowView[] } | undefined;
  loading: boolean;
  error: unknown;
  refetch(): void;
  locale: string;
  /** On a client's page: only that client's documents, no client column or filter. */
  clientId?: string;
  /** The empty state's call to action (people who can bill). */
  onCreate?: () => void;
}

/** The invoices or quotes list: status views, search, client filter, totals of the filtered set, table, pages. */
export function BillingListView<F extends BillingSortField>(props: BillingListViewProps<F>) {
  const {
    kind,
    params,
    update,
    sortBy,
    filtered,
    clearFilters,
    statusViews,
    result,
    loading,
    error,
    refetch,
    locale,
    clientId,
    onCreate,
  } = props;
  const navigate = useNavigate();
  const noun = kind === 'INVOICE' ? 'invoice' : 'quote';
  const base = kind === 'INVOICE' ? '/invoices' : '/quotes';

  return (
    <Stack gap="md">
      <BillingListToolbar
        searchLabel={`Search ${noun}s`}
        search={params.search}
        onSearch={(search) => update({ search })}
        statusOptions={statusViews}
        status={params.status}
        onStatus={(status) => update({ status })}
        clientFilter={clientId ? undefined : { clientId: params.clientId, onChange: (id) => update({ clientId: id }) }}
      />
      {result && <BillingTotalsBar totals={result.totals} locale={locale} noun={noun} />}
      {error && !result ? (
        <ErrorState title={`Could not load ${noun}s`} message={apiErrorInfo(error).message} onRetry={refetch} />
      ) : result && result.totalCount === 0 ? (
        <EmptyState
          py="xl"
          icon={kind === 'INVOICE' ? <IconFileInvoice /> : <IconFileText />}
          title={filtered ? `No ${noun}s match these filters` : `No ${noun}s yet`}
          description={
            filtered
              ? 'Try another search or status, or clear the filters.'
              : kind === 'INVOICE'
                ? 'Bill a project fee, tracked time or anything else.'
                : 'Propose work and its price; an accepted quote becomes an invoice in one click.'
          }
        >
          {filtered ? (
            <Button variant="default" onClick={clearFilters}>
              Clear filters
            </Button>
          ) : (
            onCreate && <Button onClick={onCreate}>New {noun}</Button>
          )}
        </EmptyState>
      ) : (
        <Card withBorder padding={0}>
          <BillingDocumentsTable
            kind={kind}
            rows={result?.rows ?? []}
            loading={loading}
            locale={locale}
            showClient={!clientId}
            sortField={params.sortField}
            sortDirection={params.sortDirection}
            onSort={sortBy}
            onOpen={(id) => navigate(`${base}/${id}`)}
          />
        </Card>
      )}
      {result && result.totalCount > BILLING_PAGE_SIZE && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {result.totalCount} {noun}s
          </Text>
          <Pagination
            total={Math.ceil(result.totalCount / BILLING_PAGE_SIZE)}
            value={params.page}
            onChange={(page) => update({ page })}
          />
        </Group>
      )}
    </Stack>
  );
}
