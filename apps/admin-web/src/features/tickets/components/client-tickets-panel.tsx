import { Group, Stack, Title } from '@mantine/core';
import type { TicketStatus } from '@clientflow/domain';
import { useTicketListParams } from '../hooks/use-ticket-list-params';
import { TicketsList } from './tickets-list';

/** A client's whole history with support, open or not. */
const CLIENT_DEFAULT_STATUSES: readonly TicketStatus[] = [];

/** The client page's "Tickets" tab: that client's tickets, filters in memory (the page's URL holds the tab). */
export function ClientTicketsPanel({ clientId }: { clientId: string }) {
  const list = useTicketListParams(CLIENT_DEFAULT_STATUSES, 'memory');
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4">
          Tickets
        </Title>
      </Group>
      <TicketsList {...list} clientId={clientId} />
    </Stack>
  );
}
