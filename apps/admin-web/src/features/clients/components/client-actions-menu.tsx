import { useState } from 'react';
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconDots, IconRestore, IconTrash } from '@tabler/icons-react';
import type { ClientDetailFragment } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useArchiveClient, useRestoreClient } from '../hooks/use-client-mutations';
import { ClientDeleteModal } from './client-delete-modal';

interface ClientActionsMenuProps {
  client: Pick<ClientDetailFragment, 'id' | 'name' | 'status' | 'archivedAt'>;
  canEdit: boolean;
  canDelete: boolean;
  withFinancials: boolean;
}

export function ClientActionsMenu({ client, canEdit, canDelete, withFinancials }: ClientActionsMenuProps) {
  const [archiving, archiveModal] = useDisclosure(false);
  const [deleting, deleteModal] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [archiveClient, archiveState] = useArchiveClient();
  const [restoreClient, restoreState] = useRestoreClient();
  const archived = Boolean(client.archivedAt) || client.status === 'INACTIVE';

  if (!canEdit && !canDelete) return null;

  const fail = (title: string) => (error: unknown) =>
    notifications.show({ color: 'red', title, message: apiErrorInfo(error).message });

  const archive = async () => {
    try {
      await archiveClient({ variables: { id: client.id, reason: reason.trim() || null, withFinancials } });
      notifications.show({
        color: 'teal',
        title: 'Archived',
        message: `${client.name} is archived and hidden from the client list.`,
      });
      setReason('');
      archiveModal.close();
    } catch (error) {
      fail('Could not archive')(error);
    }
  };

  const restore = async () => {
    try {
      await restoreClient({ variables: { id: client.id, withFinancials } });
      notifications.show({ color: 'teal', title: 'Restored', message: `${client.name} is active again.` });
    } catch (error) {
      fail('Could not restore')(error);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="More actions" loading={restoreState.loading}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canEdit &&
            (archived ? (
              <Menu.Item leftSection={<IconRestore size={16} />} onClick={() => void restore()}>
                Restore client
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconArchive size={16} />} onClick={archiveModal.open}>
                Archive client
              </Menu.Item>
            ))}
          {canDelete && (
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={deleteModal.open}>
              Delete client
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={archiving} onClose={archiveModal.close} title={`Archive ${client.name}?`} centered>
        <Stack gap="md">
          <Text size="sm">
            The client becomes inactive and leaves the default client list. You can restore it at any time.
          </Text>
          <Textarea
            label="Reason"
            description="Optional, shown on the timeline"
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={archiveModal.close} disabled={archiveState.loading}>
              Cancel
            </Button>
            <Button onClick={() => void archive()} loading={archiveState.loading}>
              Archive
            </Button>
          </Group>
        </Stack>
      </Modal>
      {canDelete && <ClientDeleteModal client={client} opened={deleting} onClose={deleteModal.close} />}
    </>
  );
}
