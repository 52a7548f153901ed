import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, EmptyState, Group, Pagination, Stack, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { TicketsDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useViewer, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { useLiveTicketsInbox } from '../hooks/use-live-tickets-inbox';
import { useRefreshCached } from '../hooks/use-refresh-cached';
import type { TicketListState } from '../hooks/use-ticket-list-params';
import { TICKET_PAGE_SIZE, toTicketsVariables } from '../lib/ticket-list-params';
import { TicketsTable } from './tickets-table';
import { TicketsToolbar } from './tickets-toolbar';

interface TicketsListProps extends TicketListState {
  /** On a client's page: only that client's tickets, no client column or filter. */
  clientId?: string;
  /** The empty state's call to action (people who may open tickets). */
  onCreate?: () => void;
}

/** Filters, the tickets table, pages; kept current by the live inbox. */
export function TicketsList({ clientId, onCreate, ...state }: TicketsListProps) {
  const { params, update, filtered, clearFilters } = state;
  const viewer = useViewer();
  const { locale, timeZone } = useWorkspaceFormat();
  const variables = toTicketsVariables(params, viewer.user.id, clientId);
  const { data, previousData, loading, error, refetch } = useQuery(TicketsDocument, {
    variables,
    context: { handledErrorCodes: ['*'] },
  });
  // A page read from the cache may predate changes made in a thread: refresh it once shown.
  useRefreshCached(TicketsDocument, variables, refetch);
  // An event during a load may be newer than what that load answers: re-read once it is done.
  const stale = useRef(false);
  useLiveTicketsInbox((ticket) => {
    if (clientId && ticket.clientId !== clientId) return;
    if (loading) stale.current = true;
    else void refetch();
  });
  useEffect(() => {
    if (!loading && stale.current) {
      stale.current = false;
      void refetch();
    }
  }, [loading, refetch]);

  const page = (data ?? previousData)?.tickets;
  const clientOption = params.clientId
    ? (page?.nodes.find((t) => t.client.id === params.clientId)?.client ?? null)
    : null;
  const pages = page ? Math.ceil(page.totalCount / TICKET_PAGE_SIZE) : 0;

  return (
    <Stack gap="md">
      <TicketsToolbar
        params={params}
        update={update}
        viewerId={viewer.user.id}
        showClientFilter={!clientId}
        clientOption={clientOption}
      />
      {error && !data ? (
        <ErrorState
          title="Could not load tickets"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : page && page.totalCount === 0 && !loading ? (
        <EmptyState
          py="xl"
          icon={<IconLifebuoy />}
          title={filtered ? 'No tickets match these filters' : 'No tickets yet'}
          description={
            filtered
              ? 'Try other filters, or clear them to see every open ticket.'
              : clientId
                ? 'When this client asks for help in the portal, the conversation appears here.'
                : 'When a client asks for help in the portal, the conversation appears here.'
          }
        >
          {filtered ? (
            <Button variant="default" onClick={clearFilters}>
              Clear filters
            </Button>
          ) : (
            onCreate && <Button onClick={onCreate}>New ticket</Button>
          )}
        </EmptyState>
      ) : (
        <Card withBorder padding={0}>
          <TicketsTable
            rows={page?.nodes ?? []}
            loading={loading}
            locale={locale}
            timeZone={timeZone}
            showClient={!clientId}
          />
        </Card>
      )}
      {page && page.totalCount > 0 && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {page.totalCount === 1 ? '1 ticket' : `${page.totalCount.toLocaleString(locale)} tickets`}
          </Text>
          {pages > 1 && (
            <Pagination total={pages} value={Math.min(params.page, pages)} onChange={(p) => update({ page: p })} />
          )}
        </Group>
      )}
    </Stack>
  );
}
