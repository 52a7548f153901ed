import { useState } from 'react';
import { Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import { nextClientStatuses } from '@clientflow/domain';
import type { ClientDetailFragment, ClientStatus } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { humanizeEnum } from '../../../shared/lib/format';
import { useChangeClientStatus } from '../hooks/use-client-mutations';
import { ClientStatusBadge } from './client-status-badge';

const MAX_REASON = 500;

interface ClientStatusMenuProps {
  client: Pick<ClientDetailFragment, 'id' | 'name' | 'status'>;
  canEdit: boolean;
  withFinancials: boolean;
}

/** The status badge; for editors also a menu of the moves the domain allows, each confirmed with an optional reason. */
export function ClientStatusMenu({ client, canEdit, withFinancials }: ClientStatusMenuProps) {
  const [target, setTarget] = useState<ClientStatus | null>(null);
  const [reason, setReason] = useState('');
  const [changeStatus, { loading }] = useChangeClientStatus();
  const next = nextClientStatuses(client.status);

  if (!canEdit || next.length === 0) return <ClientStatusBadge status={client.status} size="lg" />;

  const close = () => {
    setTarget(null);
    setReason('');
  };

  const confirm = async () => {
    if (!target) return;
    try {
      await changeStatus({
        variables: { id: client.id, status: target, reason: reason.trim() || null, withFinancials },
      });
      notifications.show({
        color: 'teal',
        title: 'Status changed',
        message: `${client.name} is now ${humanizeEnum(target).toLowerCase()}.`,
      });
      close();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the status', message: apiErrorInfo(error).message });
    }
  };

  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            size="compact-md"
            px={4}
            rightSection={<IconChevronDown size={14} />}
            aria-label={`Status: ${humanizeEnum(client.status)}. Change status`}
          >
            <ClientStatusBadge status={client.status} size="lg" />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Move to</Menu.Label>
          {next.map((status) => (
            <Menu.Item key={status} onClick={() => setTarget(status)}>
              {humanizeEnum(status)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={target !== null} onClose={close} title={target ? `Move to ${humanizeEnum(target)}` : ''} centered>
        <Stack gap="md">
          <Text size="sm">
            {client.name} moves from {humanizeEnum(client.status)} to {target && humanizeEnum(target)}. The change is
            recorded on the client&apos;s timeline.
          </Text>
          <Textarea
            label="Reason"
            description="Optional, shown on the timeline"
            autosize
            minRows={2}
            maxRows={5}
            maxLength={MAX_REASON}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button onClick={() => void confirm()} loading={loading}>
              Change status
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
