import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LinkProjectToClientDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { ClientSelect } from '../../clients/components/client-select';

interface LinkClientModalProps {
  opened: boolean;
  onClose: () => void;
  project: { id: string; name: string; client: { id: string; name: string } | null };
}

/** Choose a client, then confirm: tasks, milestones, deliverables and time move with the project. */
export function LinkClientModal({ opened, onClose, project }: LinkClientModalProps) {
  const [clientId, setClientId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [link, { loading }] = useMutation(LinkProjectToClientDocument, {
    refetchQueries: ['Projects', 'ClientTimeline'],
    context: { handledErrorCodes: ['*'] },
  });
  const close = () => {
    setClientId(null);
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!clientId) {
      setError('Choose a client');
      return;
    }
    try {
      const res = await link({ variables: { projectId: project.id, clientId } });
      notifications.show({
        color: 'teal',
        message: `Project linked to ${res.data?.linkProjectToClient.client?.name ?? 'the client'}`,
      });
      close();
    } catch (e) {
      setError(apiErrorInfo(e).message);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={project.client ? 'Move to another client' : 'Link to a client'}
      centered
    >
      <Stack gap="md">
        <ClientSelect
          label="Client"
          value={clientId}
          onChange={(id) => {
            setClientId(id);
            setError(null);
          }}
          excludeId={project.client?.id}
          error={error}
        />
        <Text size="sm" c="dimmed">
          {project.client ? `“${project.name}” leaves ${project.client.name}. ` : ''}
          Its tasks, milestones, deliverables and time entries move with it; both clients’ timelines record the change.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={loading}>
            Cancel
          </Button>
          <Button onClick={() => void confirm()} loading={loading}>
            {project.client ? 'Move project' : 'Link project'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
