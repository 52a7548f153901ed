import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPackage, IconPlus } from '@tabler/icons-react';
import { formatCalendarDate, isDeliverableOverdue, localDate } from '@clientflow/domain';
import {
  DeleteDeliverableDocument,
  ProjectDeliverablesDocument,
  type DeliverableSummaryFragment,
} from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { DecisionModal } from './decision-modal';
import { DeliverableActions } from './deliverable-actions';
import { DeliverableFormModal } from './deliverable-form-modal';
import { DeliverableStatusBadge } from './deliverable-status-badge';
import { SubmitVersionModal } from './submit-version-modal';

type Row = DeliverableSummaryFragment;

/** A project's deliverables: status, version, due date (overdue highlighted) and the approval actions. */
export function ProjectDeliverablesPanel({ projectId }: { projectId: string }) {
  const canEdit = useCan('client.edit');
  const format = useWorkspaceFormat();
  const today = localDate(new Date(), format.timeZone);
  const { data, loading, error, refetch } = useQuery(ProjectDeliverablesDocument, {
    variables: { projectId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [editing, setEditing] = useState<Row | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deciding, setDeciding] = useState<Row | null>(null);
  const [versioning, setVersioning] = useState<Row | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const [remove, { loading: removing }] = useMutation(DeleteDeliverableDocument);

  const rows = data?.projectDeliverables ?? [];
  const refresh = () => void refetch();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3} size="h4">
          Deliverables
        </Title>
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              setEditing(null);
              setFormOpen(true);
            }}
          >
            New deliverable
          </Button>
        )}
      </Group>
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading deliverables">
          <Loader />
        </Center>
      ) : error && !data ? (
        <ErrorState title="Could not load deliverables" message={apiErrorInfo(error).message} onRetry={refresh} />
      ) : rows.length === 0 ? (
        <Center py="xl">
          <Stack align="center" gap={4}>
            <IconPackage size={36} stroke={1.4} color="var(--mantine-color-dimmed)" />
            <Text fw={500}>No deliverables yet</Text>
            <Text size="sm" c="dimmed" ta="center">
              {canEdit
                ? 'Add the work the client needs to approve, then upload its files.'
                : 'Work submitted for approval appears here.'}
            </Text>
          </Stack>
        </Center>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Deliverable</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Due</Table.Th>
                {canEdit && <Table.Th w={48} aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((d) => {
                const overdue = isDeliverableOverdue(d, today);
                return (
                  <Table.Tr key={d.id} data-testid="deliverable-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/deliverables/${d.id}`} fw={500}>
                        {d.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <DeliverableStatusBadge status={d.status} />
                    </Table.Td>
                    <Table.Td>v{d.version}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                        {formatCalendarDate(d.dueDate, format.locale) || '—'}
                        {overdue && ' · Overdue'}
                      </Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <DeliverableActions
                          deliverable={d}
                          onEdit={() => {
                            setEditing(d);
                            setFormOpen(true);
                          }}
                          onDecide={() => setDeciding(d)}
                          onNewVersion={() => setVersioning(d)}
                          onDelete={() => setDeleting(d)}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <DeliverableFormModal
        projectId={projectId}
        opened={formOpen}
        deliverable={editing}
        onClose={() => setFormOpen(false)}
        onSaved={refresh}
      />
      <DecisionModal deliverable={deciding} onClose={() => setDeciding(null)} onSaved={refresh} />
      <SubmitVersionModal deliverable={versioning} onClose={() => setVersioning(null)} onSaved={refresh} />
      <ConfirmModal
        opened={deleting !== null}
        title="Delete deliverable?"
        confirmLabel="Delete deliverable"
        loading={removing}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove({ variables: { id: deleting.id } });
            notifications.show({ color: 'teal', message: 'Deliverable deleted' });
            setDeleting(null);
            refresh();
          } catch (err) {
            notifications.show({ color: 'red', message: apiErrorInfo(err).message });
          }
        }}
      >
        <Text size="sm">
          “{deleting?.title}”, its decision history and comments are deleted. Its files stay in the client’s documents.
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
