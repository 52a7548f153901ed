import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  ActionIcon,
  Anchor,
  Button,
  Center,
  Chip,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconPaperclip, IconPencil, IconPlus, IconTimeline, IconTrash } from '@tabler/icons-react';
import { formatCalendarDate, localDate, type TimelineEventType } from '@clientflow/domain';
import {
  ClientTimelineDocument,
  ClientTimelineProjectsDocument,
  DeleteTimelineEntryDocument,
  type TimelineEventFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { ALL_TYPE_OPTIONS, TIMELINE_META, typeLabel } from '../lib/timeline-meta';
import { TimelineEntryModal } from './timeline-entry-modal';
import { useLiveTimeline } from '../hooks/use-live-timeline';
import { ConfirmModal } from '../../../shared/components/confirm-modal';

const PAGE = 20;

export function ClientTimelinePanel({ clientId }: { clientId: string }) {
  const canEdit = useCan('client.edit');
  const format = useWorkspaceFormat();
  const [types, setTypes] = useState<TimelineEventType[]>([]);
  const [projectId, setProjectId] = useState<string | null>(null);
  const { data: projectData } = useQuery(ClientTimelineProjectsDocument, { variables: { clientId } });
  const projectOptions = (projectData?.client.projects ?? []).map((p) => ({ value: p.id, label: p.name }));
  const [modal, setModal] = useState<{ entry: TimelineEventFieldsFragment | null } | null>(null);
  const [confirming, setConfirming] = useState<TimelineEventFieldsFragment | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const variables = {
    clientId,
    filter:
      types.length || projectId ? { ...(types.length ? { types } : {}), ...(projectId ? { projectId } : {}) } : null,
    first: PAGE,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(ClientTimelineDocument, {
    variables,
    // Other tabs (documents, notes) add events: refresh when the tab is shown again.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  useLiveTimeline(variables);
  const [deleteEntry, { loading: deleting }] = useMutation(DeleteTimelineEntryDocument, {
    refetchQueries: ['ClientTimeline'],
  });

  const page = data?.clientTimeline;
  const groups = useMemo(() => {
    const byDay = new Map<string, TimelineEventFieldsFragment[]>();
    for (const e of page?.nodes ?? []) {
      const key = localDate(new Date(e.occurredAt), format.timeZone);
      byDay.set(key, [...(byDay.get(key) ?? []), e]);
    }
    return [...byDay.entries()];
  }, [page, format.timeZone]);

  const dayTitle = (key: string) =>
    formatCalendarDate(key, format.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = (iso: string) =>
    new Intl.DateTimeFormat(format.locale, { hour: '2-digit', minute: '2-digit', timeZone: format.timeZone }).format(
      new Date(iso),
    );

  const loadMore = async () => {
    if (!page?.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { ...variables, after: page.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          clientTimeline: {
            ...fetchMoreResult.clientTimeline,
            nodes: [...prev.clientTimeline.nodes, ...fetchMoreResult.clientTimeline.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4">
          Timeline
        </Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ entry: null })}>
            New entry
          </Button>
        )}
      </Group>
      <Chip.Group multiple value={types} onChange={(v) => setTypes(v as TimelineEventType[])}>
        <ScrollArea type="auto" scrollbarSize={4} offsetScrollbars="x">
          <Group gap={6} wrap="nowrap" aria-label="Filter by type" pb={4}>
            {ALL_TYPE_OPTIONS.map((o) => (
              <Chip key={o.value} value={o.value} size="xs" color={TIMELINE_META[o.value].color}>
                {o.label}
              </Chip>
            ))}
          </Group>
        </ScrollArea>
      </Chip.Group>
      {projectOptions.length > 0 && (
        <Select
          aria-label="Filter by project"
          placeholder="All projects"
          data={projectOptions}
          value={projectId}
          onChange={setProjectId}
          clearable
          maw={320}
        />
      )}
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading timeline">
          <Loader />
        </Center>
      ) : error && !data ? (
        <ErrorState
          title="Could not load the timeline"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : groups.length === 0 ? (
        <Center py="xl">
          <Stack align="center" gap={4}>
            <IconTimeline size={36} stroke={1.4} color="var(--mantine-color-dimmed)" />
            <Text fw={500}>{types.length || projectId ? 'Nothing matches these filters yet' : 'No activity yet'}</Text>
            <Text size="sm" c="dimmed" ta="center">
              Meetings, calls, emails, status changes and documents appear here as they happen.
            </Text>
          </Stack>
        </Center>
      ) : (
        <Stack gap="lg">
          {groups.map(([key, events]) => (
            <Stack key={key} gap="xs" component="section" aria-label={dayTitle(key)}>
              <Text size="sm" fw={600} c="dimmed">
                {dayTitle(key)}
              </Text>
              {events.map((e) => {
                const meta = TIMELINE_META[e.type];
                return (
                  <Paper key={e.id} withBorder p="sm" radius="md" data-testid="timeline-event">
                    <Group align="flex-start" wrap="nowrap" gap="sm">
                      <ThemeIcon color={meta.color} variant="light" radius="xl" size="lg" aria-hidden>
                        <meta.icon size={18} />
                      </ThemeIcon>
                      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                        <Group justify="space-between" wrap="nowrap" align="flex-start">
                          {e.ticketId ? (
                            <Anchor
                              component={Link}
                              to={`/tickets/${e.ticketId}`}
                              size="sm"
                              fw={500}
                              style={{ overflowWrap: 'anywhere' }}
                            >
                              {e.summary}
                            </Anchor>
                          ) : (
                            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                              {e.summary}
                            </Text>
                          )}
                          {e.canEdit && (
                            <Group gap={2} wrap="nowrap">
                              <ActionIcon
                                variant="subtle"
                                color="gray"
                                size="sm"
                                aria-label={`Edit ${e.summary}`}
                                onClick={() => setModal({ entry: e })}
                              >
                                <IconPencil size={14} />
                              </ActionIcon>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                size="sm"
                                aria-label={`Delete ${e.summary}`}
                                onClick={() => setConfirming(e)}
                              >
                                <IconTrash size={14} />
                              </ActionIcon>
                            </Group>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {typeLabel(e.type)} · {time(e.occurredAt)}
                          {e.author ? ` · ${e.author.name}` : ''}
                        </Text>
                        {e.body && (
                          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                            {e.body}
                          </Text>
                        )}
                        {e.attachments.length > 0 && (
                          <Group gap="xs" mt={4}>
                            {e.attachments.map((a) => (
                              <Anchor key={a.id} href={a.downloadUrl} size="xs">
                                <Group gap={2} wrap="nowrap">
                                  <IconPaperclip size={12} />
                                  {a.fileName}
                                </Group>
                              </Anchor>
                            ))}
                          </Group>
                        )}
                      </Stack>
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          ))}
          {page?.hasMore && (
            <Center>
              <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
                Load more
              </Button>
            </Center>
          )}
        </Stack>
      )}
      {canEdit && (
        <TimelineEntryModal
          clientId={clientId}
          opened={modal !== null}
          entry={modal?.entry ?? null}
          onClose={() => setModal(null)}
          onSaved={() => undefined}
        />
      )}
      <ConfirmModal
        opened={confirming !== null}
        title="Delete entry?"
        confirmLabel="Delete"
        loading={deleting}
        onCancel={() => setConfirming(null)}
        onConfirm={async () => {
          if (confirming) await deleteEntry({ variables: { id: confirming.id } });
          setConfirming(null);
        }}
      >
        <Text size="sm">
          “{confirming?.summary}” will be removed from the timeline. Its attachments stay in Documents.
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
