import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useDeleteClient } from '../hooks/use-client-mutations';

interface ClientDeleteModalProps {
  client: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
}

/** Deleting asks for the client's name, typed, so it never happens by a stray click. */
export function ClientDeleteModal({ client, opened, onClose }: ClientDeleteModalProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleteClient, { loading }] = useDeleteClient(client.id);
  const navigate = useNavigate();
  const matches = typed.trim() === client.name.trim();

  const close = () => {
    setTyped('');
    setError(null);
    onClose();
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!matches) return;
    try {
      await deleteClient({ variables: { id: client.id } });
      notifications.show({
        color: 'teal',
        title: 'Client deleted',
        message: `${client.name} was moved to Deleted clients, where an owner or admin can restore it.`,
      });
      close();
      void navigate('/clients', { replace: true });
    } catch (e) {
      setError(apiErrorInfo(e).message);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={`Delete ${client.name}?`} centered>
      <form onSubmit={(e) => void submit(e)} aria-label={`Delete ${client.name}`}>
        <Stack gap="md">
          <Text size="sm">
            The client disappears from every list and search, with its contacts. Owners and admins can restore it from
            Deleted clients.
          </Text>
          <TextInput
            label={
              <>
                Type <strong>{client.name}</strong> to confirm
              </>
            }
            aria-label="Client name to confirm"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          {error && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} p="sm">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={loading}>
              Delete client
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
