import { useState } from 'react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { TicketStatus } from '@clientflow/domain';
import { useCan } from '../../session/hooks/use-viewer';
import { useTicketListParams } from '../hooks/use-ticket-list-params';
import { NewTicketModal } from './new-ticket-modal';
import { TicketsList } from './tickets-list';

/** A client's whole history with support, open or not. */
const CLIENT_DEFAULT_STATUSES: readonly TicketStatus[] = [];

/** The client page's "Tickets" tab: that client's tickets, filters in memory (the page's URL holds the tab). */
export function ClientTicketsPanel({ clientId }: { clientId: string }) {
  const list = useTicketListParams(CLIENT_DEFAULT_STATUSES, 'memory');
  const canEdit = useCan('client.edit');
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4">
          Tickets
        </Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New ticket
          </Button>
        )}
      </Group>
      <TicketsList {...list} clientId={clientId} onCreate={canEdit ? () => setCreating(true) : undefined} />
      {canEdit && <NewTicketModal opened={creating} onClose={() => setCreating(false)} clientId={clientId} />}
    </Stack>
  );
}
