import { lazy, Suspense, useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCards, IconColumns3, IconMap, IconPlus, IconTable } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import {
  ClientFilterOptionsDocument,
  ClientsDocument,
  type ClientSortField,
  type ClientViewMode,
} from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { ClientCards } from '../../client-views/components/client-cards';
import { ClientPipeline } from '../../client-views/components/client-pipeline';
import { SavedViewsMenu } from '../../saved-views/components/saved-views-menu';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { ClientsEmptyState } from '../components/clients-empty-state';
import { ClientsTable } from '../components/clients-table';
import { ClientsToolbar } from '../components/clients-toolbar';
import { useClientListParams } from '../hooks/use-client-list-params';
import {
  DEFAULT_DIRECTION,
  exportHref,
  hasActiveFilters,
  PAGE_SIZE,
  serializeClientListParams,
  toClientFilter,
  toClientsVariables,
} from '../lib/client-list-params';

// The world atlas and d3 load only when someone opens the map.
const ClientMap = lazy(async () => ({ default: (await import('../../client-views/components/client-map')).ClientMap }));

const VIEW_OPTIONS = [
  { value: 'TABLE', label: 'Table', icon: IconTable },
  { value: 'CARDS', label: 'Cards', icon: IconCards },
  { value: 'PIPELINE', label: 'Pipeline', icon: IconColumns3 },
  { value: 'MAP', label: 'Map', icon: IconMap },
].map(({ value, label, icon: Icon }) => ({
  value,
  label: (
    <Group gap={6} wrap="nowrap" justify="center">
      <Icon size={16} aria-hidden />
      <span>{label}</span>
    </Group>
  ),
}));

export function ClientsListRoute() {
  const navigate = useNavigate();
  const format = useWorkspaceFormat();
  const canCreate = useCan('client.create');
  const canSeeFinancials = useCan('financials.view');
  const canExport = useCan('data.export');
  const { params, update, clearFilters } = useClientListParams();
  const paged = params.view === 'TABLE' || params.view === 'CARDS';

  const { data, previousData, loading, error, refetch } = useQuery(ClientsDocument, {
    variables: toClientsVariables(params, canSeeFinancials),
    context: { handledErrorCodes: ['*'] },
    skip: !paged,
  });
  const { data: optionsData } = useQuery(ClientFilterOptionsDocument, { context: { handledErrorCodes: ['*'] } });
  // Keep the last page on screen (dimmed) while the next one loads, instead of flashing skeletons.
  const page = (data ?? previousData)?.clients;
  const clients = page?.nodes ?? [];
  const total = page?.totalCount ?? 0;
  // Past the API's count cap the total is a lower bound: "10,000+".
  const totalLabel = `${total.toLocaleString(format.locale)}${page && !page.totalCountExact ? '+' : ''}`;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE) + (page?.hasMore && !page.totalCountExact ? 1 : 0));
  const firstIndex = total === 0 ? 0 : (params.page - 1) * PAGE_SIZE + 1;
  const lastIndex = Math.min(params.page * PAGE_SIZE, total);
  const filtered = hasActiveFilters(params);
  const open = (id: string) => navigate(`/clients/${id}`);

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
  if (params.view === 'PIPELINE') {
    body = (
      <ClientPipeline
        filter={toClientFilter(params, canSeeFinancials)}
        withFinancials={canSeeFinancials}
        onOpen={open}
        format={format}
      />
    );
  } else if (params.view === 'MAP') {
    body = (
      <Suspense
        fallback={
          <Center py="xl">
            <Loader aria-label="Loading map" />
          </Center>
        }
      >
        <ClientMap filter={toClientFilter(params, canSeeFinancials)} onOpen={open} />
      </Suspense>
    );
  } else if (error) {
    body = (
      <ErrorState title="Could not load clients" message={apiErrorInfo(error).message} onRetry={() => void refetch()} />
    );
  } else if (!loading && page && total === 0) {
    body = <ClientsEmptyState filtered={filtered} canCreate={canCreate} onClearFilters={clearFilters} />;
  } else if (params.view === 'CARDS') {
    body = (
      <ClientCards clients={clients} loading={loading} showValue={canSeeFinancials} onOpen={open} format={format} />
    );
  } else {
    body = (
      <ClientsTable
        clients={clients}
        loading={loading}
        showValue={canSeeFinancials}
        sortField={params.sortField}
        sortDirection={params.sortDirection}
        onSort={handleSort}
        onOpen={open}
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
            {paged && page
              ? `${totalLabel} ${total === 1 ? 'client' : 'clients'}${filtered ? ' match your filters' : ''}`
              : ' '}
          </Text>
        </div>
        <Group gap="sm">
          <SavedViewsMenu
            params={params}
            onApply={(next) => navigate({ search: serializeClientListParams(next).toString() })}
          />
          {canCreate && (
            <Button component={Link} to="/clients/new" leftSection={<IconPlus size={16} />}>
              New client
            </Button>
          )}
        </Group>
      </Group>

      <ClientsToolbar
        params={params}
        options={optionsData?.clientFilterOptions}
        onChange={update}
        exportHref={canExport ? exportHref(params) : undefined}
      >
        <VisuallyHidden id="view-mode-label">View</VisuallyHidden>
        <SegmentedControl
          aria-labelledby="view-mode-label"
          data={VIEW_OPTIONS}
          value={params.view}
          onChange={(view) => update({ view: view as ClientViewMode }, { replace: true })}
          ml={{ base: 0, md: 'auto' }}
        />
      </ClientsToolbar>

      <Paper withBorder>{body}</Paper>

      {paged && total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {firstIndex}–{lastIndex} of {totalLabel}
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
