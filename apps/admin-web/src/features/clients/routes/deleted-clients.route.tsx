import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Breadcrumbs,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { DeletedClientsDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { ForbiddenState } from '../../../shared/components/forbidden-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { formatDate } from '../../../shared/lib/format';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { useRestoreDeletedClient } from '../hooks/use-client-mutations';
import { ClientStatusBadge } from '../components/client-status-badge';

const PAGE_SIZE = 25;

export function DeletedClientsRoute() {
  const canDelete = useCan('client.delete');
  if (!canDelete) return <ForbiddenState message="Only owners and admins can see and restore deleted clients." />;
  return <DeletedClientsList />;
}

function DeletedClientsList() {
  const format = useWorkspaceFormat();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [restoringId, setRestoringId] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(DeletedClientsDocument, {
    variables: { page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const [restore] = useRestoreDeletedClient();

  const onRestore = async (id: string, name: string) => {
    setRestoringId(id);
    try {
      await restore({ variables: { id } });
      notifications.show({
        color: 'teal',
        title: 'Client restored',
        // Notifications render outside the router: plain text, the restored client is linked from the list.
        message: `${name} is back in your client list.`,
      });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not restore', message: apiErrorInfo(e).message });
    } finally {
      setRestoringId(null);
    }
  };

  const result = data?.deletedClients;
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / PAGE_SIZE)) : 1;

  let body: React.ReactNode;
  if (loading && !result) {
    body = (
      <Center py={64} role="status" aria-label="Loading deleted clients">
        <Loader />
      </Center>
    );
  } else if (!result) {
    body = (
      <ErrorState
        title="Could not load deleted clients"
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (result.totalCount === 0) {
    body = (
      <EmptyState
        py={64}
        withIndicatorBackground
        icon={<IconTrash />}
        title="Nothing here"
        description="Clients you delete land here, and can be restored with their contacts and history."
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={() => void navigate('/clients')}>
            Back to clients
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = (
      <Paper withBorder>
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="sm" highlightOnHover aria-label="Deleted clients">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Client</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Deleted</Table.Th>
                <Table.Th w={130} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.nodes.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text fw={500}>{c.name}</Text>
                    <Text size="xs" c="dimmed">
                      {c.legalName && c.legalName !== c.name ? c.legalName : c.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ClientStatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>{formatDate(c.deletedAt, format)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconRestore size={14} />}
                      loading={restoringId === c.id}
                      onClick={() => void onRestore(c.id, c.name)}
                      aria-label={`Restore ${c.name}`}
                    >
                      Restore
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/clients" size="sm">
          Clients
        </Anchor>
        <Text size="sm">Deleted</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Stack gap={2}>
          <Title order={2}>Deleted clients</Title>
          <Text c="dimmed" size="sm">
            Restoring brings a client back exactly as it was, with its contacts.
          </Text>
        </Stack>
      </Group>
      {body}
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}
