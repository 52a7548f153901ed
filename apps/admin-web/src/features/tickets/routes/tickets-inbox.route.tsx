import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { ForbiddenState } from '../../../shared/components/forbidden-state';
import { useCan } from '../../session/hooks/use-viewer';
import { NewTicketModal } from '../components/new-ticket-modal';
import { TicketsList } from '../components/tickets-list';
import { useTicketListParams } from '../hooks/use-ticket-list-params';
import { INBOX_DEFAULT_STATUSES } from '../lib/ticket-list-params';

/** /tickets: every visible client's tickets, newest activity first, filters in the URL. */
export function TicketsInboxRoute() {
  const canView = useCan('client.view');
  const canEdit = useCan('client.edit');
  const [creating, setCreating] = useState(false);
  const list = useTicketListParams(INBOX_DEFAULT_STATUSES);
  if (!canView) return <ForbiddenState message="Tickets are visible to people who can see clients." />;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            Tickets
          </Title>
          <Text size="sm" c="dimmed">
            Questions and requests from your clients’ portals.
          </Text>
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New ticket
          </Button>
        )}
      </Group>
      <TicketsList {...list} onCreate={canEdit ? () => setCreating(true) : undefined} />
      {canEdit && <NewTicketModal opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
