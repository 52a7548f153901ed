import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconDownload, IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { RequestWorkspaceDeletionDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';

const EXPORTS = [
  { href: '/files/exports/clients.csv', label: 'Clients (CSV)' },
  { href: '/files/exports/audit-log.csv', label: 'Audit log (CSV)' },
];

/** OWNER only: delete the workspace, after offering the exports, with the name typed to confirm. */
export function WorkspaceDangerZone({ workspaceName }: { workspaceName: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const [remove, { loading }] = useMutation(RequestWorkspaceDeletionDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
  });
  const matches = typed.trim() === workspaceName.trim();

  const dismiss = () => {
    setTyped('');
    setFieldError(null);
    close();
  };

  const confirm = async () => {
    setFieldError(null);
    let next: string | null;
    try {
      const res = await remove({ variables: { confirmName: typed } });
      next = res.data?.requestWorkspaceDeletion.nextWorkspaceId ?? null;
    } catch (error) {
      const info = apiErrorInfo(error);
      if (info.code === 'BAD_USER_INPUT') setFieldError(info.message);
      return;
    }
    // Everything cached belonged to the deleted workspace.
    await apollo.clearStore().catch(() => undefined);
    if (next) {
      navigate('/clients', { replace: true });
      await apollo.resetStore().catch(() => undefined);
    } else {
      navigate('/sign-in', { replace: true });
    }
  };

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="danger-zone-title"
      style={{ borderColor: 'var(--mantine-color-red-6)' }}
    >
      <Stack gap="sm">
        <Title order={4} id="danger-zone-title" c="red">
          Delete this workspace
        </Title>
        <Text size="sm">
          Everyone loses access at once: your team and every client portal. All clients, projects, invoices, files and
          the audit log are then removed for good. This cannot be undone.
        </Text>
        <Group justify="flex-end">
          <Button color="red" variant="outline" leftSection={<IconTrash size={16} />} onClick={open}>
            Delete workspace…
          </Button>
        </Group>
      </Stack>
      <Modal opened={opened} onClose={dismiss} title="Delete this workspace?" centered>
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} p="sm">
            This removes {workspaceName} and everything in it for everyone. It cannot be undone.
          </Alert>
          <div>
            <Text size="sm" fw={500}>
              Keep a copy first
            </Text>
            <List size="sm" spacing={4} icon={<IconDownload size={14} />} mt={4}>
              {EXPORTS.map((e) => (
                <List.Item key={e.href}>
                  <Anchor href={e.href} download>
                    {e.label}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
          <TextInput
            label={`Type ${workspaceName} to confirm`}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            error={fieldError}
            autoComplete="off"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss} disabled={loading}>
              Cancel
            </Button>
            <Button color="red" disabled={!matches} loading={loading} onClick={() => void confirm()}>
              Delete workspace
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
