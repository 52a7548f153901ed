import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { ClientsDocument, type ClientSortField } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { ClientsEmptyState } from '../components/clients-empty-state';
import { ClientsTable } from '../components/clients-table';
import { ClientsToolbar } from '../components/clients-toolbar';
import { useClientListParams } from '../hooks/use-client-list-params';
import { DEFAULT_DIRECTION, hasActiveFilters, PAGE_SIZE, toClientsVariables } from '../lib/client-list-params';

export function ClientsListRoute() {
  const navigate = useNavigate();
  const format = useWorkspaceFormat();
  const canCreate = useCan('client.create');
  const canSeeFinancials = useCan('financials.view');
  const { params, update, clearFilters } = useClientListParams();

  const { data, previousData, loading, error, refetch } = useQuery(ClientsDocument, {
    variables: toClientsVariables(params, canSeeFinancials),
    context: { handledErrorCodes: ['*'] },
  });
  // Keep the last page on screen (dimmed) while the next one loads, instead of flashing skeletons.
  const page = (data ?? previousData)?.clients;
  const clients = page?.nodes ?? [];
  const total = page?.totalCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const firstIndex = total === 0 ? 0 : (params.page - 1) * PAGE_SIZE + 1;
  const lastIndex = Math.min(params.page * PAGE_SIZE, total);
  const filtered = hasActiveFilters(params);

  // A bookmarked page can outlive the rows it pointed at (deletions, narrower filters).
  useEffect(() => {
    if (data && total > 0 && params.page > pageCount) update({ page: pageCount }, { replace: true });
  }, [data, total, params.page, pageCount, update]);

  const handleSort = (field: ClientSortField) => {
    const direction =
      field === params.sortField ? (params.sortDirection === 'ASC' ? 'DESC' : 'ASC') : DEFAULT_DIRECTION[field];
    update({ sortField: field, sortDirection: direction });
  };

  let body: React.ReactNode;
  if (error) {
    body = <ErrorState title="Could not load clients" message={apiErrorInfo(error).message} onRetry={() => void refetch()} />;
  } else if (!loading && page && total === 0) {
    body = <ClientsEmptyState filtered={filtered} canCreate={canCreate} onClearFilters={clearFilters} />;
  } else {
    body = (
      <ClientsTable
        clients={clients}
        loading={loading}
        showValue={canSeeFinancials}
        sortField={params.sortField}
        sortDirection={params.sortDirection}
        onSort={handleSort}
        onOpen={(id) => navigate(`/clients/${id}`)}
        format={format}
      />
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Clients</Title>
          <Text c="dimmed" size="sm">
            {page ? `${total} ${total === 1 ? 'client' : 'clients'}${filtered ? ' match your filters' : ''}` : ' '}
          </Text>
        </div>
        {canCreate && (
          <Button component={Link} to="/clients/new" leftSection={<IconPlus size={16} />}>
            New client
          </Button>
        )}
      </Group>

      <ClientsToolbar
        search={params.search}
        statuses={params.statuses}
        includeArchived={params.includeArchived}
        // Starting a search pushes a history entry; refining it replaces that entry, so Back leaves the search.
        onSearchChange={(search) => update({ search }, { replace: params.search !== '' })}
        onStatusesChange={(statuses) => update({ statuses })}
        onIncludeArchivedChange={(includeArchived) => update({ includeArchived })}
      />

      <Paper withBorder>{body}</Paper>

      {total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {firstIndex}–{lastIndex} of {total}
          </Text>
          {pageCount > 1 && (
            <Pagination
              total={pageCount}
              value={Math.min(params.page, pageCount)}
              onChange={(next) => update({ page: next })}
              getControlProps={(control) => ({ 'aria-label': `${control} page` })}
              getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}
