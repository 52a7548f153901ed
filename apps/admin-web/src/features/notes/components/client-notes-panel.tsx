import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Center,
  Chip,
  Group,
  Loader,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconNote, IconPencil, IconPin, IconPlus, IconTrash } from '@tabler/icons-react';
import { formatCalendarDate, noteKindLabel, type NoteKind } from '@clientflow/domain';
import {
  ClientNotesDocument,
  DeleteNoteDocument,
  UpdateNoteDocument,
  type NoteFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { formatDate } from '../../../shared/lib/format';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { NOTE_KIND_COLORS, NOTE_KIND_OPTIONS } from '../lib/note-kinds';
import { NoteFormModal } from './note-form-modal';
import { ConfirmModal } from '../../../shared/components/confirm-modal';

export function ClientNotesPanel({ clientId }: { clientId: string }) {
  const canEdit = useCan('client.edit');
  const format = useWorkspaceFormat();
  const [kind, setKind] = useState<NoteKind | null>(null);
  const [editing, setEditing] = useState<NoteFieldsFragment | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [confirming, setConfirming] = useState<NoteFieldsFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(ClientNotesDocument, { variables: { clientId, kind } });
  const refetchQueries = ['ClientNotes', 'PinnedNotes', 'ClientTimeline'];
  const [deleteNote, { loading: deleting }] = useMutation(DeleteNoteDocument, { refetchQueries });
  const [updateNote] = useMutation(UpdateNoteDocument, { refetchQueries: ['PinnedNotes'] });

  const openForm = (note: NoteFieldsFragment | null) => {
    setEditing(note);
    setFormOpen(true);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={0}>
          <Title order={3} size="h4">
            Internal notes
          </Title>
          <Text size="sm" c="dimmed">
            Only your team sees these; clients never do.
          </Text>
        </Stack>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => openForm(null)}>
            New note
          </Button>
        )}
      </Group>
      <Chip.Group
        multiple={false}
        value={kind ?? 'ALL'}
        onChange={(v) => setKind(v === 'ALL' ? null : (v as NoteKind))}
      >
        <Group gap="xs" aria-label="Filter by kind">
          <Chip value="ALL" size="sm">
            All
          </Chip>
          {NOTE_KIND_OPTIONS.map((o) => (
            <Chip key={o.value} value={o.value} size="sm" color={NOTE_KIND_COLORS[o.value]}>
              {o.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading notes">
          <Loader />
        </Center>
      ) : error && !data ? (
        <ErrorState title="Could not load notes" message={apiErrorInfo(error).message} onRetry={() => void refetch()} />
      ) : data?.clientNotes.length ? (
        <Stack gap="sm">
          {data.clientNotes.map((n) => (
            <Card key={n.id} withBorder padding="sm" data-testid="note">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={6} style={{ minWidth: 0 }}>
                  <Group gap="xs">
                    <Badge color={NOTE_KIND_COLORS[n.kind]} variant="light">
                      {noteKindLabel(n.kind)}
                    </Badge>
                    {n.pinned && <IconPin size={14} aria-label="Pinned" />}
                    <Text size="xs" c="dimmed">
                      {n.date ? formatCalendarDate(n.date, format.locale) : formatDate(n.createdAt, format)}
                      {n.author ? ` · ${n.author.name}` : ''}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {n.body}
                  </Text>
                </Stack>
                {canEdit && (
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={n.important ? 'Unmark important' : 'Mark important'}>
                      <ActionIcon
                        variant={n.important ? 'filled' : 'subtle'}
                        color="yellow"
                        aria-label={n.important ? 'Unmark important' : 'Mark important'}
                        aria-pressed={n.important}
                        onClick={() => void updateNote({ variables: { id: n.id, input: { important: !n.important } } })}
                      >
                        <IconPin size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <ActionIcon variant="subtle" color="gray" aria-label="Edit note" onClick={() => openForm(n)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label="Delete note" onClick={() => setConfirming(n)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      ) : (
        <Center py="xl">
          <Stack align="center" gap={4}>
            <IconNote size={36} stroke={1.4} color="var(--mantine-color-dimmed)" />
            <Text fw={500}>{kind ? `No ${noteKindLabel(kind).toLowerCase()} notes` : 'No notes yet'}</Text>
            <Text size="sm" c="dimmed" ta="center">
              Preferences, decisions and alerts about this client, for your team only.
            </Text>
          </Stack>
        </Center>
      )}
      {canEdit && (
        <NoteFormModal
          clientId={clientId}
          opened={formOpen}
          note={editing}
          onClose={() => setFormOpen(false)}
          onSaved={() => void refetch()}
        />
      )}
      <ConfirmModal
        opened={confirming !== null}
        title="Delete note?"
        confirmLabel="Delete"
        loading={deleting}
        onCancel={() => setConfirming(null)}
        onConfirm={async () => {
          if (confirming) await deleteNote({ variables: { id: confirming.id } });
          setConfirming(null);
        }}
      >
        <Text size="sm">The note and its timeline entry will be deleted.</Text>
      </ConfirmModal>
    </Stack>
  );
}
