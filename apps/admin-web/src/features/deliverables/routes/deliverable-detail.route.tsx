import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Center,
  EmptyState,
  Grid,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCheckbox, IconPackageOff, IconPencil, IconVersions } from '@tabler/icons-react';
import { formatCalendarDate, isDeliverableOverdue, localDate } from '@clientflow/domain';
import { DeliverableDecisionsLiveDocument, DeliverableDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { formatDate } from '../../../shared/lib/format';
import { apiErrorInfo, hasErrorCode } from '../../../shared/lib/graphql-errors';
import { CommentThread } from '../../comments/components/comment-thread';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { DecisionHistory } from '../components/decision-history';
import { DecisionModal } from '../components/decision-modal';
import { DeliverableFiles } from '../components/deliverable-files';
import { DeliverableFormModal } from '../components/deliverable-form-modal';
import { DeliverableStatusBadge } from '../components/deliverable-status-badge';
import { SubmitVersionModal } from '../components/submit-version-modal';

export function DeliverableDetailRoute() {
  const { id = '' } = useParams();
  const canEdit = useCan('client.edit');
  const format = useWorkspaceFormat();
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const [versioning, setVersioning] = useState(false);
  const { data, loading, error, refetch } = useQuery(DeliverableDocument, {
    variables: { id },
    context: { handledErrorCodes: ['NOT_FOUND'] },
  });
  // A client's decision in the portal arrives live: re-read this deliverable when it is the one decided.
  const projectId = data?.deliverable.projectId;
  useSubscription(DeliverableDecisionsLiveDocument, {
    variables: { projectId },
    skip: !projectId,
    ignoreResults: true,
    context: { handledErrorCodes: ['*'] },
    onData: ({ data: live }) => {
      if (live.data?.deliverableDecisions.id === id) void refetch();
    },
  });

  if (hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <EmptyState
        py={80}
        withIndicatorBackground
        icon={<IconPackageOff />}
        title="Deliverable not found"
        description="It may have been deleted, or it belongs to a client you do not manage."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/clients" variant="default">
            Go to clients
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (loading && !data) {
    return (
      <Center py={80} role="status" aria-label="Loading deliverable">
        <Loader />
      </Center>
    );
  }
  if (!data)
    return (
      <ErrorState
        title="Could not load this deliverable"
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );

  const d = data.deliverable;
  const overdue = isDeliverableOverdue(d, localDate(new Date(), format.timeZone));
  const refresh = () => void refetch();
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to={`/projects/${d.projectId}`} size="sm">
          {d.projectName ?? 'Project'}
        </Anchor>
        <Text size="sm">{d.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {d.title}
          </Title>
          <Group gap="sm">
            <DeliverableStatusBadge status={d.status} />
            <Text size="sm">Version {d.version}</Text>
            <Text size="sm" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined}>
              Due {formatCalendarDate(d.dueDate, format.locale) || '—'}
              {overdue && ' · Overdue'}
            </Text>
          </Group>
        </Stack>
        {canEdit && (
          <Group gap="xs">
            {d.status === 'PENDING_APPROVAL' && (
              <Button leftSection={<IconCheckbox size={16} />} onClick={() => setDeciding(true)}>
                Record decision
              </Button>
            )}
            <Button variant="default" leftSection={<IconVersions size={16} />} onClick={() => setVersioning(true)}>
              Submit new version
            </Button>
            <Button variant="subtle" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
          </Group>
        )}
      </Group>
      {d.decidedBy && d.decidedAt && (
        <Card
          withBorder
          padding="sm"
          bg={d.status === 'APPROVED' ? 'var(--mantine-color-teal-light)' : 'var(--mantine-color-red-light)'}
        >
          <Text size="sm">
            Version {d.version} {d.status === 'APPROVED' ? 'approved' : 'sent back for changes'} by {d.decidedBy.name}
            {d.decidedBy.kind === 'CONTACT' ? ' (client)' : ''} on {formatDate(d.decidedAt, format)}
          </Text>
          {d.decisionComment && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              “{d.decisionComment}”
            </Text>
          )}
        </Card>
      )}
      {d.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {d.description}
        </Text>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xl">
            <DeliverableFiles deliverable={d} canEdit={canEdit} onUploaded={refresh} />
            <CommentThread target="DELIVERABLE" id={d.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <DecisionHistory decisions={d.decisions} />
        </Grid.Col>
      </Grid>
      <DeliverableFormModal
        projectId={d.projectId}
        opened={editing}
        deliverable={d}
        onClose={() => setEditing(false)}
        onSaved={refresh}
      />
      <DecisionModal deliverable={deciding ? d : null} onClose={() => setDeciding(false)} onSaved={refresh} />
      <SubmitVersionModal deliverable={versioning ? d : null} onClose={() => setVersioning(false)} onSaved={refresh} />
    </Stack>
  );
}
