import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMoodSmile, IconSend } from '@tabler/icons-react';
import { ClientFeedbackDocument, RequestFeedbackDocument, type NpsCategory } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { formatDate, humanizeEnum } from '../../../shared/lib/format';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';

export const NPS_COLORS: Record<NpsCategory, string> = { PROMOTER: 'teal', PASSIVE: 'yellow', DETRACTOR: 'red' };

/** NPS is −100…100: above 0 more promoters than detractors. */
const npsColor = (nps: number) => (nps >= 30 ? 'teal' : nps >= 0 ? 'yellow' : 'red');

/** The client profile's "Feedback" tab: the client's NPS, latest comment, score history and open requests. */
export function ClientFeedbackPanel({ clientId }: { clientId: string }) {
  const canEdit = useCan('client.edit');
  const format = useWorkspaceFormat();
  const { data, loading, error, refetch } = useQuery(ClientFeedbackDocument, { variables: { clientId } });
  const [request, { loading: requesting }] = useMutation(RequestFeedbackDocument, {
    context: { handledErrorCodes: ['CONFLICT'] },
    refetchQueries: ['ClientFeedback', 'ClientTimeline'],
  });

  const ask = async () => {
    try {
      await request({ variables: { clientId, projectId: null } });
      notifications.show({
        color: 'teal',
        message: 'Feedback requested: the client will see the question in the portal',
      });
    } catch (err) {
      notifications.show({ color: 'red', message: apiErrorInfo(err).message });
    }
  };

  if (loading && !data) {
    return (
      <Center py="xl" role="status" aria-label="Loading feedback">
        <Loader />
      </Center>
    );
  }
  if (!data)
    return (
      <ErrorState
        title="Could not load feedback"
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );

  const { nps, answered, open } = data.clientFeedback;
  const latest = answered.find((f) => f.comment);
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={0}>
          <Title order={3} size="h4">
            Client feedback (NPS)
          </Title>
          <Text size="sm" c="dimmed">
            Asked in the portal on request, and automatically when a project is completed.
          </Text>
        </Stack>
        {canEdit && (
          <Button
            leftSection={<IconSend size={16} />}
            onClick={() => void ask()}
            loading={requesting}
            disabled={open.some((o) => !o.projectName)}
          >
            Request feedback
          </Button>
        )}
      </Group>
      {answered.length === 0 && open.length === 0 ? (
        <Card withBorder padding="xl">
          <Stack align="center" gap="xs">
            <IconMoodSmile size={32} aria-hidden />
            <Text fw={500}>No feedback yet</Text>
            <Text size="sm" c="dimmed" ta="center">
              Request feedback to ask this client how likely they are to recommend you (0–10).
            </Text>
          </Stack>
        </Card>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                NPS
              </Text>
              <Text size="xl" fw={700} c={nps == null ? undefined : npsColor(nps)} data-testid="nps">
                {nps ?? '—'}
              </Text>
              <Text size="xs" c="dimmed">
                {answered.length} {answered.length === 1 ? 'answer' : 'answers'}
              </Text>
            </Card>
            <Card withBorder style={{ gridColumn: 'span 2' }}>
              <Text size="sm" c="dimmed">
                Latest comment
              </Text>
              {latest ? (
                <>
                  <Text mt={4}>“{latest.comment}”</Text>
                  <Text size="xs" c="dimmed">
                    {latest.answeredBy?.name ?? 'A contact'} · {formatDate(latest.answeredAt, format)}
                  </Text>
                </>
              ) : (
                <Text c="dimmed">No comments yet</Text>
              )}
            </Card>
          </SimpleGrid>
          {open.length > 0 && (
            <Text size="sm" c="dimmed" data-testid="open-requests">
              Waiting for an answer:{' '}
              {open
                .map(
                  (o) =>
                    `${o.projectName ?? 'general'} (asked ${formatDate(o.requestedAt, format)}${o.requestedBy ? ` by ${o.requestedBy.name}` : ''})`,
                )
                .join(', ')}
            </Text>
          )}
          {answered.length > 0 && (
            <Table.ScrollContainer minWidth={520}>
              <Table striped aria-label="Score history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Score</Table.Th>
                    <Table.Th>Contact</Table.Th>
                    <Table.Th>Project</Table.Th>
                    <Table.Th>Comment</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {answered.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td>{formatDate(f.answeredAt, format)}</Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text fw={600}>{f.score}</Text>
                          {f.category && (
                            <Badge size="sm" variant="light" color={NPS_COLORS[f.category]}>
                              {humanizeEnum(f.category)}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{f.answeredBy?.name ?? '—'}</Table.Td>
                      <Table.Td>{f.projectName ?? '—'}</Table.Td>
                      <Table.Td>{f.comment ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
